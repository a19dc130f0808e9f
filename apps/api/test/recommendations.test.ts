import { beforeAll, describe, expect, it } from 'vitest';
import type { InboxItem, Recommendation } from '@ngo-liaison/core';
import { issueTestToken } from './credentials.js';
import { readFeed } from './dialogue-views.js';
import { useTestServer } from './test-server.js';
import { writeRequests } from './write-requests.js';

/*
 * Recommendations over HTTP against a real database: core proposes who they concern, the
 * Liaison Committee records them with the addressees it confirms, a Member State follows up,
 * and the public history shows what its addressees made public — in JSON and in the feeds.
 */
const server = useTestServer();
const { send } = writeRequests(server);
const HOSTILE = '<script>alert(1)</script> &amp; "><img onerror=alert(2)>';
const tokens = {} as Record<'secretariat' | 'committee' | 'kenya' | 'france' | 'ed', string>;

beforeAll(async () => {
  const storage = server.running.storage;
  tokens.secretariat = (await issueTestToken(storage, [{ role: 'secretariat' }])).token;
  tokens.committee = (await issueTestToken(storage, [{ role: 'liaison-committee' }])).token;
  tokens.kenya = (await issueTestToken(storage, [{ role: 'member-state', country: 'KE', via: 'national-commission' }])).token;
  tokens.france = (await issueTestToken(storage, [{ role: 'member-state', country: 'FR', via: 'delegation' }])).token;
  tokens.ed = (await issueTestToken(storage, [{ role: 'sector', sector: 'ED' }])).token;
});

const SUBJECT = { event: 'icngo-2018', reference: 'Recommendation 4', text: { en: `Involve NGOs in literacy ${HOSTILE}` }, themes: [], sectors: ['ED'], countries: ['KE'] };

