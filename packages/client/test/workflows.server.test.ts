import { beforeAll, describe, expect, it } from 'vitest';
import type { Addressee } from '@ngo-liaison/core';
import { ConflictError, ForbiddenError, NotFoundError, UnauthorizedError, ValidationError, createClient, createRecommendationsClient } from '../src/index.js';
import { useRealServer } from './real-server.js';
import { signUpPeople } from './server-people.js';
import { NGO, PROGRAMME, WORKFLOW_ROLES, feedbackInput, officeSubmission, recommendationSubject, submission } from './workflow-fixtures.js';

/*
 * The write path's part 2 through the client against the real server (SQLite, or PostgreSQL in
 * that project): every new method's happy path and one refusal each, as the msw tests do them
 * in depth. The people sign up through the server's own doors.
 */
const server = useRealServer();
const failure = (promise: PromiseLike<unknown>) => Promise.resolve(promise).then(() => undefined, (error: unknown) => error);
let people: Awaited<ReturnType<typeof signUpPeople<keyof typeof WORKFLOW_ROLES>>>;
const KENYA: Addressee = { kind: 'member-state', country: 'KE' };

// The local invitation is one-time: the people are signed up once for the file.
beforeAll(async () => {
  people = await signUpPeople(`${server.url}/v1`, server.localInvitation!.link, WORKFLOW_ROLES);
});

describe('actions on the ground against the real server', () => {
  it('an NGO submits, the sector publishes, the action is public and in the inboxes and feeds of those concerned', async () => {
    const { editor, sectorED, senegal, senegalCommission, otherEditor } = people;
    const anonymous = createClient({ baseUrl: `${server.url}/v1`, retries: 0 });
    const pending = await editor.client.actions.submit(submission(), { idempotencyKey: 'server-action-1' });
    expect(pending.state).toBe('pending');
    expect(await editor.client.actions.submit(submission(), { idempotencyKey: 'server-action-1' })).toEqual(pending);
    const id = pending.action.id;
    expect(await failure(anonymous.actions.get(id))).toBeInstanceOf(NotFoundError);
    expect((await sectorED.client.actionSubmissions.list({ programme: PROGRAMME })).items.map((s) => s.action.id)).toContain(id);
    expect((await editor.client.actionSubmissions.get(id)).state).toBe('pending');
    expect(await failure(editor.client.actionSubmissions.publish(id))).toBeInstanceOf(ForbiddenError);

    expect((await sectorED.client.actionSubmissions.publish(id)).state).toBe('published');
    expect(await failure(sectorED.client.actionSubmissions.publish(id))).toBeInstanceOf(ConflictError);
    expect((await anonymous.actions.get(id)).id).toBe(id);
    expect((await anonymous.actions.list({ organization: NGO })).items.map((a) => a.id)).toContain(id);

    const inbox = await senegal.client.inbox.page({ kind: 'action.published' });
    const item = inbox.items.find((i) => i.subject.id === id)!;
    expect(item).toMatchObject({ public: true, read: false });
    expect((await senegal.client.inbox.mark([item.id], true)).updated).toBe(1);
    expect((await senegal.client.inbox.list({ unread: true })).items.map((i) => i.id)).not.toContain(item.id);
    expect((await senegalCommission.client.inbox.page()).items.find((i) => i.id === item.id)?.read).toBe(false);
    expect(await failure(senegal.client.inbox.page({ addressee: 'member-state:KE' }))).toBeInstanceOf(ForbiddenError);

    const feed = await fetch(anonymous.inbox.feedUrl('member-state:SN'));
    expect(feed.status).toBe(200);
    expect(feed.headers.get('content-type')).toMatch(/^application\/atom\+xml/);
    expect(await feed.text()).toContain('Reading circles in Thiès');

    const returned = await editor.client.actions.submit(submission({ place: 'Kaolack' }));
    expect((await sectorED.client.actionSubmissions.return(returned.action.id, 'Add the number of learners')).reason).toBe('Add the number of learners');
    expect(await failure(otherEditor.client.actionSubmissions.get(returned.action.id))).toBeInstanceOf(NotFoundError);
  });

  it('a field office publishes its own action at once, and may not act for countries it does not cover', async () => {
    const { dakar } = people;
    expect((await dakar.client.actions.submit(officeSubmission())).state).toBe('published');
    expect(await failure(dakar.client.actions.submit(officeSubmission({ countries: ['KE'] })))).toBeInstanceOf(ForbiddenError);
  });
});

