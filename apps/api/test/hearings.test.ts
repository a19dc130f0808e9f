import { beforeAll, describe, expect, it } from 'vitest';
import type { ForumEvent, GoverningBodySession, Hearing, InboxItem } from '@ngo-liaison/core';
import { issueTestToken } from './credentials.js';
import { checkIcs } from './ics-oracle.js';
import { useTestServer } from './test-server.js';
import { writeRequests } from './write-requests.js';

/*
 * NGO hearings over HTTP against a real database: an NGO's editor asks to be heard on an item of
 * the (fictional) next NGP session, the Secretariat accepts with a slot, and the hearing shows in
 * the session's programme, the forum calendar and its iCalendar feed; a decline reaches the NGO
 * with its reason; a withdrawal cancels the event.
 */
const server = useTestServer();
const { send } = writeRequests(server);
const OWN = 'demo-lanternfish-literacy-network';
const OTHER = 'demo-quiet-orbit-science-circle';
const SESSION = 'demo-ngp-next';
const tokens = {} as Record<'secretariat' | 'editor' | 'other' | 'committee' | 'kenya', string>;
let session: GoverningBodySession;

beforeAll(async () => {
  const storage = server.running.storage;
  tokens.secretariat = (await issueTestToken(storage, [{ role: 'secretariat' }])).token;
  tokens.editor = (await issueTestToken(storage, [{ role: 'ngo-editor', organization: OWN }])).token;
  tokens.other = (await issueTestToken(storage, [{ role: 'ngo-editor', organization: OTHER }])).token;
  tokens.committee = (await issueTestToken(storage, [{ role: 'liaison-committee' }])).token;
  tokens.kenya = (await issueTestToken(storage, [{ role: 'member-state', country: 'KE', via: 'delegation' }])).token;
  session = (await send('GET', `/v1/sessions/${SESSION}`)).body as GoverningBodySession;
});

const request = (over: Record<string, unknown> = {}) => ({ session: SESSION, agendaItem: '1', organization: OWN, statement: 'We would speak on open skies for science.', language: 'en', ...over });
const slot = () => ({ start: `${session.dates!.start}T08:00:00Z`, end: `${session.dates!.start}T08:20:00Z`, timeZone: 'Europe/Paris' });
const kindsIn = async (token: string, id: string) =>
  ((await send('GET', '/v1/inbox?limit=100', { token })).body.items as InboxItem[]).filter((item) => item.subject.id === id).map((item) => item.kind);

