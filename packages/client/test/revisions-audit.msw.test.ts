import { setupServer } from 'msw/node';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ConflictError, ForbiddenError, NotFoundError, UnauthorizedError, ValidationError, createClient } from '../src/index.js';
import { createHandlers } from '../src/msw/index.js';
import { LANTERNFISH, PEOPLE } from './write-fixtures.js';

// The review of editors' changes and the audit log, against the msw handlers (core's revision rules).
const BASE = 'https://api.liaison.example.org/v1';
const ID = LANTERNFISH.id;
const server = setupServer();

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => server.resetHandlers(...createHandlers({ baseUrl: BASE, people: Object.values(PEOPLE) })));
afterAll(() => server.close());

const as = (person?: keyof typeof PEOPLE) => createClient({ baseUrl: BASE, retries: 0, ...(person ? { token: PEOPLE[person].token } : {}) });
const failure = (promise: PromiseLike<unknown>) => Promise.resolve(promise).then(() => undefined, (error: unknown) => error);

/** The editor proposes a change to its organisation; returns the revision. */
async function propose(website: string) {
  const { version } = await as('editor').organizations.getForEdit(ID);
  const result = await as('editor').organizations.update(ID, { website }, { ifMatch: version });
  if (result.status !== 'pending') throw new Error('expected a pending revision');
  return result.revision;
}

describe('revisions', () => {
  it('list and get: the Secretariat sees every pending revision, the editor its own, another editor none; anonymous 401', async () => {
    const revision = await propose('https://proposed.example.org/');
    expect((await as('secretariat').revisions.list()).items).toEqual([revision]);
    expect((await as('editor').revisions.list({ organization: ID })).items).toEqual([revision]);
    expect((await as('otherEditor').revisions.list()).items).toEqual([]);
    expect(await as('editor').revisions.get(revision.id)).toEqual(revision);
    expect(await failure(as('otherEditor').revisions.get(revision.id))).toBeInstanceOf(NotFoundError);
    expect(await failure(as().revisions.list())).toBeInstanceOf(UnauthorizedError);
    expect(await failure(as('secretariat').revisions.list({ state: 'bogus' as never }))).toBeInstanceOf(ValidationError);
  });

  it('pages newest first with cursors', async () => {
    const first = await propose('https://one.example.org/');
    const second = await propose('https://two.example.org/');
    const pages = [];
    for await (const page of as('secretariat').revisions.list({ limit: 1 })) pages.push(page.items.map((r) => r.id));
    expect(pages).toEqual([[second.id], [first.id]]);
  });

  it('publish makes the change public at once; publishing it again, or a revision whose base moved, is ConflictError 409', async () => {
    const revision = await propose('https://published.example.org/');
    const stale = await propose('https://stale.example.org/');
    const result = await as('secretariat').revisions.publish(revision.id);
    expect(result).toMatchObject({ status: 'published', organization: { website: 'https://published.example.org/' } });
    expect((await as().organizations.get(ID)).website).toBe('https://published.example.org/');
    expect((await as('secretariat').revisions.get(revision.id)).state).toBe('published');

    const again = await failure(as('secretariat').revisions.publish(revision.id));
    expect(again).toBeInstanceOf(ConflictError);
    const moved = (await failure(as('secretariat').revisions.publish(stale.id))) as ConflictError;
    expect(moved).toBeInstanceOf(ConflictError);
    expect(moved.status).toBe(409);
    expect(moved.currentVersion).toBe('2');
    expect(moved.current).toMatchObject({ website: 'https://published.example.org/' });
  });

  it('return sends it back with the reason the editor reads; only the Secretariat decides', async () => {
    const revision = await propose('https://returned.example.org/');
    expect(await failure(as('editor').revisions.return(revision.id, 'no'))).toBeInstanceOf(ForbiddenError);
    expect(await failure(as('editor').revisions.publish(revision.id))).toBeInstanceOf(ForbiddenError);
    const returned = await as('secretariat').revisions.return(revision.id, 'Please cite a source for the new address');
    expect(returned).toMatchObject({ state: 'returned', reason: 'Please cite a source for the new address', decidedBy: { displayName: 'Ama Secretariat' } });
    expect((await as('editor').revisions.list({ state: 'returned' })).items.map((r) => r.reason)).toEqual(['Please cite a source for the new address']);
    const empty = await failure(as('secretariat').revisions.return(revision.id, ''));
    expect((empty as ValidationError).sent).toBe(false);
  });
});

describe('audit', () => {
  it('lists accepted writes newest first with filters; only the Secretariat reads it', async () => {
    const revision = await propose('https://audited.example.org/');
    await as('secretariat').revisions.publish(revision.id);
    const all = (await as('secretariat').audit.list()).items;
    expect(all.map((e) => e.action)).toEqual(['revision.publish', 'revision.submit']);
    expect(all[1]).toMatchObject({ actor: { displayName: 'Lea Editor' }, role: `ngo-editor:${ID}` });
    expect((await as('secretariat').audit.list({ action: 'revision.submit' })).items).toHaveLength(1);
    expect((await as('secretariat').audit.list({ since: new Date(Date.now() + 60_000) })).items).toEqual([]);
    expect(await failure(as('editor').audit.list())).toBeInstanceOf(ForbiddenError);
    expect(await failure(as().audit.list())).toBeInstanceOf(UnauthorizedError);
  });

  it('a contact erasure also erases the audit log’s copies and says so', async () => {
    const value = LANTERNFISH.contacts[0]!.value;
    const { version } = await as('secretariat').organizations.getForEdit(ID);
    await as('secretariat').organizations.update(ID, { founded: 1991 }, { ifMatch: version });
    expect(JSON.stringify((await as('secretariat').audit.list()).items)).toContain(value);
    await as('secretariat').organizations.eraseContact(ID, value);
    const entries = (await as('secretariat').audit.list()).items;
    expect(JSON.stringify(entries)).not.toContain(value);
    expect(entries[0]).toMatchObject({ action: 'contact.erase' });
  });
});
