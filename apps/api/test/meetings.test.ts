import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ForumEvent, InboxItem, MailMessage, Meeting } from '@ngo-liaison/core';
import { meetingParty, MEETING_NGO, MEETING_SLOTS, ngoAsks, type MeetingParty } from './meeting-parties.js';
import { useTestServer } from './test-server.js';
import { writeRequests } from './write-requests.js';

/*
 * NGO ↔ National Commission meetings over HTTP against a real database file, with a clock the
 * test sets: an NGO editor asks the National Commission of France to meet, the Commission
 * confirms one proposed slot; both hear of it in their inboxes, both are mailed an iCalendar
 * REQUEST, and the meeting is in each party's private calendar feed until revoked. A decline
 * reaches the NGO with its reason; strangers, the wrong party, a slot not proposed and a
 * second answer are refused with problems naming the field.
 */
let clock = new Date('2026-10-01T09:00:00Z');
const server = useTestServer({ now: () => clock });
const { send } = writeRequests(server);
const people = {} as Record<'ngo' | 'commission' | 'stranger' | 'delegation' | 'otherEditor', MeetingParty>;

beforeAll(async () => {
  const storage = server.running.storage;
  people.ngo = await meetingParty(storage, 'ana', [{ role: 'ngo-editor', organization: MEETING_NGO }]);
  people.commission = await meetingParty(storage, 'luc', [{ role: 'member-state', country: 'FR', via: 'national-commission' }]);
  people.stranger = await meetingParty(storage, 'zoe', [{ role: 'member-state', country: 'FR', via: 'national-commission' }]);
  people.delegation = await meetingParty(storage, 'del', [{ role: 'member-state', country: 'FR', via: 'delegation' }]);
  people.otherEditor = await meetingParty(storage, 'oto', [{ role: 'ngo-editor', organization: 'demo-quiet-orbit-science-circle' }]);
  // The Commission reads its mail in French.
  const preferences = await send('PUT', '/v1/me/mail-preferences', { token: people.commission.token, body: { notices: true, digest: 'off', language: 'fr' } });
  expect(preferences.status).toBe(200);
});

const kindsIn = async (token: string, id: string) =>
  ((await send('GET', '/v1/inbox?limit=100', { token })).body.items as InboxItem[]).filter((item) => item.subject.id === id).map((item) => item.kind);

async function invitations(id: string): Promise<MailMessage[]> {
  const rows = await server.running.storage.db.selectFrom('outbox').select(['message', 'dedupe_key']).where('kind', '=', 'meeting-invitation').execute();
  return rows.filter((row) => row.dedupe_key.startsWith(`meeting:${id}:`)).map((row) => JSON.parse(row.message) as MailMessage);
}

const auditOf = async (id: string) => ((await server.running.storage.db.selectFrom('audit_log').select('action').where('entity_id', '=', id).execute()) as { action: string }[]).map((row) => row.action);

function vevents(ics: string): ICAL.Event[] {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  return calendar.getAllSubcomponents('vevent').map((event) => new ICAL.Event(event));
}