describe('an NGO hearing, requested and accepted', () => {
  let id: string;

  it('is requested by the organisation’s editor (201, Location) and reaches the Liaison Committee', async () => {
    const answer = await send('POST', '/v1/hearings', { token: tokens.editor, body: request() });
    expect(answer.status, JSON.stringify(answer.body)).toBe(201);
    id = answer.body.id;
    expect(answer.headers.get('location')).toBe(`/v1/hearings/${id}`);
    expect(answer.body).toMatchObject({ ...request(), state: 'requested' });
    expect(await kindsIn(tokens.committee, id)).toEqual(['hearing.requested']);
  });

  it('is refused to others with problems naming the field: 401, 403, 400, 409', async () => {
    expect((await send('POST', '/v1/hearings', { body: request() })).status).toBe(401);
    expect((await send('POST', '/v1/hearings', { token: tokens.other, body: request() })).status).toBe(403);
    const badItem = await send('POST', '/v1/hearings', { token: tokens.editor, body: request({ agendaItem: '99' }) });
    expect(badItem.status).toBe(400);
    expect(badItem.headers.get('content-type')).toContain('application/problem+json');
    expect(JSON.stringify(badItem.body.errors)).toContain('agendaItem');
    const board = ((await send('GET', '/v1/sessions?body=executive-board')).body.items as GoverningBodySession[]).find((s) => s.provenance.fictional)!;
    expect((await send('POST', '/v1/hearings', { token: tokens.editor, body: request({ session: board.id }) })).status).toBe(409);
  });

  it('sent twice with one Idempotency-Key, makes one hearing and one delivery; the key with another body → 422', async () => {
    const body = request({ agendaItem: '2', statement: 'Sent twice over a flaky line.' });
    const headers = { 'idempotency-key': 'hearing-once-1' };
    const first = await send('POST', '/v1/hearings', { token: tokens.editor, body, headers });
    const again = await send('POST', '/v1/hearings', { token: tokens.editor, body, headers });
    expect([first.status, again.status], JSON.stringify(again.body)).toEqual([201, 201]);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.body.id).toBe(first.body.id);
    expect(await kindsIn(tokens.committee, first.body.id)).toEqual(['hearing.requested']);
    expect((await send('POST', '/v1/hearings', { token: tokens.editor, body: { ...body, statement: 'Another' }, headers })).status).toBe(422);
  });

  it('is read by its NGO and the Secretariat only (404 for others)', async () => {
    for (const token of [tokens.editor, tokens.secretariat]) expect((await send('GET', `/v1/hearings/${id}`, { token })).status).toBe(200);
    for (const token of [tokens.other, tokens.kenya]) expect((await send('GET', `/v1/hearings/${id}`, { token })).status).toBe(404);
    expect((await send('GET', '/v1/hearings', { token: tokens.other })).body.items).toEqual([]);
    expect(((await send('GET', `/v1/hearings?session=${SESSION}`, { token: tokens.secretariat })).body.items as Hearing[]).map((h) => h.id)).toContain(id);
  });

  it('is accepted by the Secretariat with a slot in the session’s days, once', async () => {
    expect((await send('POST', `/v1/hearings/${id}/accept`, { token: tokens.editor, body: { slot: slot() } })).status).toBe(403);
    const outside = { ...slot(), start: `${session.dates!.end}T23:00:00Z`, end: `${session.dates!.end}T23:30:00Z` };
    const refused = await send('POST', `/v1/hearings/${id}/accept`, { token: tokens.secretariat, body: { slot: outside } });
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.body.errors)).toContain('slot.start');
    const accepted = await send('POST', `/v1/hearings/${id}/accept`, { token: tokens.secretariat, body: { slot: slot() } });
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
    expect(accepted.body).toMatchObject({ state: 'accepted', slot: slot() });
    expect((await send('POST', `/v1/hearings/${id}/accept`, { token: tokens.secretariat, body: { slot: slot() } })).status).toBe(409);
    expect(await kindsIn(tokens.editor, id)).toEqual(['hearing.accepted']);
  });

  it('appears in the session’s programme, the forum calendar and its iCalendar feed', async () => {
    const programme = await send('GET', `/v1/sessions/${SESSION}/hearings`);
    expect(programme.status).toBe(200);
    expect(programme.body.items).toEqual([{ id, session: SESSION, agendaItem: '1', organization: OWN, slot: slot(), eventId: expect.any(String) }]);
    const eventId = programme.body.items[0].eventId as string;
    const events = (await send('GET', `/v1/events?session=${SESSION}&limit=100`)).body.items as ForumEvent[];
    const event = events.find((e) => e.id === eventId)!;
    expect(event).toMatchObject({ kind: 'ngo-hearing', status: 'confirmed', agendaItem: '1', when: { allDay: false, start: slot().start, end: slot().end } });
    const ics = await fetch(`${server.url}/v1/events.ics`).then((r) => r.text());
    const parsed = (await checkIcs(ics)).events.find((e) => e.uid.startsWith(eventId));
    expect(parsed, 'the hearing is in the feed').toBeDefined();
    expect(parsed!.startMs).toBe(Date.parse(slot().start));
    expect(parsed!.summary).toContain('Lanternfish');
  });

  it('withdrawn by the NGO before its slot, leaves the programme and is cancelled in the feed', async () => {
    expect((await send('POST', `/v1/hearings/${id}/withdraw`, { token: tokens.secretariat })).status).toBe(403);
    const withdrawn = await send('POST', `/v1/hearings/${id}/withdraw`, { token: tokens.editor });
    expect(withdrawn.status, JSON.stringify(withdrawn.body)).toBe(200);
    expect((await send('GET', `/v1/sessions/${SESSION}/hearings`)).body.items).toEqual([]);
    const eventId = `hearing-${id}`;
    const event = (await send('GET', `/v1/events/${eventId}`)).body as ForumEvent;
    expect(event).toMatchObject({ status: 'cancelled', sequence: 1 });
    const parsed = (await checkIcs(await fetch(`${server.url}/v1/events.ics`).then((r) => r.text()))).events.find((e) => e.uid.startsWith(eventId));
    expect(parsed?.status).toBe('CANCELLED');
  });
});

describe('a declined hearing', () => {
  it('reaches the NGO with the reason, and cannot be accepted after', async () => {
    const id = (await send('POST', '/v1/hearings', { token: tokens.editor, body: request({ agendaItem: '2' }) })).body.id as string;
    const declined = await send('POST', `/v1/hearings/${id}/decline`, { token: tokens.secretariat, body: { reason: 'The item is taken as a whole.' } });
    expect(declined.status).toBe(200);
    const item = ((await send('GET', '/v1/inbox?limit=100', { token: tokens.editor })).body.items as InboxItem[]).find((i) => i.subject.id === id)!;
    expect(item).toMatchObject({ kind: 'hearing.declined', summary: { en: 'The item is taken as a whole.' } });
    expect((await send('POST', `/v1/hearings/${id}/accept`, { token: tokens.secretariat, body: { slot: slot() } })).status).toBe(409);
    expect((await send('GET', `/v1/sessions/${SESSION}/hearings`)).body.items).toEqual([]);
    expect((await send('GET', '/v1/sessions/no-such-session/hearings')).status).toBe(404);
  });
});
