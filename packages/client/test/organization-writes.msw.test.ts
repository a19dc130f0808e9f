import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ConflictError, ForbiddenError, HttpError, NotFoundError, PreconditionRequiredError, UnauthorizedError, ValidationError, createClient } from '../src/index.js';
import { createHandlers } from '../src/msw/index.js';
import { ADMISSION_DECISION, LANTERNFISH, PEOPLE, admission } from './write-fixtures.js';

/*
 * The organisation write methods against the msw handlers, which decide with core's write
 * rules: versions and If-Match, published or pending, idempotent creations, decisions and
 * erasure, and every refusal as its typed error.
 */
const BASE = 'https://api.liaison.example.org/v1';
const ID = LANTERNFISH.id;
let server: ReturnType<typeof setupServer>;
/** Every request the handlers saw, as `METHOD path`. */
let seen: string[] = [];

beforeAll(() => {
  server = setupServer();
  server.events.on('request:start', ({ request }) => void seen.push(`${request.method} ${new URL(request.url).pathname.replace('/v1', '')}`));
  server.listen({ onUnhandledRequest: 'error' });
});
// Fresh handlers, so fresh data, for every test.
beforeEach(() => {
  seen = [];
  server.resetHandlers(...createHandlers({ baseUrl: BASE, people: Object.values(PEOPLE) }));
});
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const as = (person?: keyof typeof PEOPLE) => createClient({ baseUrl: BASE, retries: 0, ...(person ? { token: PEOPLE[person].token } : {}) });
const failure = (promise: PromiseLike<unknown>) => Promise.resolve(promise).then(() => undefined, (error: unknown) => error);