describe('a recommendation and its follow-up', () => {
  let id: string;

  it('is routed by core with its reasons, writing nothing', async () => {
    const answer = await send('POST', '/v1/recommendation-proposals', { token: tokens.committee, body: SUBJECT });
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    expect(answer.body.addressees).toEqual([
      { addressee: { kind: 'sector', sector: 'ED' }, reasons: [{ code: 'named-sector' }] },
      { addressee: { kind: 'member-state', country: 'KE' }, reasons: [{ code: 'named-country', country: 'KE' }] },
      { addressee: { kind: 'field-office', fieldOffice: 'nairobi' }, reasons: [{ code: 'covers-country', country: 'KE' }] },
    ]);
    expect((await send('GET', '/v1/recommendations')).body.items).toEqual([]);
  });

  it('is recorded by the Committee (201, Location) with the addressees it confirmed, and delivered to each, publicly', async () => {
    const body = { ...SUBJECT, addressees: [{ kind: 'sector', sector: 'ED' }, { kind: 'member-state', country: 'KE' }, { kind: 'member-state', country: 'FR' }] };
    const answer = await send('POST', '/v1/recommendations', { token: tokens.committee, body, headers: { 'idempotency-key': 'rec-4' } });
    expect(answer.status, JSON.stringify(answer.body)).toBe(201);
    id = answer.body.id;
    expect(answer.headers.get('location')).toBe(`/v1/recommendations/${id}`);
    expect(answer.body.text).toEqual(SUBJECT.text);
    expect(answer.body.addressees.map((a: Recommendation['addressees'][number]) => a.reasons.length)).toEqual([1, 1, 0]); // France was added by the Committee
    const replay = await send('POST', '/v1/recommendations', { token: tokens.committee, body, headers: { 'idempotency-key': 'rec-4' } });
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(replay.body.id).toBe(id);

    const kenya = (await send('GET', '/v1/inbox', { token: tokens.kenya })).body.items as InboxItem[];
    expect(kenya.map((item) => [item.kind, item.subject.id, item.public])).toEqual([['recommendation.addressed', id, true]]);
    const { xml, feed } = await readFeed(send, 'member-state:KE');
    expect(xml).not.toContain('<script>');
    expect(feed.items.map((item) => item.url)).toEqual([`${server.url}/v1/recommendations/${id}`]);
    expect(feed.items[0]?.title).toContain('Involve NGOs in literacy <script>alert(1)</script>');
  });

  it('is followed up by Kenya; the public history shows what Kenya made public, Kenya and the Committee all of it', async () => {
    const received = await send('POST', `/v1/recommendations/${id}/follow-ups`, { token: tokens.kenya, body: { addressee: { kind: 'member-state', country: 'KE' }, status: 'received', public: true } });
    expect(received.status, JSON.stringify(received.body)).toBe(201);
    const considered = await send('POST', `/v1/recommendations/${id}/follow-ups`, {
      token: tokens.kenya,
      body: { addressee: { kind: 'member-state', country: 'KE' }, status: 'under-consideration', note: { en: `Internal ${HOSTILE}` }, public: false },
    });
    expect(considered.status).toBe(201);
    const statuses = (r: Recommendation) => r.addressees.find((a) => a.addressee.kind === 'member-state' && a.addressee.country === 'KE')!.followUps.map((f) => f.status);
    expect(statuses(considered.body)).toEqual(['received', 'under-consideration']);
    expect(considered.body.addressees[1].followUps[1].note).toEqual({ en: `Internal ${HOSTILE}` });

    const anonymous = await send('GET', `/v1/recommendations/${id}`);
    expect(statuses(anonymous.body)).toEqual(['received']);
    expect(anonymous.body.recordedBy).toBeUndefined();
    expect(JSON.stringify(anonymous.body)).not.toContain('Internal');
    expect(statuses((await send('GET', `/v1/recommendations/${id}`, { token: tokens.committee })).body)).toEqual(['received', 'under-consideration']);
    expect(statuses((await send('GET', `/v1/recommendations/${id}`, { token: tokens.france })).body)).toEqual(['received']);

    // Forward only; France follows up for France, never for Kenya.
    expect((await send('POST', `/v1/recommendations/${id}/follow-ups`, { token: tokens.kenya, body: { addressee: { kind: 'member-state', country: 'KE' }, status: 'received', public: true } })).status).toBe(409);
    expect((await send('POST', `/v1/recommendations/${id}/follow-ups`, { token: tokens.france, body: { addressee: { kind: 'member-state', country: 'KE' }, status: 'in-progress', public: true } })).status).toBe(403);

    // The Committee's inbox has both follow-ups; its public feed only the public one.
    const committee = (await send('GET', '/v1/inbox?kind=recommendation.followed-up', { token: tokens.committee })).body.items as InboxItem[];
    expect(committee.map((item) => item.public)).toEqual([false, true]);
    const { feed } = await readFeed(send, 'liaison-committee');
    expect(feed.items).toHaveLength(1);
    expect(JSON.stringify(feed)).not.toContain('Internal');
  });

  it('carries a public follow-up’s hostile note into the Committee’s feed as escaped text', async () => {
    const note = { en: `Programme adjusted ${HOSTILE}` };
    const answer = await send('POST', `/v1/recommendations/${id}/follow-ups`, { token: tokens.ed, body: { addressee: { kind: 'sector', sector: 'ED' }, status: 'in-progress', note, public: true } });
    expect(answer.status, JSON.stringify(answer.body)).toBe(201);
    expect((await send('GET', `/v1/recommendations/${id}`)).body.addressees[0].followUps[0].note).toEqual(note);
    const { xml, feed } = await readFeed(send, 'liaison-committee');
    expect(xml).not.toMatch(/<script|<img/);
    expect(xml).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp;amp; &quot;&gt;&lt;img onerror=alert(2)&gt;');
    expect(feed.items[0]?.description ?? feed.items[0]?.content ?? '').toContain('<script>alert(1)</script>');
  });

  it('is listed publicly with filters over what the reader sees', async () => {
    const ids = async (query: string, token?: string) => (await send('GET', `/v1/recommendations${query}`, { token })).body.items.map((r: Recommendation) => r.id);
    expect(await ids('?country=KE')).toEqual([id]);
    expect(await ids('?addressee=member-state:FR')).toEqual([id]);
    expect(await ids('?addressee=member-state:BR')).toEqual([]);
    expect(await ids('?status=received')).toEqual([id]); // Kenya's latest public status
    expect(await ids('?status=in-progress')).toEqual([id]); // ED's
    expect(await ids('?status=under-consideration')).toEqual([]);
    expect(await ids('?status=under-consideration', tokens.kenya)).toEqual([id]);
    const list = await send('GET', '/v1/recommendations');
    expect(list.headers.get('vary')).toMatch(/Authorization/);
    expect((await send('GET', '/v1/recommendations?status=done')).status).toBe(400);
    expect((await send('GET', '/v1/recommendations/no-such-recommendation')).status).toBe(404);
  });

  it('answers 404 for ids holding U+0000, which no database row can hold (PostgreSQL refuses the byte)', async () => {
    expect((await send('GET', '/v1/recommendations/rec%00')).status).toBe(404);
    expect((await send('POST', '/v1/recommendations/rec%00/follow-ups', { token: tokens.kenya, body: { addressee: { kind: 'member-state', country: 'KE' }, status: 'received', public: true } })).status).toBe(404);
    expect((await send('GET', '/v1/action-submissions/a%00', { token: tokens.secretariat })).status).toBe(404);
    expect((await send('GET', '/v1/action-submissions?organization=a%00', { token: tokens.secretariat })).body.items).toEqual([]);
    expect((await send('GET', '/v1/feedback/f%00', { token: tokens.secretariat })).status).toBe(404);
    expect((await send('GET', '/v1/feedback?programme=p%00', { token: tokens.secretariat })).body.items).toEqual([]);
    expect((await send('POST', '/v1/inbox/read', { token: tokens.kenya, body: { items: ['i\u0000'], read: true } })).body.updated).toBe(0);
    const event = await send('POST', '/v1/recommendations', { token: tokens.committee, body: { ...SUBJECT, event: 'icngo\u0000', addressees: [{ kind: 'sector', sector: 'ED' }] } });
    expect(event.status).toBe(400);
  });

  it('is refused for an unknown event, writing nothing', async () => {
    const before = (await send('GET', '/v1/audit?action=recommendation.record', { token: tokens.secretariat })).body.items.length;
    const answer = await send('POST', '/v1/recommendations', { token: tokens.committee, body: { ...SUBJECT, event: 'no-such-event', addressees: [{ kind: 'sector', sector: 'ED' }] } });
    expect(answer.status).toBe(400);
    expect(answer.body.errors.map((e: { path: string }) => e.path)).toEqual(['event']);
    expect((await send('GET', '/v1/audit?action=recommendation.record', { token: tokens.secretariat })).body.items.length).toBe(before);
    expect((await send('GET', '/v1/recommendations')).body.items).toHaveLength(1);
  });
});
