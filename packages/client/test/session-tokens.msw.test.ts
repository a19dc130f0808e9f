import { setupServer } from 'msw/node';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PROBLEM_TYPES } from '@ngo-liaison/core';
import { ForbiddenError, NotFoundError, UnauthorizedError, ValidationError, createClient } from '../src/index.js';
import { createHandlers } from '../src/msw/index.js';
import { LANTERNFISH, PEOPLE } from './write-fixtures.js';

// Sign-in, the cookie session's CSRF token, invitations and bearer tokens, against the msw handlers.
const BASE = 'https://api.liaison.example.org/v1';
const server = setupServer();
let headers: Headers[] = [];

beforeAll(() => {
  server.events.on('request:start', ({ request }) => void headers.push(request.headers));
  server.listen({ onUnhandledRequest: 'error' });
});
beforeEach(() => {
  headers = [];
  server.resetHandlers(...createHandlers({ baseUrl: BASE, people: Object.values(PEOPLE) }));
});
afterAll(() => server.close());

const browser = () => createClient({ baseUrl: BASE, retries: 0, credentials: 'include' });
const failure = (promise: PromiseLike<unknown>) =>
  Promise.resolve(promise).then(
    () => undefined,
    (error: unknown) => error
  );
const { email, password } = PEOPLE.secretariat;