describe('getForEdit and update', () => {
  it('getForEdit gives the record and its ETag as version; the Secretariat’s update is published at once with the next version', async () => {
    const { organization, version } = await as('secretariat').organizations.getForEdit(ID);
    expect(organization.id).toBe(ID);
    expect(version).toBe('"1.partners"');
    const result = await as('secretariat').organizations.update(ID, { website: 'https://lanternfish.example.org/new' }, { ifMatch: version });
    expect(result).toMatchObject({ status: 'published', version: '2', organization: { website: 'https://lanternfish.example.org/new' } });
    // Every reader sees it from the next request on, with the new version.
    expect((await as().organizations.get(ID)).website).toBe('https://lanternfish.example.org/new');
    expect((await as().organizations.getForEdit(ID)).version).toBe('"2"');
    const request = seen.find((line) => line.startsWith('PATCH'));
    expect(request).toBe(`PATCH /organizations/${ID}`);
  });

  it('sends If-Match and the merge-patch media type; null removes a field', async () => {
    let headers: Headers | undefined;
    server.events.on('request:start', ({ request }) => void (request.method === 'PATCH' && (headers = request.headers)));
    const { version } = await as('secretariat').organizations.getForEdit(ID);
    const result = await as('secretariat').organizations.update(ID, { founded: null }, { ifMatch: version });
    expect(headers?.get('if-match')).toBe(version);
    expect(headers?.get('content-type')).toBe('application/merge-patch+json');
    expect(result.status === 'published' && result.organization.founded).toBeUndefined();
  });

  it('null inside an object removes that key (a name language); removing the last name is the server’s 400, not a client refusal', async () => {
    const secretariat = as('secretariat');
    const first = await secretariat.organizations.getForEdit(ID);
    const both = await secretariat.organizations.update(ID, { name: { ...first.organization.name, fr: 'Réseau Lanternfish' } }, { ifMatch: first.version });
    expect(both.status === 'published' && both.organization.name.fr).toBe('Réseau Lanternfish');
    const { version } = await secretariat.organizations.getForEdit(ID);
    const removed = await secretariat.organizations.update(ID, { name: { fr: null } }, { ifMatch: version });
    const { fr: _fr, ...others } = first.organization.name;
    expect(removed.status === 'published' && removed.organization.name).toEqual(others);
    const last = await secretariat.organizations.getForEdit(ID);
    const none = Object.fromEntries(Object.keys(last.organization.name).map((lang) => [lang, null]));
    const refused = await failure(secretariat.organizations.update(ID, { name: none }, { ifMatch: last.version }));
    expect(refused).toBeInstanceOf(ValidationError);
    expect((refused as ValidationError).status).toBe(400);
  });

  it('an editor’s update is a pending revision: public reads, lists and ETags keep the published profile', async () => {
    const { version } = await as('editor').organizations.getForEdit(ID);
    const result = await as('editor').organizations.update(ID, { website: 'https://pending.example.org/' }, { ifMatch: version });
    expect(result).toMatchObject({ status: 'pending', revision: { organizationId: ID, state: 'pending', basedOnVersion: '1', submittedBy: { displayName: 'Lea Editor' } } });
    expect((await as().organizations.get(ID)).website).toBe(LANTERNFISH.website);
    expect((await as().organizations.list({ q: 'pending.example.org' })).total).toBe(0);
    expect((await as().organizations.getForEdit(ID)).version).toBe('"1"');
  });

  it('two writers with the same ETag: one wins, the other gets ConflictError 412 with the current version and record; nothing is lost', async () => {
    const { version } = await as('secretariat').organizations.getForEdit(ID);
    await as('secretariat').organizations.update(ID, { founded: 1990 }, { ifMatch: version });
    const error = await failure(as('secretariat').organizations.update(ID, { website: 'https://late.example.org/' }, { ifMatch: version }));
    expect(error).toBeInstanceOf(ConflictError);
    const conflict = error as ConflictError;
    expect(conflict.status).toBe(412);
    expect(conflict.kind).toBe('http');
    expect(conflict.currentVersion).toBe('2');
    expect(conflict.current).toMatchObject({ id: ID, founded: 1990 });
    // Re-applied on the current version, as the problem says: accepted (a bare version is quoted by the client).
    const retried = await as('secretariat').organizations.update(ID, { website: 'https://late.example.org/' }, { ifMatch: conflict.currentVersion! });
    expect(retried).toMatchObject({ status: 'published', organization: { founded: 1990, website: 'https://late.example.org/' } });
  });

  it('If-Match that names no version is PreconditionRequiredError 428', async () => {
    const error = await failure(as('secretariat').organizations.update(ID, { founded: 1990 }, { ifMatch: '*' }));
    expect(error).toBeInstanceOf(PreconditionRequiredError);
    expect((error as HttpError).status).toBe(428);
  });

  it('refusals are typed: 401 without a credential or with an unknown token, 403 for another role, 404 for an unknown id', async () => {
    const patch = { founded: 1990 };
    expect(await failure(as().organizations.update(ID, patch, { ifMatch: '"1"' }))).toBeInstanceOf(UnauthorizedError);
    const unknownToken = createClient({ baseUrl: BASE, retries: 0, token: 'tok-nobody' });
    expect(await failure(unknownToken.organizations.update(ID, patch, { ifMatch: '"1"' }))).toBeInstanceOf(UnauthorizedError);
    for (const person of ['memberState', 'otherEditor'] as const) {
      const error = await failure(as(person).organizations.update(ID, patch, { ifMatch: '"1"' }));
      expect(error, person).toBeInstanceOf(ForbiddenError);
      expect((error as HttpError).status, person).toBe(403);
    }
    expect(await failure(as('secretariat').organizations.update('no-such-organization', patch, { ifMatch: '"1"' }))).toBeInstanceOf(NotFoundError);
  });

  it('the server’s field rules come back as ValidationError with a code per field', async () => {
    const error = await failure(as('editor').organizations.update(ID, { kind: 'foundation' }, { ifMatch: '"1"' }));
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).sent).toBe(true);
    expect((error as ValidationError).issues).toEqual([expect.objectContaining({ path: 'kind', code: 'not-allowed' })]);
  });

  it('a body the core schema refuses is a ValidationError before any request: unknown and server-owned fields, bad values', async () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [{ colour: 'blue' }, 'colour', 'unknown-field'],
      [{ partnership: [] }, 'partnership', 'server-owned'],
      [{ website: 'javascript:alert(1)' }, 'website', 'invalid-format'],
      [{ founded: 'long ago' }, 'founded', 'invalid-type'],
    ];
    for (const [patch, path, code] of cases) {
      const error = await failure(as('secretariat').organizations.update(ID, patch as never, { ifMatch: '"1"' }));
      expect(error, path).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).sent, path).toBe(false);
      expect((error as ValidationError).issues.map((i) => [i.path, i.code]), path).toContainEqual([path, code]);
    }
    expect(seen).toEqual([]);
  });
});