describe('a meeting asked by an NGO and confirmed by the National Commission', () => {
  let id: string;
  let feedUrl: string;

  it('is proposed (201, Location) and reaches the Commission’s inbox, not yet the NGO’s', async () => {
    const answer = await send('POST', '/v1/meetings', { token: people.ngo.token, body: ngoAsks(people.commission.personId, { session: 'demo-gc' }) });
    expect(answer.status, JSON.stringify(answer.body)).toBe(201);
    id = answer.body.id;
    expect(answer.headers.get('location')).toBe(`/v1/meetings/${id}`);
    expect(answer.body).toMatchObject({ status: 'proposed', awaiting: 'national-commission', sessionId: 'demo-gc', slots: MEETING_SLOTS });
    expect(await kindsIn(people.commission.token, id)).toEqual(['meeting.proposed']);
    expect(await kindsIn(people.ngo.token, id)).toEqual([]);
    expect(await auditOf(id)).toEqual(['meeting.request']);
  });

  it('refuses bad requests with problems naming the field', async () => {
    const asked = (token: string, body: unknown) => send('POST', '/v1/meetings', { token, body });
    expect((await send('POST', '/v1/meetings', { body: ngoAsks(people.commission.personId) })).status).toBe(401);
    expect((await asked(people.otherEditor.token, ngoAsks(people.commission.personId))).status).toBe(403);
    const delegation = await asked(people.ngo.token, ngoAsks(people.delegation.personId));
    expect(delegation.status).toBe(400);
    expect(delegation.headers.get('content-type')).toContain('application/problem+json');
    expect(delegation.body.errors.map((e: { path: string }) => e.path)).toEqual(['counterpart']);
    const past = await asked(people.ngo.token, ngoAsks(people.commission.personId, { slots: [{ start: '2026-09-01T09:00:00Z', end: '2026-09-01T10:00:00Z', zone: 'Europe/Paris' }] }));
    expect(past.status).toBe(400);
    expect(past.body.errors[0].path).toBe('slots.0.start');
    const ngpSession = await asked(people.ngo.token, ngoAsks(people.commission.personId, { session: 'demo-ngp-next' }));
    expect(ngpSession.body.errors[0].path).toBe('session');
  });

  it('a request sent twice with one Idempotency-Key makes one meeting and one delivery', async () => {
    const body = ngoAsks(people.commission.personId, { subject: 'Sent twice' });
    const headers = { 'idempotency-key': 'meeting-once-1' };
    const first = await send('POST', '/v1/meetings', { token: people.ngo.token, body, headers });
    const again = await send('POST', '/v1/meetings', { token: people.ngo.token, body, headers });
    expect([first.status, again.status]).toEqual([201, 201]);
    expect(again.body.id).toBe(first.body.id);
    expect(await kindsIn(people.commission.token, first.body.id)).toEqual(['meeting.proposed']);
    expect((await send('POST', '/v1/meetings', { token: people.ngo.token, body: { ...body, subject: 'Other' }, headers })).status).toBe(422);
  });

  it('is read by its two parties only', async () => {
    expect((await send('GET', `/v1/meetings/${id}`, { token: people.commission.token })).status).toBe(200);
    expect((await send('GET', `/v1/meetings/${id}`, { token: people.stranger.token })).status).toBe(404);
    expect((await send('GET', '/v1/meetings', { token: people.ngo.token })).body.items.map((m: Meeting) => m.id)).toContain(id);
    expect((await send('GET', '/v1/meetings', { token: people.stranger.token })).body.items).toEqual([]);
  });

  it('is answered only by the party asked, on a proposed slot', async () => {
    clock = new Date('2026-10-02T09:00:00Z');
    const start = MEETING_SLOTS[1]!.start;
    expect((await send('POST', `/v1/meetings/${id}/confirm`, { token: people.stranger.token, body: { start } })).status).toBe(404);
    expect((await send('POST', `/v1/meetings/${id}/confirm`, { token: people.ngo.token, body: { start } })).status).toBe(403);
    const notProposed = await send('POST', `/v1/meetings/${id}/confirm`, { token: people.commission.token, body: { start: '2026-11-11T09:00:00Z' } });
    expect(notProposed.status).toBe(400);
    expect(notProposed.body.errors[0].path).toBe('start');
    expect(await invitations(id)).toEqual([]);
  });

  it('is confirmed: the NGO hears of it and both parties are mailed an iCalendar REQUEST', async () => {
    const answer = await send('POST', `/v1/meetings/${id}/confirm`, { token: people.commission.token, body: { start: MEETING_SLOTS[1]!.start } });
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    expect(answer.body).toMatchObject({ status: 'confirmed', confirmedSlot: MEETING_SLOTS[1] });
    expect(await kindsIn(people.ngo.token, id)).toEqual(['meeting.confirmed']);
    expect(await kindsIn(people.commission.token, id)).toEqual(['meeting.proposed']);
    const mails = await invitations(id);
    expect(mails.map((m) => m.to).sort()).toEqual([people.commission.email, people.ngo.email].sort());
    expect(mails.find((m) => m.to === people.commission.email)!.subject).toContain('Réunion confirmée');
    for (const mail of mails) {
      expect(mail.calendar?.method).toBe('REQUEST');
      const [event] = vevents(mail.calendar!.ics);
      expect(event!.uid).toBe(`meeting-${id}@ngo-liaison`);
      expect(event!.startDate.toJSDate().toISOString()).toBe('2026-11-12T13:00:00.000Z');
    }
    expect(await auditOf(id)).toEqual(['meeting.request', 'meeting.confirm']);
  });

  it('a second answer is a conflict (409)', async () => {
    expect((await send('POST', `/v1/meetings/${id}/confirm`, { token: people.commission.token, body: { start: MEETING_SLOTS[0]!.start } })).status).toBe(409);
    expect((await send('POST', `/v1/meetings/${id}/decline`, { token: people.commission.token, body: { reason: 'Changed our mind' } })).status).toBe(409);
    expect(await invitations(id)).toHaveLength(2);
  });

  it('is in each party’s private calendar feed, which answers 404 once revoked', async () => {
    expect((await send('GET', '/v1/me/calendar-feed', { token: people.ngo.token })).body).toEqual({ active: false });
    const created = await send('POST', '/v1/me/calendar-feed', { token: people.ngo.token });
    expect(created.status).toBe(201);
    feedUrl = created.body.url;
    expect(feedUrl).toMatch(/\/v1\/calendar\/private\/lif_[A-Za-z0-9_-]+\.ics$/);
    expect((await send('GET', '/v1/me/calendar-feed', { token: people.ngo.token })).body).toMatchObject({ active: true, createdAt: clock.toISOString() });
    const feed = await fetch(feedUrl);
    expect(feed.status).toBe(200);
    expect(feed.headers.get('content-type')).toContain('text/calendar');
    const events = vevents(await feed.text());
    expect(events.map((e) => e.uid)).toEqual([`meeting-${id}@ngo-liaison`]);
    expect(events[0]!.summary).toBe('Literacy clubs in coastal schools');
    expect(events[0]!.endDate.toJSDate().toISOString()).toBe('2026-11-12T14:00:00.000Z');
    // The Commission's own feed holds the same meeting; a stranger's holds nothing.
    const theirs = (await send('POST', '/v1/me/calendar-feed', { token: people.commission.token })).body.url as string;
    expect(vevents(await (await fetch(theirs)).text())).toHaveLength(1);
    const strangers = (await send('POST', '/v1/me/calendar-feed', { token: people.stranger.token })).body.url as string;
    expect(vevents(await (await fetch(strangers)).text())).toHaveLength(0);

    expect((await send('DELETE', '/v1/me/calendar-feed', { token: people.ngo.token })).status).toBe(204);
    const revoked = await fetch(feedUrl);
    expect(revoked.status).toBe(404);
    expect(revoked.headers.get('content-type')).toContain('application/problem+json');
    expect((await fetch(theirs)).status).toBe(200);
    expect((await server.running.storage.db.selectFrom('audit_log').select('action').where('entity_type', '=', 'calendar-feed').where('entity_id', '=', people.ngo.personId).execute()).map((r) => r.action)).toEqual(['calendar-feed.create', 'calendar-feed.revoke']);
  });

  it('is public only when both parties agree: then in /v1/events, cancelled there when one withdraws', async () => {
    const eventId = `meeting-${id.toLowerCase()}`;
    const mine = await send('POST', `/v1/meetings/${id}/public`, { token: people.ngo.token, body: { public: true } });
    expect(mine.status).toBe(200);
    expect((await send('GET', `/v1/events/${eventId}`)).status).toBe(404);
    expect((await send('POST', `/v1/meetings/${id}/public`, { token: people.stranger.token, body: { public: true } })).status).toBe(404);
    const both = await send('POST', `/v1/meetings/${id}/public`, { token: people.commission.token, body: { public: true } });
    expect(both.body.eventId).toBe(eventId);
    const event = (await send('GET', `/v1/events/${eventId}`)).body as ForumEvent;
    expect(event).toMatchObject({ kind: 'natcom-meeting', status: 'confirmed', sessionId: 'demo-gc', when: { start: MEETING_SLOTS[1]!.start } });
    expect(event.provenance.fictional).toBe(true);
    expect((await send('GET', '/v1/events?kind=natcom-meeting&limit=100')).body.items.map((e: ForumEvent) => e.id)).toContain(eventId);
    await send('POST', `/v1/meetings/${id}/public`, { token: people.ngo.token, body: { public: false } });
    expect(((await send('GET', `/v1/events/${eventId}`)).body as ForumEvent).status).toBe('cancelled');
  });
});

