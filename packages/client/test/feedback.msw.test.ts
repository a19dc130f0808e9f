import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ConflictError, ForbiddenError, NotFoundError, UnauthorizedError, ValidationError, createClient } from '../src/index.js';
import { createHandlers } from '../src/msw/index.js';
import { NGO, PROGRAMME, WORKFLOW_PEOPLE, feedbackInput, type WorkflowPerson } from './workflow-fixtures.js';

/*
 * client.feedback against the msw handlers, which decide with core's feedback rules: the NGO's
 * voice to the programme's sector, acknowledged and answered by that sector only, read by those
 * concerned, summarised by programme and country.
 */
const BASE = 'https://api.liaison.example.org/v1';
let server: ReturnType<typeof setupServer>;
let posts = 0;

beforeAll(() => {
  server = setupServer();
  server.events.on('request:start', ({ request }) => void (request.method === 'POST' && posts++));
  server.listen({ onUnhandledRequest: 'error' });
});
beforeEach(() => server.resetHandlers(...createHandlers({ baseUrl: BASE, people: WORKFLOW_PEOPLE })));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const as = (person?: WorkflowPerson) => createClient({ baseUrl: BASE, retries: 0, ...(person ? { token: `tok-${person}` } : {}) });
const failure = (promise: PromiseLike<unknown>) => Promise.resolve(promise).then(() => undefined, (error: unknown) => error);
const kindsIn = async (person: WorkflowPerson) => (await as(person).inbox.page()).items.map((i) => i.kind);