describe('session', () => {
  it('get is null before signing in; signIn opens the session; writes then carry its CSRF token, reads do not', async () => {
    const client = browser();
    expect(await client.session.get()).toBeNull();
    const session = await client.session.signIn({ email, password });
    expect(session).toMatchObject({ person: { displayName: 'Ama Secretariat', email }, roles: [{ role: 'secretariat' }], credential: 'session' });
    expect(session.csrfToken).toMatch(/\S{16,}/);
    headers = [];
    const { version } = await client.organizations.getForEdit(LANTERNFISH.id);
    await client.organizations.update(LANTERNFISH.id, { founded: 1991 }, { ifMatch: version });
    expect(headers.map((h) => h.get('x-csrf-token'))).toEqual([null, session.csrfToken]);
    expect(headers.every((h) => h.get('authorization') === null)).toBe(true);
  });

  it('a write through the session without its CSRF token is refused (403, csrf problem)', async () => {
    await browser().session.signIn({ email, password });
    // Another client on the same cookie jar that never read the session: no CSRF token to send.
    const forged = await failure(browser().revisions.publish('any'));
    expect(forged).toBeInstanceOf(ForbiddenError);
    expect((forged as ForbiddenError).problem?.type).toBe(PROBLEM_TYPES.csrf);
  });

  it('session.get gives a page its CSRF token back (after a reload)', async () => {
    const session = await browser().session.signIn({ email, password });
    const reloaded = browser();
    expect((await reloaded.session.get())?.csrfToken).toBe(session.csrfToken);
    const { version } = await reloaded.organizations.getForEdit(LANTERNFISH.id);
    expect((await reloaded.organizations.update(LANTERNFISH.id, { founded: 1992 }, { ifMatch: version })).status).toBe('published');
  });

  it('a wrong password is UnauthorizedError; a malformed e-mail a ValidationError before sending', async () => {
    expect(await failure(browser().session.signIn({ email, password: 'wrong password' }))).toBeInstanceOf(UnauthorizedError);
    headers = [];
    const error = await failure(browser().session.signIn({ email: 'not an e-mail', password }));
    expect((error as ValidationError).issues.map((i) => [i.path, i.code])).toEqual([['email', 'invalid-format']]);
    expect(headers).toEqual([]);
  });

  it('signOut ends the session and forgets the CSRF token', async () => {
    const client = browser();
    await client.session.signIn({ email, password });
    await client.session.signOut();
    expect(await client.session.get()).toBeNull();
    headers = [];
    await failure(client.revisions.publish('any'));
    expect(headers[0]?.get('x-csrf-token')).toBeNull();
  });

  it('acceptInvitation creates the person with the invited roles and signs them in', async () => {
    const secretariat = createClient({ baseUrl: BASE, retries: 0, token: PEOPLE.secretariat.token });
    const response = await fetch(`${BASE}/invitations`, {
      method: 'POST',
      headers: { authorization: `Bearer ${PEOPLE.secretariat.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ roles: [{ role: 'ngo-editor', organization: LANTERNFISH.id }] }),
    });
    const { link } = (await response.json()) as { link: string };
    const secret = new URL(link).hash.replace('#invitation=', '');
    const invited = browser();
    const session = await invited.session.acceptInvitation({
      secret,
      displayName: 'Nia Newcomer',
      email: 'nia@lanternfish.example.org',
      password: 'a long enough password',
    });
    expect(session).toMatchObject({
      person: { displayName: 'Nia Newcomer' },
      roles: [{ role: 'ngo-editor', organization: LANTERNFISH.id }],
      credential: 'session',
    });
    const { version } = await invited.organizations.getForEdit(LANTERNFISH.id);
    expect((await invited.organizations.update(LANTERNFISH.id, { founded: 1993 }, { ifMatch: version })).status).toBe('pending');
    expect((await secretariat.revisions.list()).items.map((r) => r.submittedBy.displayName)).toEqual(['Nia Newcomer']);
    const reused = await failure(
      browser().session.acceptInvitation({ secret, displayName: 'Again', email: 'again@example.org', password: 'a long enough password' })
    );
    expect((reused as ValidationError).issues).toEqual([expect.objectContaining({ path: 'secret', code: 'invalid-value' })]);
  });
});

describe('tokens', () => {
  it('create shows the secret once; the token works; list never shows it; revoke makes it fail at once', async () => {
    const editor = createClient({ baseUrl: BASE, retries: 0, token: PEOPLE.editor.token });
    const created = await editor.tokens.create({ label: 'CMS sync', expiresInDays: 30 });
    expect(created.token).toBeTruthy();
    const program = createClient({ baseUrl: BASE, retries: 0, token: created.token });
    expect((await program.session.get())?.person.displayName).toBe('Lea Editor');
    const listed = await editor.tokens.list();
    expect(listed.map((t) => t.label)).toContain('CMS sync');
    expect(JSON.stringify(listed)).not.toContain(created.token);
    await editor.tokens.revoke(created.id);
    expect(await failure(program.revisions.list())).toBeInstanceOf(UnauthorizedError);
    expect(await failure(createClient({ baseUrl: BASE, retries: 0, token: PEOPLE.otherEditor.token }).tokens.revoke(created.id))).toBeInstanceOf(NotFoundError);
    expect(await failure(editor.tokens.create({ label: '', expiresInDays: 30 }))).toBeInstanceOf(ValidationError);
  });
});

describe('people (Secretariat)', () => {
  const as = (token: string) => createClient({ baseUrl: BASE, retries: 0, token });

  it('invite gives a one-time link with the secret in its fragment; the invited person then holds exactly those roles', async () => {
    const roles = [{ role: 'sector' as const, sector: 'SC' as const }];
    const { link } = await as(PEOPLE.secretariat.token).people.invite({ roles, displayName: 'Sara Sector' });
    const url = new URL(link);
    expect(url.pathname).toBe('/sign-in');
    const secret = new URLSearchParams(url.hash.slice(1)).get('invitation')!;
    expect(url.search).toBe('');
    const session = await browser().session.acceptInvitation({
      secret,
      displayName: 'Sara Sector',
      email: 'sara@example.org',
      password: 'a long enough passphrase',
    });
    expect(session.roles).toEqual(roles);
    const listed = await as(PEOPLE.secretariat.token).people.list();
    expect(listed.find((person) => person.email === 'sara@example.org')?.roles).toEqual(roles);
  });

  it('setRoles replaces a person’s roles; only the Secretariat may list people or set roles', async () => {
    const secretariat = as(PEOPLE.secretariat.token);
    const editor = (await secretariat.people.list()).find((person) => person.displayName === PEOPLE.editor.displayName)!;
    const moved = await secretariat.people.setRoles(editor.id, [{ role: 'ngo-editor', organization: 'demo-saltmarsh-heritage-collective' }]);
    expect(moved.roles).toEqual([{ role: 'ngo-editor', organization: 'demo-saltmarsh-heritage-collective' }]);
    expect(await failure(as(PEOPLE.editor.token).people.list())).toBeInstanceOf(ForbiddenError);
    expect(await failure(as(PEOPLE.editor.token).people.setRoles(editor.id, [{ role: 'secretariat' }]))).toBeInstanceOf(ForbiddenError);
    expect(await failure(secretariat.people.setRoles('nobody', []))).toBeInstanceOf(NotFoundError);
  });

  it('an invitation without roles is a ValidationError before anything is sent', async () => {
    headers = [];
    expect(await failure(as(PEOPLE.secretariat.token).people.invite({ roles: [] }))).toBeInstanceOf(ValidationError);
    expect(headers).toEqual([]);
  });
});