describe('a confirmed meeting called off', () => {
  it('mails both parties an iCalendar CANCEL of the same UID, leaves the private feeds, and cannot be called off twice', async () => {
    const asked = await send('POST', '/v1/meetings', { token: people.ngo.token, body: ngoAsks(people.commission.personId, { subject: 'To be called off' }) });
    const id = asked.body.id as string;
    await send('POST', `/v1/meetings/${id}/confirm`, { token: people.commission.token, body: { start: MEETING_SLOTS[0]!.start } });
    const feed = (await send('POST', '/v1/me/calendar-feed', { token: people.commission.token })).body.url as string;
    expect(vevents(await (await fetch(feed)).text()).map((e) => e.uid)).toContain(`meeting-${id}@ngo-liaison`);
    expect((await send('POST', `/v1/meetings/${id}/call-off`, { token: people.stranger.token, body: {} })).status).toBe(404);
    const calledOff = await send('POST', `/v1/meetings/${id}/call-off`, { token: people.ngo.token, body: { reason: 'Our director is ill' } });
    expect(calledOff.status, JSON.stringify(calledOff.body)).toBe(200);
    expect(calledOff.body).toMatchObject({ status: 'called-off', declineReason: 'Our director is ill' });
    const cancels = (await invitations(id)).filter((mail) => mail.calendar?.method === 'CANCEL');
    expect(cancels.map((mail) => mail.to).sort()).toEqual([people.commission.email, people.ngo.email].sort());
    const calendar = new ICAL.Component(ICAL.parse(cancels[0]!.calendar!.ics));
    expect(calendar.getFirstPropertyValue('method')).toBe('CANCEL');
    expect(calendar.getFirstSubcomponent('vevent')!.getFirstPropertyValue('uid')).toBe(`meeting-${id}@ngo-liaison`);
    expect(calendar.getFirstSubcomponent('vevent')!.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(vevents(await (await fetch(feed)).text()).map((e) => e.uid)).not.toContain(`meeting-${id}@ngo-liaison`);
    expect((await send('POST', `/v1/meetings/${id}/call-off`, { token: people.commission.token, body: {} })).status).toBe(409);
    expect(await auditOf(id)).toEqual(['meeting.request', 'meeting.confirm', 'meeting.call-off']);
    // The Commission hears of it in its inbox, with the reason; the NGO, which called it off, does not.
    const items = ((await send('GET', '/v1/inbox?limit=100', { token: people.commission.token })).body.items as InboxItem[]).filter((item) => item.subject.id === id);
    expect(items.find((item) => item.kind === 'meeting.called-off')?.summary).toEqual({ en: 'Our director is ill' });
    expect(await kindsIn(people.ngo.token, id)).not.toContain('meeting.called-off');
  });
});

describe('a meeting answered with other slots', () => {
  it('the party asked counter-proposes; then the asker answers, and the one who counter-proposed may not', async () => {
    const asked = await send('POST', '/v1/meetings', { token: people.ngo.token, body: ngoAsks(people.commission.personId, { subject: 'Other dates' }) });
    const id = asked.body.id as string;
    const other = [{ start: '2026-11-16T08:00:00Z', end: '2026-11-16T09:30:00Z', zone: 'Europe/Paris' }];
    const path = `/v1/meetings/${id}/counter-propose`;
    expect((await send('POST', path, { body: { slots: other } })).status).toBe(401);
    expect((await send('POST', path, { token: people.stranger.token, body: { slots: other } })).status).toBe(404);
    expect((await send('POST', path, { token: people.ngo.token, body: { slots: other } })).status).toBe(403);
    const empty = await send('POST', path, { token: people.commission.token, body: { slots: [] } });
    expect(empty.status).toBe(400);
    expect(empty.body.errors[0].path).toBe('slots');
    const countered = await send('POST', path, { token: people.commission.token, body: { slots: other } });
    expect(countered.status, JSON.stringify(countered.body)).toBe(200);
    expect(countered.body).toMatchObject({ status: 'proposed', awaiting: 'ngo', slots: other });
    expect(await kindsIn(people.ngo.token, id)).toEqual(['meeting.counter-proposed']);
    expect((await send('POST', `/v1/meetings/${id}/confirm`, { token: people.commission.token, body: { start: other[0]!.start } })).status).toBe(403);
    const confirmed = await send('POST', `/v1/meetings/${id}/confirm`, { token: people.ngo.token, body: { start: other[0]!.start } });
    expect(confirmed.body).toMatchObject({ status: 'confirmed', confirmedSlot: other[0] });
    expect((await send('POST', path, { token: people.ngo.token, body: { slots: other } })).status).toBe(409);
    expect(await auditOf(id)).toEqual(['meeting.request', 'meeting.counter-propose', 'meeting.confirm']);
  });
});

describe('a meeting the National Commission asks for, declined by the NGO', () => {
  it('reaches the NGO; its decline reaches the Commission with the reason, and nothing is mailed as an invitation', async () => {
    const asked = await send('POST', '/v1/meetings', {
      token: people.commission.token,
      body: ngoAsks(people.ngo.personId, { as: 'national-commission', subject: 'Réunion sur la lecture', language: 'fr' }),
    });
    expect(asked.status, JSON.stringify(asked.body)).toBe(201);
    const id = asked.body.id as string;
    expect(asked.body).toMatchObject({ awaiting: 'ngo', requester: { side: 'national-commission', scope: 'FR' } });
    expect(await kindsIn(people.ngo.token, id)).toEqual(['meeting.proposed']);

    const noReason = await send('POST', `/v1/meetings/${id}/decline`, { token: people.ngo.token, body: { reason: ' ' } });
    expect(noReason.status).toBe(400);
    expect(noReason.body.errors[0].path).toBe('reason');
    expect((await send('POST', `/v1/meetings/${id}/decline`, { token: people.commission.token, body: { reason: 'Ours' } })).status).toBe(403);
    const declined = await send('POST', `/v1/meetings/${id}/decline`, { token: people.ngo.token, body: { reason: 'Our team is in the field that month' } });
    expect(declined.status).toBe(200);
    expect(declined.body).toMatchObject({ status: 'declined', declineReason: 'Our team is in the field that month' });
    const items = ((await send('GET', '/v1/inbox?limit=100', { token: people.commission.token })).body.items as InboxItem[]).filter((item) => item.subject.id === id);
    expect(items.map((item) => [item.kind, item.summary])).toEqual([['meeting.declined', { fr: 'Our team is in the field that month' }]]);
    expect(await invitations(id)).toEqual([]);
    expect((await send('POST', `/v1/meetings/${id}/confirm`, { token: people.ngo.token, body: { start: MEETING_SLOTS[0]!.start } })).status).toBe(409);
  });
});
