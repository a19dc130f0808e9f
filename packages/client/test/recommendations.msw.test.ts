import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Addressee } from '@ngo-liaison/core';
import { ConflictError, ForbiddenError, HttpError, NotFoundError, UnauthorizedError, ValidationError, createClient, createRecommendationsClient } from '../src/index.js';
import { createHandlers } from '../src/msw/index.js';
import { EVENT, WORKFLOW_PEOPLE, recommendationSubject, type WorkflowPerson } from './workflow-fixtures.js';

/*
 * client.recommendations and the read-only createRecommendationsClient against the msw handlers,
 * which decide with core's recommendation rules: the proposal and its reasons, recording,
 * follow-ups by the addressee only and only forward, and what the public sees of them.
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
const KENYA: Addressee = { kind: 'member-state', country: 'KE' };
const ED: Addressee = { kind: 'sector', sector: 'ED' };

/** Recorded by the Committee, addressed to ED and Kenya. */
const recorded = () => as('committee').recommendations.record({ ...recommendationSubject(), addressees: [ED, KENYA] });

describe('client.recommendations', () => {
  it('propose gives the addressees and their reasons, and writes nothing', async () => {
    const { addressees } = await as('committee').recommendations.propose(recommendationSubject());
    const proposed = new Map(addressees.map((a) => [JSON.stringify(a.addressee), a.reasons]));
    expect(proposed.get(JSON.stringify(ED))).toContainEqual(expect.objectContaining({ theme: 'literacy' }));
    expect(proposed.get(JSON.stringify(KENYA))).toEqual([{ code: 'named-country', country: 'KE' }]);
    expect(proposed.get(JSON.stringify({ kind: 'field-office', fieldOffice: 'nairobi' }))).toEqual([{ code: 'covers-country', country: 'KE' }]);
    expect((await as().recommendations.list()).items).toEqual([]);
  });

  it('record keeps core’s reasons for the addressees it proposed and reaches their inboxes; idempotent with its key', async () => {
    const input = { ...recommendationSubject(), addressees: [ED, KENYA, { kind: 'member-state', country: 'SN' } as Addressee] };
    const recommendation = await as('committee').recommendations.record(input, { idempotencyKey: 'rec-key-1' });
    expect(await as('committee').recommendations.record(input, { idempotencyKey: 'rec-key-1' })).toEqual(recommendation);
    expect(recommendation).toMatchObject({ event: EVENT, reference: 'Recommendation 4', recordedBy: { displayName: 'Test committee' } });
    expect(recommendation.addressees.map((a) => a.reasons.length > 0)).toEqual([true, true, false]);
    for (const person of ['sectorED', 'kenya', 'senegal'] as const) {
      expect((await as(person).inbox.page()).items.map((i) => [i.kind, i.subject.id, i.public])).toEqual([['recommendation.addressed', recommendation.id, true]]);
    }
    expect((await as().recommendations.list()).items.map((r) => r.id)).toEqual([recommendation.id]);
  });

  it('the addressee follows up, forward only; the public sees its public follow-ups, the Committee everything', async () => {
    const { id } = await recorded();
    await as('kenya').recommendations.followUp(id, { addressee: KENYA, status: 'received', public: true });
    const latest = await as('kenya').recommendations.followUp(id, { addressee: KENYA, status: 'in-progress', note: { en: 'Draft decree' }, public: false });
    expect(latest.addressees.find((a) => a.addressee.kind === 'member-state')!.followUps.map((f) => f.status)).toEqual(['received', 'in-progress']);
    expect((await as('committee').inbox.page()).items.map((i) => i.kind)).toEqual(['recommendation.followed-up', 'recommendation.followed-up']);

    const backwards = (await failure(as('kenya').recommendations.followUp(id, { addressee: KENYA, status: 'under-consideration', public: true }))) as ConflictError;
    expect(backwards).toBeInstanceOf(ConflictError);
    expect(backwards.status).toBe(409);

    const publicView = await as().recommendations.get(id);
    const kenyaPublic = publicView.addressees.find((a) => a.addressee.kind === 'member-state')!;
    expect(kenyaPublic.followUps).toEqual([{ status: 'received', public: true, at: expect.any(String) }]);
    expect(publicView.recordedBy).toBeUndefined();
    const committeeView = await as('committee').recommendations.get(id);
    expect(committeeView.addressees.find((a) => a.addressee.kind === 'member-state')!.followUps).toHaveLength(2);
    // The status filter reads what the reader sees: the non-public 'in-progress' reveals nothing to the public.
    expect((await as('committee').recommendations.list({ status: 'in-progress' })).items.map((r) => r.id)).toEqual([id]);
    expect((await as().recommendations.list({ status: 'in-progress' })).items).toEqual([]);
    expect((await as().recommendations.list({ status: 'received' })).items.map((r) => r.id)).toEqual([id]);
    expect((await as().recommendations.list({ addressee: 'member-state:KE', event: EVENT, sector: 'ED', country: 'KE' })).items).toHaveLength(1);
    expect((await as().recommendations.list({ addressee: 'member-state:SN' })).items).toEqual([]);
  });

  it('refusals are typed: 403 a Member State following up for another, 400 an addressee it is not addressed to, 404, 401, 403 proposing', async () => {
    const { id } = await recorded();
    expect(await failure(as('senegal').recommendations.followUp(id, { addressee: KENYA, status: 'received', public: true }))).toBeInstanceOf(ForbiddenError);
    const notAddressed = (await failure(as('senegal').recommendations.followUp(id, { addressee: { kind: 'member-state', country: 'SN' }, status: 'received', public: true }))) as ValidationError;
    expect(notAddressed).toBeInstanceOf(ValidationError);
    expect(notAddressed.issues.map((i) => i.path)).toEqual(['addressee']);
    expect(await failure(as('kenya').recommendations.followUp('no-such-id', { addressee: KENYA, status: 'received', public: true }))).toBeInstanceOf(NotFoundError);
    expect(await failure(as().recommendations.get('no-such-id'))).toBeInstanceOf(NotFoundError);
    expect(await failure(as().recommendations.followUp(id, { addressee: KENYA, status: 'received', public: true }))).toBeInstanceOf(UnauthorizedError);
    expect(await failure(as('kenya').recommendations.propose(recommendationSubject()))).toBeInstanceOf(ForbiddenError);
    expect(await failure(as('editor').recommendations.record({ ...recommendationSubject(), addressees: [KENYA] }))).toBeInstanceOf(ForbiddenError);
  });

  it('bad bodies name their field: an unknown event from the server, the rest before sending', async () => {
    const unknownEvent = (await failure(as('committee').recommendations.record({ ...recommendationSubject({ event: 'no-such-event' }), addressees: [KENYA] }))) as ValidationError;
    expect(unknownEvent).toBeInstanceOf(ValidationError);
    expect(unknownEvent.sent).toBe(true);
    expect(unknownEvent.issues.map((i) => i.path)).toEqual(['event']);
    posts = 0;
    const noAddressee = (await failure(as('committee').recommendations.record({ ...recommendationSubject(), addressees: [] }))) as ValidationError;
    expect(noAddressee.sent).toBe(false);
    expect(noAddressee.issues.map((i) => i.path)).toEqual(['addressees']);
    const badTheme = (await failure(as('committee').recommendations.propose(recommendationSubject({ themes: ['Not A Slug'] })))) as ValidationError;
    expect(badTheme.issues.map((i) => i.path)).toEqual(['themes[0]']);
    const badStatus = (await failure(as('kenya').recommendations.followUp('x', { addressee: KENYA, status: 'done' as never, public: true }))) as ValidationError;
    expect(badStatus.issues.map((i) => i.path)).toEqual(['status']);
    expect(posts).toBe(0);
  });
});

