import { beforeAll, describe, expect, it } from 'vitest';
import { ConflictError, ForbiddenError, PreconditionRequiredError, UnauthorizedError, createClient } from '../src/index.js';
import { useRealServer } from './real-server.js';
import { signUpPeople } from './server-people.js';
import { ADMISSION_DECISION, admission } from './write-fixtures.js';

/*
 * The write path end to end through the client against the real server (SQLite, or PostgreSQL
 * in that project): the Secretariat invites an NGO editor, who changes the profile and sees it
 * pending; the Secretariat publishes it and every reader sees it at once.
 */
const server = useRealServer();
const ID = 'demo-lanternfish-literacy-network';
const failure = (promise: PromiseLike<unknown>) => Promise.resolve(promise).then(() => undefined, (error: unknown) => error);
let people: Awaited<ReturnType<typeof signUpPeople<'editor' | 'memberState'>>>;

// The local invitation is one-time: the people are signed up once for the file.
beforeAll(async () => {
  people = await signUpPeople(`${server.url}/v1`, server.localInvitation!.link, {
    editor: [{ role: 'ngo-editor', organization: ID }],
    memberState: [{ role: 'member-state', country: 'FR', via: 'delegation' }],
  });
});

describe('organisation writes against the real server', () => {
  it('editor proposes, Secretariat publishes; ETags, 412, 428, 403 and 401 are the typed errors; the audit log has it all', async () => {
    const base = `${server.url}/v1`;
    const { secretariat, editor, memberState } = people;
    const anonymous = createClient({ baseUrl: base, retries: 0 });

    const { organization, version } = await editor.client.organizations.getForEdit(ID);
    const proposed = await editor.client.organizations.update(ID, { website: 'https://lanternfish.example.org/proposed' }, { ifMatch: version });
    expect(proposed.status).toBe('pending');
    expect((await anonymous.organizations.get(ID)).website).toBe(organization.website);
    const [pending] = (await secretariat.client.revisions.list({ organization: ID })).items;
    expect(pending?.proposed.website).toBe('https://lanternfish.example.org/proposed');

    const published = await secretariat.client.revisions.publish(pending!.id);
    expect(published.status).toBe('published');
    expect((await anonymous.organizations.get(ID)).website).toBe('https://lanternfish.example.org/proposed');

    // The editor's old ETag is stale now: 412 with the current version, which works when sent back.
    const stale = (await failure(editor.client.organizations.update(ID, { founded: 1990 }, { ifMatch: version }))) as ConflictError;
    expect(stale).toBeInstanceOf(ConflictError);
    expect(stale.status).toBe(412);
    expect(stale.current).toMatchObject({ website: 'https://lanternfish.example.org/proposed' });
    expect((await secretariat.client.organizations.update(ID, { founded: 1988 }, { ifMatch: stale.currentVersion! })).status).toBe('published');
    expect(await failure(secretariat.client.organizations.update(ID, { founded: 1990 }, { ifMatch: '*' }))).toBeInstanceOf(PreconditionRequiredError);
    expect(await failure(memberState.client.organizations.update(ID, { founded: 1990 }, { ifMatch: version }))).toBeInstanceOf(ForbiddenError);
    expect(await failure(anonymous.organizations.update(ID, { founded: 1990 }, { ifMatch: version }))).toBeInstanceOf(UnauthorizedError);

    const actions = (await secretariat.client.audit.list({ entityId: ID })).items.map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['revision.publish', 'organization.update']));
  });

  it('create is idempotent with its key; decisions join the public history', async () => {
    const base = `${server.url}/v1`;
    const { secretariat } = people;
    const created = await secretariat.client.organizations.create(admission('demo-server-created'), { idempotencyKey: 'server-key-1' });
    expect(await secretariat.client.organizations.create(admission('demo-server-created'), { idempotencyKey: 'server-key-1' })).toEqual(created);
    expect(await failure(secretariat.client.organizations.create(admission('demo-server-created')))).toBeInstanceOf(ConflictError);
    const decision = await secretariat.client.organizations.recordDecision('demo-server-created', ADMISSION_DECISION);
    expect(await createClient({ baseUrl: base }).organizations.decisions('demo-server-created')).toEqual([decision]);
  });
});
