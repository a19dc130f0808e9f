import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ConflictError, ForbiddenError, NotFoundError, UnauthorizedError, ValidationError, createClient } from '../src/index.js';
import { createHandlers } from '../src/msw/index.js';
import { NGO, PROGRAMME, WORKFLOW_PEOPLE, officeSubmission, submission, type WorkflowPerson } from './workflow-fixtures.js';

/*
 * actions.submit and get, and actionSubmissions against the msw handlers, which decide with
 * core's action rules: pending or published, the sector's review, what the public reads see,
 * and each refusal as its typed error.
 */
const BASE = 'https://api.liaison.example.org/v1';
let server: ReturnType<typeof setupServer>;
let posts: Request[] = [];

beforeAll(() => {
  server = setupServer();
  server.events.on('request:start', ({ request }) => void (request.method === 'POST' && posts.push(request.clone())));
  server.listen({ onUnhandledRequest: 'error' });
});
beforeEach(() => {
  posts = [];
  server.resetHandlers(...createHandlers({ baseUrl: BASE, people: WORKFLOW_PEOPLE }));
});
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const as = (person?: WorkflowPerson) => createClient({ baseUrl: BASE, retries: 0, ...(person ? { token: `tok-${person}` } : {}) });
const failure = (promise: PromiseLike<unknown>) => Promise.resolve(promise).then(() => undefined, (error: unknown) => error);

describe('actions.submit and the review of submissions', () => {
  it("an NGO editor's action is pending, out of every public read; the sector publishes it and it is public", async () => {
    const pending = await as('editor').actions.submit(submission());
    expect(pending).toMatchObject({ state: 'pending', action: { programme: PROGRAMME, actor: { kind: 'organization', organization: NGO } } });
    const id = pending.action.id;
    expect(await failure(as().actions.get(id))).toBeInstanceOf(NotFoundError);
    expect((await as().actions.list({ programme: PROGRAMME })).items.map((a) => a.id)).not.toContain(id);
    // The submitter and the sector see it; another NGO does not even find it.
    expect((await as('editor').actionSubmissions.get(id)).state).toBe('pending');
    expect((await as('sectorED').actionSubmissions.list()).items.map((s) => s.action.id)).toEqual([id]);
    expect((await as('otherEditor').actionSubmissions.list()).items).toEqual([]);
    expect(await failure(as('otherEditor').actionSubmissions.get(id))).toBeInstanceOf(NotFoundError);

    const published = await as('sectorED').actionSubmissions.publish(id);
    expect(published).toMatchObject({ state: 'published', decidedBy: { displayName: 'Test sectorED' } });
    expect((await as().actions.get(id)).title).toEqual(submission().title);
    expect((await as().actions.list({ programme: PROGRAMME })).items.map((a) => a.id)).toContain(id);
    expect((await as('editor').actionSubmissions.list({ state: 'published' })).items.map((s) => s.action.id)).toEqual([id]);
  });

  it('a field office publishes its own action at once; for countries it does not cover it is refused (403)', async () => {
    const published = await as('dakar').actions.submit(officeSubmission());
    expect(published.state).toBe('published');
    expect((await as().actions.get(published.action.id)).actor).toEqual({ kind: 'field-office', fieldOffice: 'dakar' });
    expect(await failure(as('dakar').actions.submit(officeSubmission({ countries: ['KE'] })))).toBeInstanceOf(ForbiddenError);
  });

  it('submit sends an Idempotency-Key: the same key and body answer the first submission again', async () => {
    const first = await as('editor').actions.submit(submission(), { idempotencyKey: 'action-key-1' });
    const again = await as('editor').actions.submit(submission(), { idempotencyKey: 'action-key-1' });
    expect(again).toEqual(first);
    expect((await as('editor').actionSubmissions.list()).items).toHaveLength(1);
    await as('editor').actions.submit(submission());
    expect(posts.at(-1)?.headers.get('idempotency-key')).toMatch(/^[0-9a-f-]{36}$/);
    expect((await as('editor').actionSubmissions.list()).items).toHaveLength(2);
  });

  it('return gives the reason back to the submitter; deciding twice is a ConflictError (409)', async () => {
    const { action } = await as('editor').actions.submit(submission());
    const returned = await as('sectorED').actionSubmissions.return(action.id, 'Please add the number of learners');
    expect(returned).toMatchObject({ state: 'returned', reason: 'Please add the number of learners' });
    expect((await as('editor').actionSubmissions.get(action.id)).reason).toBe('Please add the number of learners');
    const twice = (await failure(as('sectorED').actionSubmissions.publish(action.id))) as ConflictError;
    expect(twice).toBeInstanceOf(ConflictError);
    expect(twice.status).toBe(409);
    expect(await failure(as().actions.get(action.id))).toBeInstanceOf(NotFoundError);
  });

  it('refusals are typed: 401 anonymous, 403 the NGO publishing its own, 404 another sector, 400 naming the field', async () => {
    const { action } = await as('editor').actions.submit(submission());
    expect(await failure(as().actions.submit(submission()))).toBeInstanceOf(UnauthorizedError);
    expect(await failure(as('editor').actionSubmissions.publish(action.id))).toBeInstanceOf(ForbiddenError);
    expect(await failure(as('sectorCLT').actionSubmissions.publish(action.id))).toBeInstanceOf(NotFoundError);
    expect(await failure(as('otherEditor').actions.submit(submission()))).toBeInstanceOf(ForbiddenError);

    // Bodies that pass the schema but not the data: the server names the field.
    const unknownProgramme = (await failure(as('editor').actions.submit(submission({ programme: 'no-such-programme' })))) as ValidationError;
    expect(unknownProgramme).toBeInstanceOf(ValidationError);
    expect(unknownProgramme.sent).toBe(true);
    expect(unknownProgramme.issues.map((i) => i.path)).toEqual(['programme']);
    const backwards = (await failure(as('editor').actions.submit(submission({ period: { start: '2026-06-01', end: '2026-01-01' } })))) as ValidationError;
    expect(backwards.issues.map((i) => i.path)).toEqual(['period.end']);

    // Bodies the schema refuses never leave the client.
    posts = [];
    const empty = (await failure(as('editor').actions.submit(submission({ countries: [] })))) as ValidationError;
    expect(empty).toBeInstanceOf(ValidationError);
    expect(empty.sent).toBe(false);
    expect(empty.issues.map((i) => i.path)).toEqual(['countries']);
    const noReason = (await failure(as('sectorED').actionSubmissions.return(action.id, ''))) as ValidationError;
    expect(noReason.issues.map((i) => i.path)).toEqual(['reason']);
    expect(posts).toEqual([]);
  });

  it('actionSubmissions.list filters by state, programme and organisation and pages with cursors', async () => {
    for (const place of ['Thiès', 'Kaolack', 'Ziguinchor']) await as('editor').actions.submit(submission({ place }));
    const pages = [];
    for await (const page of as('sectorED').actionSubmissions.list({ limit: 2, programme: PROGRAMME, organization: NGO })) pages.push(page.items.map((s) => s.action.place));
    expect(pages).toEqual([['Ziguinchor', 'Kaolack'], ['Thiès']]);
    expect((await as('sectorED').actionSubmissions.list({ state: 'returned' })).items).toEqual([]);
  });
});