describe('create, decisions and contact erasure', () => {
  it('create admits an organisation with a generated Idempotency-Key; the public reads find it', async () => {
    const keys: (string | null)[] = [];
    server.events.on('request:start', ({ request }) => void (request.method === 'POST' && keys.push(request.headers.get('idempotency-key'))));
    const created = await as('secretariat').organizations.create(admission('demo-created-one'));
    expect(created).toMatchObject({ id: 'demo-created-one', partnership: [] });
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect((await as().organizations.get('demo-created-one')).name.en).toBe('New network demo-created-one');
  });

  it('the same Idempotency-Key replays the first answer; with another body it is a 422', async () => {
    const client = as('secretariat');
    const first = await client.organizations.create(admission('demo-keyed'), { idempotencyKey: 'key-1' });
    expect(await client.organizations.create(admission('demo-keyed'), { idempotencyKey: 'key-1' })).toEqual(first);
    const reused = await failure(client.organizations.create(admission('demo-other'), { idempotencyKey: 'key-1' }));
    expect(reused).toBeInstanceOf(HttpError);
    expect((reused as HttpError).status).toBe(422);
    // Without the key, the second creation of the same id is the conflict it is.
    const again = await failure(client.organizations.create(admission('demo-keyed')));
    expect(again).toBeInstanceOf(ConflictError);
    expect((again as ConflictError).status).toBe(409);
  });

  it('create by anyone but the Secretariat is ForbiddenError', async () => {
    expect(await failure(as('editor').organizations.create(admission()))).toBeInstanceOf(ForbiddenError);
  });

  it('recordDecision appends to the public history and to the partnership in force', async () => {
    await as('secretariat').organizations.create(admission('demo-decided'));
    const decision = await as('secretariat').organizations.recordDecision('demo-decided', ADMISSION_DECISION);
    expect(decision).toMatchObject({ organizationId: 'demo-decided', kind: 'admission', recordedBy: { displayName: 'Ama Secretariat' } });
    expect(await as().organizations.decisions('demo-decided')).toEqual([decision]);
    expect((await as().organizations.get('demo-decided')).partnership).toEqual([expect.objectContaining({ category: 'consultative', from: 2026, decidedBy: 'DG' })]);
    const refused = await failure(as('secretariat').organizations.recordDecision('demo-decided', ADMISSION_DECISION));
    expect(refused).toBeInstanceOf(ValidationError);
    expect((refused as ValidationError).issues).toContainEqual(expect.objectContaining({ path: 'kind', code: 'inconsistent' }));
    expect(await failure(as().organizations.decisions('no-such-organization'))).toBeInstanceOf(NotFoundError);
  });

  it('eraseContact removes the contact from the profile with a new version', async () => {
    const value = LANTERNFISH.contacts[0]!.value;
    const result = await as('secretariat').organizations.eraseContact(ID, value);
    expect(result.status).toBe('published');
    expect((await as().organizations.get(ID)).contacts.map((c) => c.value)).not.toContain(value);
    expect(await failure(as('editor').organizations.eraseContact(ID, value))).toBeInstanceOf(ForbiddenError);
  });
});