describe('feedback against the real server', () => {
  it('the NGO sends, its sector acknowledges and answers; another sector does not find it; the summary counts it', async () => {
    const { editor, sectorED, sectorCLT } = people;
    const sent = await editor.client.feedback.send(feedbackInput());
    expect(sent).toMatchObject({ sector: 'ED', state: 'sent' });
    expect((await sectorED.client.feedback.list({ programme: PROGRAMME })).items.map((f) => f.id)).toContain(sent.id);
    expect(await failure(sectorCLT.client.feedback.answer(sent.id, { text: 'Not ours', language: 'en' }))).toBeInstanceOf(NotFoundError);
    expect((await sectorED.client.feedback.acknowledge(sent.id)).state).toBe('acknowledged');
    expect((await sectorED.client.feedback.answer(sent.id, { text: 'New kits leave in March.', language: 'en' })).state).toBe('answered');
    expect((await editor.client.feedback.get(sent.id)).answer?.text).toBe('New kits leave in March.');
    expect((await editor.client.inbox.page({ kind: 'feedback.answered' })).items.map((i) => i.subject.id)).toContain(sent.id);
    const { rows } = await sectorED.client.feedback.summary({ programme: PROGRAMME });
    expect(rows.find((row) => row.country === 'SN')).toMatchObject({ programme: PROGRAMME, answered: 1 });
    const unknown = (await failure(editor.client.feedback.send(feedbackInput({ programme: 'no-such-programme' })))) as ValidationError;
    expect(unknown).toBeInstanceOf(ValidationError);
    expect(unknown.issues.map((i) => i.path)).toEqual(['programme']);
  });
});

describe('recommendations against the real server', () => {
  it('the Committee records what core proposes, Kenya follows up, the public tracker shows the public history', async () => {
    const { committee, kenya, senegal } = people;
    const { addressees } = await committee.client.recommendations.propose(recommendationSubject());
    expect(addressees.map((a) => a.addressee)).toContainEqual(KENYA);
    const recommendation = await committee.client.recommendations.record({ ...recommendationSubject(), addressees: addressees.map((a) => a.addressee) });
    expect((await kenya.client.inbox.page({ kind: 'recommendation.addressed' })).items.map((i) => i.subject.id)).toContain(recommendation.id);

    await kenya.client.recommendations.followUp(recommendation.id, { addressee: KENYA, status: 'received', public: true });
    await kenya.client.recommendations.followUp(recommendation.id, { addressee: KENYA, status: 'in-progress', note: { en: 'Draft decree' }, public: false });
    expect(await failure(senegal.client.recommendations.followUp(recommendation.id, { addressee: KENYA, status: 'implemented', public: true }))).toBeInstanceOf(ForbiddenError);

    const tracker = createRecommendationsClient({ baseUrl: `${server.url}/v1`, retries: 0 });
    const publicView = await tracker.recommendations.get(recommendation.id);
    expect(publicView.addressees.find((a) => a.addressee.kind === 'member-state')!.followUps.map((f) => f.status)).toEqual(['received']);
    expect((await tracker.recommendations.list({ addressee: 'member-state:KE' })).items.map((r) => r.id)).toContain(recommendation.id);
    expect((await committee.client.recommendations.get(recommendation.id)).addressees.find((a) => a.addressee.kind === 'member-state')!.followUps).toHaveLength(2);
    expect(await failure(createClient({ baseUrl: `${server.url}/v1`, retries: 0 }).recommendations.propose(recommendationSubject()))).toBeInstanceOf(UnauthorizedError);
  });
});