describe('client.feedback', () => {
  it('the NGO sends, the sector acknowledges and answers; each step reaches the other side’s inbox', async () => {
    const sent = await as('editor').feedback.send(feedbackInput({ fieldOffice: 'dakar' }));
    expect(sent).toMatchObject({ organization: NGO, programme: PROGRAMME, sector: 'ED', state: 'sent', sentBy: { displayName: 'Test editor' } });
    expect(await kindsIn('sectorED')).toEqual(['feedback.received']);
    expect(await kindsIn('dakar')).toEqual(['feedback.received']);
    expect((await as('sectorED').inbox.page()).items[0]!.public).toBe(false);

    expect((await as('sectorED').feedback.acknowledge(sent.id)).state).toBe('acknowledged');
    const answered = await as('sectorED').feedback.answer(sent.id, { text: 'New kits leave in March.', language: 'en' });
    expect(answered).toMatchObject({ state: 'answered', answer: { text: 'New kits leave in March.', language: 'en', by: { displayName: 'Test sectorED' } } });
    expect(await kindsIn('editor')).toEqual(['feedback.answered', 'feedback.acknowledged']);
    expect(await as('editor').feedback.get(sent.id)).toEqual(answered);

    // Each decision once: 409 after it.
    expect(await failure(as('sectorED').feedback.answer(sent.id, { text: 'Again', language: 'en' }))).toBeInstanceOf(ConflictError);
    expect(await failure(as('sectorED').feedback.acknowledge(sent.id))).toBeInstanceOf(ConflictError);
  });

  it('another sector does not find it (404); the named field office reads it but may not answer (403); only the NGO’s editors send it', async () => {
    const { id } = await as('editor').feedback.send(feedbackInput({ fieldOffice: 'dakar' }));
    expect(await failure(as('sectorCLT').feedback.answer(id, { text: 'Not ours', language: 'en' }))).toBeInstanceOf(NotFoundError);
    expect(await failure(as('sectorCLT').feedback.get(id))).toBeInstanceOf(NotFoundError);
    expect((await as('dakar').feedback.get(id)).id).toBe(id);
    expect(await failure(as('dakar').feedback.answer(id, { text: 'We answer', language: 'fr' }))).toBeInstanceOf(ForbiddenError);
    expect(await failure(as('otherEditor').feedback.send(feedbackInput()))).toBeInstanceOf(ForbiddenError);
    expect(await failure(as('sectorED').feedback.send(feedbackInput()))).toBeInstanceOf(ForbiddenError);
    expect(await failure(as().feedback.send(feedbackInput()))).toBeInstanceOf(UnauthorizedError);
    expect(await failure(as().feedback.list())).toBeInstanceOf(UnauthorizedError);
  });

  it('bad bodies are ValidationErrors naming the field: unknown references from the server, the rest before sending', async () => {
    const unknown = (await failure(as('editor').feedback.send(feedbackInput({ programme: 'no-such-programme', fieldOffice: 'atlantis' })))) as ValidationError;
    expect(unknown).toBeInstanceOf(ValidationError);
    expect(unknown.sent).toBe(true);
    expect(unknown.issues.map((i) => i.path).sort()).toEqual(['fieldOffice', 'programme']);
    posts = 0;
    const empty = (await failure(as('editor').feedback.send(feedbackInput({ text: '   ' })))) as ValidationError;
    expect(empty.sent).toBe(false);
    expect(empty.issues.map((i) => i.path)).toEqual(['text']);
    const language = (await failure(as('sectorED').feedback.answer('any', { text: 'Hello', language: 'de' as never }))) as ValidationError;
    expect(language.issues.map((i) => i.path)).toEqual(['language']);
    expect(posts).toBe(0);
  });

  it('send is idempotent with its key: a replay answers the first feedback, nothing is sent twice', async () => {
    const first = await as('editor').feedback.send(feedbackInput(), { idempotencyKey: 'feedback-key-1' });
    expect(await as('editor').feedback.send(feedbackInput(), { idempotencyKey: 'feedback-key-1' })).toEqual(first);
    expect((await as('sectorED').feedback.list()).items).toHaveLength(1);
    expect(await kindsIn('sectorED')).toEqual(['feedback.received']);
  });

  it('list filters and pages what the caller may read; summary counts by programme then country', async () => {
    await as('editor').feedback.send(feedbackInput());
    const second = await as('editor').feedback.send(feedbackInput({ subject: 'Kits for Ghana', country: 'GH' }));
    const { country: _country, ...noCountry } = feedbackInput({ subject: 'No country' });
    await as('editor').feedback.send(noCountry);
    await as('sectorED').feedback.answer(second.id, { text: 'Shipped', language: 'en' });

    expect((await as('sectorED').feedback.list({ country: 'GH' })).items.map((f) => f.subject)).toEqual(['Kits for Ghana']);
    expect((await as('sectorED').feedback.list({ state: 'answered' })).items.map((f) => f.id)).toEqual([second.id]);
    const pages = [];
    for await (const page of as('editor').feedback.list({ limit: 2, organization: NGO })) pages.push(page.items.length);
    expect(pages).toEqual([2, 1]);
    expect((await as('otherEditor').feedback.list()).items).toEqual([]);
    expect((await as('sectorCLT').feedback.list()).items).toEqual([]);

    const { rows } = await as('sectorED').feedback.summary({ programme: PROGRAMME });
    expect(rows.map(({ programme, country, total, sent, answered }) => ({ programme, country, total, sent, answered }))).toEqual([
      { programme: PROGRAMME, country: 'GH', total: 1, sent: 0, answered: 1 },
      { programme: PROGRAMME, country: 'SN', total: 1, sent: 1, answered: 0 },
      { programme: PROGRAMME, country: null, total: 1, sent: 1, answered: 0 },
    ]);
    expect((await as('sectorCLT').feedback.summary()).rows).toEqual([]);
    const summaryByState = await fetch(`${BASE}/feedback-summary?state=sent`, { headers: { authorization: 'Bearer tok-sectorED' } });
    expect(summaryByState.status).toBe(400);
    expect(((await summaryByState.json()) as { errors: { path: string }[] }).errors.map((e) => e.path)).toEqual(['state']);
    const badState = (await failure(as('sectorED').feedback.list({ state: 'read' as never }))) as ValidationError;
    expect(badState.issues.map((i) => i.path)).toEqual(['state']);
  });
});
