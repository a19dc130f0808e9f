import { beforeAll, describe, expect, it } from 'vitest';
import type { InboxItem, Recommendation } from '@ngo-liaison/core';
import { issueTestToken } from './credentials.js';
import { useTestServer } from './test-server.js';
import { writeRequests } from './write-requests.js';

/*
 * The evaluation feeds the follow-up of recommendations (paragraph 12 of the working-group
 * paper), over HTTP against a real database on a clock the test sets: the Committee records a
 * recommendation of the ICNGO; the Secretariat runs the event's evaluation (a consultation with
 * its eventId) and publishes the results; the recommendation then lists the evaluation, and its
 * addressees and the Committee are invited, in their inbox, to follow up in the light of it.
 */
let clock = new Date('2026-12-04T12:00:00Z');
const server = useTestServer({ now: () => clock });
const { send } = writeRequests(server);
const EVENT = 'icngo-2018';
const tokens = {} as Record<'secretariat' | 'committee' | 'kenya' | 'france' | 'ed', string>;

beforeAll(async () => {
  const storage = server.running.storage;
  const issue = async (roles: Parameters<typeof issueTestToken>[1]) => (await issueTestToken(storage, roles, { expiresAt: new Date('2030-01-01T00:00:00Z') })).token;
  tokens.secretariat = await issue([{ role: 'secretariat' }]);
  tokens.committee = await issue([{ role: 'liaison-committee' }]);
  tokens.kenya = await issue([{ role: 'member-state', country: 'KE', via: 'delegation' }]);
  tokens.france = await issue([{ role: 'member-state', country: 'FR', via: 'delegation' }]);
  tokens.ed = await issue([{ role: 'sector', sector: 'ED' }]);
});

const evaluation = (over: Record<string, unknown> = {}) => ({
  title: { en: 'Evaluation of the ICNGO', fr: 'Évaluation de la CINGO' },
  owner: { kind: 'secretariat', onBehalfOfMemberStates: true },
  audience: { kind: 'member-states' },
  eventId: EVENT,
  questions: [{ key: 'useful', kind: 'single-choice', prompt: { en: 'Was it useful?' }, options: [{ key: 'yes', label: { en: 'Yes' } }, { key: 'no', label: { en: 'No' } }] }],
  opensAt: '2026-12-04T12:00:00Z',
  closesAt: '2026-12-10T12:00:00Z',
  ...over,
});
const noticesOf = async (token: string) => ((await send('GET', '/v1/inbox?limit=100', { token })).body.items as InboxItem[]).filter((i) => i.kind === 'recommendation.evaluation-published');

describe('the evaluation of an event feeds the follow-up of its recommendations', () => {
  let recommendation: string;
  let other: string;
  let consultation: string;

  it('lists no evaluation while none is published', async () => {
    const body = { event: EVENT, reference: 'Recommendation 2', text: { en: 'Open the forum to youth NGOs' }, themes: [], sectors: ['ED'], countries: ['KE'], addressees: [{ kind: 'sector', sector: 'ED' }, { kind: 'member-state', country: 'KE' }] };
    const recorded = await send('POST', '/v1/recommendations', { token: tokens.committee, body });
    expect(recorded.status, JSON.stringify(recorded.body)).toBe(201);
    recommendation = recorded.body.id;
    // A recommendation of another event is not fed by this evaluation.
    const elsewhere = await send('POST', '/v1/recommendations', { token: tokens.committee, body: { ...body, event: 'icngo-2012', addressees: [{ kind: 'member-state', country: 'FR' }] } });
    other = elsewhere.body.id;
    const created = await send('POST', '/v1/consultations', { token: tokens.secretariat, body: evaluation() });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    consultation = created.body.id;
    expect((await send('GET', `/v1/recommendations/${recommendation}`)).body.evaluations).toEqual([]);
    expect(await noticesOf(tokens.kenya)).toEqual([]);
  });

  it('once the results are published: the recommendation lists the evaluation (GET and list), its addressees and the Committee are invited to follow up', async () => {
    clock = new Date('2026-12-11T09:00:00Z');
    const published = await send('POST', `/v1/consultations/${consultation}/results/publish`, { token: tokens.secretariat });
    expect(published.status, JSON.stringify(published.body)).toBe(200);
    const link = { consultationId: consultation, title: evaluation().title, publishedAt: clock.toISOString() };

    const read = (await send('GET', `/v1/recommendations/${recommendation}`)).body as Recommendation;
    expect(read.evaluations).toEqual([link]);
    const list = (await send('GET', `/v1/recommendations?event=${EVENT}`)).body.items as Recommendation[];
    expect(list.map((r) => [r.id, r.evaluations])).toEqual([[recommendation, [link]]]);
    expect(((await send('GET', `/v1/recommendations/${other}`)).body as Recommendation).evaluations).toEqual([]);
    // The results the link points to are public.
    expect((await send('GET', `/v1/consultations/${consultation}/results`)).status).toBe(200);

    for (const token of [tokens.kenya, tokens.ed, tokens.committee]) {
      expect(await noticesOf(token)).toEqual([
        expect.objectContaining({
          subject: { type: 'recommendation', id: recommendation },
          summary: evaluation().title,
          public: true,
          reasons: [`event:${EVENT}`, `consultation:${consultation}`],
        }),
      ]);
    }
    // France is addressed by the other event's recommendation only: no notice.
    expect(await noticesOf(tokens.france)).toEqual([]);
  });

  it('delivers nothing for a consultation that evaluates no event', async () => {
    clock = new Date('2026-12-12T09:00:00Z');
    const plain = await send('POST', '/v1/consultations', { token: tokens.secretariat, body: evaluation({ eventId: undefined, title: { en: 'Not an evaluation' }, opensAt: '2026-12-11T10:00:00Z', closesAt: '2026-12-11T12:00:00Z' }) });
    expect(plain.status, JSON.stringify(plain.body)).toBe(201);
    expect((await send('POST', `/v1/consultations/${plain.body.id}/results/publish`, { token: tokens.secretariat })).status).toBe(200);
    expect(await noticesOf(tokens.committee)).toHaveLength(1);
    expect(((await send('GET', `/v1/recommendations/${recommendation}`)).body as Recommendation).evaluations).toHaveLength(1);
  });
});
