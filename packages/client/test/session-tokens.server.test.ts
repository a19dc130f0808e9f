import { describe, expect, it } from 'vitest';
import { PROBLEM_TYPES } from '@ngo-liaison/core';
import { ForbiddenError, NotFoundError, UnauthorizedError, ValidationError, createClient } from '../src/index.js';
import { useRealServer } from './real-server.js';
import { cookieJarFetch } from './cookie-jar.js';
import { browserClient, invitationSecret } from './server-people.js';

// The session and token methods against the real server (SQLite, or PostgreSQL in that project), with a cookie jar for the session.
const server = useRealServer();
const failure = (promise: PromiseLike<unknown>) => Promise.resolve(promise).then(() => undefined, (error: unknown) => error);

describe('session and tokens against the real server', () => {
  it('accepting the local invitation signs in; the CSRF token goes with writes; tokens work until revoked; signOut ends it', async () => {
    const base = `${server.url}/v1`;
    const browser = browserClient(base);
    expect(await browser.session.get()).toBeNull();
    const session = await browser.session.acceptInvitation({
      secret: invitationSecret(server.localInvitation!.link),
      displayName: 'Ama Secretariat',
      email: 'ama@secretariat.example.org',
      password: 'correct horse battery staple',
    });
    expect(session).toMatchObject({ person: { displayName: 'Ama Secretariat' }, roles: [{ role: 'secretariat' }], credential: 'session' });
    expect(session.csrfToken).toBeTruthy();

    const created = await browser.tokens.create({ label: 'program', expiresInDays: 7 });
    expect(created.token).toBeTruthy();

    const program = createClient({ baseUrl: base, retries: 0, token: created.token });
    expect(await program.session.get()).toMatchObject({ credential: 'token', roles: [{ role: 'secretariat' }] });
    const listed = await browser.tokens.list();
    expect(listed.map((t) => t.id)).toContain(created.id);
    expect(JSON.stringify(listed)).not.toContain(created.token);
    await program.tokens.revoke(created.id);
    // Revoked: the token proves nobody from the next request on.
    expect(await program.session.get()).toBeNull();
    expect(await failure(program.tokens.list())).toBeInstanceOf(UnauthorizedError);
    expect(await failure(browser.tokens.revoke('no-such-token'))).toBeInstanceOf(NotFoundError);

    await browser.session.signOut();
    expect(await browser.session.get()).toBeNull();
    expect(await failure(browser.tokens.list())).toBeInstanceOf(UnauthorizedError);
  });

  it('a cookie-session write without the CSRF token is ForbiddenError with the csrf problem', async () => {
    const base = `${server.url}/v1`;
    // Two clients on one cookie jar (two tabs of one browser): only the one that read the session holds its CSRF token.
    const jar = cookieJarFetch();
    const browser = createClient({ baseUrl: base, retries: 0, fetch: jar });
    const otherTab = createClient({ baseUrl: base, retries: 0, fetch: jar });
    expect(await failure(browser.session.signIn({ email: 'ama@secretariat.example.org', password: 'wrong password!' }))).toBeInstanceOf(UnauthorizedError);
    await browser.session.signIn({ email: 'ama@secretariat.example.org', password: 'correct horse battery staple' });
    const error = await failure(otherTab.tokens.create({ label: 'forged' }));
    expect(error).toBeInstanceOf(ForbiddenError);
    expect((error as ForbiddenError).problem?.type).toBe(PROBLEM_TYPES.csrf);
    expect((await browser.tokens.create({ label: 'real' })).token).toBeTruthy();
    expect(await failure(browser.tokens.create({ label: '' }))).toBeInstanceOf(ValidationError);
  });
});