describe('createRecommendationsClient (read-only)', () => {
  it('lists and gets what the public sees, and throws plain HttpErrors', async () => {
    const { id } = await recorded();
    await as('kenya').recommendations.followUp(id, { addressee: KENYA, status: 'received', public: false });
    const reader = createRecommendationsClient({ baseUrl: BASE, retries: 0 });
    expect(reader.baseUrl).toBe(`${BASE}/`);
    expect(Object.keys(reader.recommendations).sort()).toEqual(['get', 'list']);
    const [listed] = (await reader.recommendations.list({ event: EVENT })).items;
    expect(listed!.id).toBe(id);
    expect(listed!.addressees.every((a) => a.followUps.length === 0)).toBe(true);
    expect(await reader.recommendations.get(id)).toEqual(listed);
    const missing = (await failure(reader.recommendations.get('no-such-id'))) as HttpError;
    expect(missing).toBeInstanceOf(HttpError);
    expect(missing).not.toBeInstanceOf(NotFoundError);
    expect(missing.status).toBe(404);
  });
});

describe('the evaluation of the event feeds the follow-up (msw)', () => {
  it('once its results are published, the recommendation lists the evaluation and its addressees and the Committee are invited to follow up', async () => {
    const { id } = await recorded();
    const evaluation = await as('sectorED').consultations.create({
      title: { en: 'Evaluation of the ICNGO' },
      owner: { kind: 'sector', sector: 'ED' },
      audience: { kind: 'member-states' },
      eventId: EVENT,
      questions: [{ key: 'say', kind: 'free-text', prompt: { en: 'Say' } }],
      opensAt: '2020-01-01T00:00:00Z',
      closesAt: '2020-02-01T00:00:00Z',
    });
    expect((await as().recommendations.get(id)).evaluations).toEqual([]);
    const published = await as('sectorED').consultations.publish(evaluation.id);
    const link = { consultationId: evaluation.id, title: { en: 'Evaluation of the ICNGO' }, publishedAt: published.resultsPublishedAt };
    expect((await as().recommendations.get(id)).evaluations).toEqual([link]);
    expect((await as().recommendations.list()).items.map((r) => r.evaluations)).toEqual([[link]]);
    for (const person of ['sectorED', 'kenya', 'committee'] as const) {
      const items = (await as(person).inbox.page()).items.filter((i) => i.kind === 'recommendation.evaluation-published');
      expect(items.map((i) => [i.subject.id, i.summary])).toEqual([[id, { en: 'Evaluation of the ICNGO' }]]);
    }
  });
});
