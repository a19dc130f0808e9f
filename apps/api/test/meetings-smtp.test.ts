import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { meetingParty, MEETING_NGO, MEETING_SLOTS, ngoAsks, type MeetingParty } from './meeting-parties.js';
import { useSmtpSink, type SinkMessage } from './smtp-sink.js';
import { useTestServer } from './test-server.js';
import { writeRequests } from './write-requests.js';

/*
 * A confirmed meeting reaches both parties through a real SMTP server on loopback: each gets
 * one mail whose text/calendar part (method=REQUEST) is an iCalendar REQUEST that ical.js reads,
 * with the confirmed slot, both attendees, MAIL_FROM's address as ORGANIZER and a UID on PUBLIC_URL's host.
 */
const PUBLIC_URL = 'https://liaison.example';
const clock = new Date('2026-10-01T09:00:00Z');
const sink = useSmtpSink();
const server = useTestServer(() => ({ now: () => clock, publicUrl: PUBLIC_URL, localInvitation: false, mail: { smtpUrl: sink.url, pollMs: 25, from: 'UNESCO NGO Liaison <ngo-liaison@liaison.example>' } }));
const { send } = writeRequests(server);
let ngo: MeetingParty;
let commission: MeetingParty;

beforeAll(async () => {
  ngo = await meetingParty(server.running.storage, 'ines', [{ role: 'ngo-editor', organization: MEETING_NGO }]);
  commission = await meetingParty(server.running.storage, 'hugo', [{ role: 'member-state', country: 'FR', via: 'national-commission' }]);
});

/** The mail to `address` that carries a calendar part, once the outbox has sent it. */
async function invitationTo(address: string): Promise<SinkMessage> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const found = sink.messagesTo(address).filter((mail) => mail.parts.some((part) => part.contentType === 'text/calendar'));
    if (found.length) return found[0]!;
    if (Date.now() > deadline) throw new Error(`no invitation to ${address}; subjects: ${sink.messagesTo(address).map((m) => m.subject).join(' | ')}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('a confirmed meeting over SMTP', () => {
  it('mails both parties a valid iCalendar REQUEST for the confirmed slot, once each', async () => {
    const asked = await send('POST', '/v1/meetings', { token: ngo.token, body: ngoAsks(commission.personId) });
    expect(asked.status, JSON.stringify(asked.body)).toBe(201);
    const id = asked.body.id as string;
    const confirmed = await send('POST', `/v1/meetings/${id}/confirm`, { token: commission.token, body: { start: MEETING_SLOTS[0]!.start } });
    expect(confirmed.status, JSON.stringify(confirmed.body)).toBe(200);

    for (const party of [ngo, commission]) {
      const mail = await invitationTo(party.email);
      expect(mail.subject).toBe('Meeting confirmed: Literacy clubs in coastal schools');
      const part = mail.parts.find((p) => p.contentType === 'text/calendar')!;
      expect(part.params.method).toBe('REQUEST');
      const calendar = new ICAL.Component(ICAL.parse(part.body));
      expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
      for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
      const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
      expect(event.uid).toBe(`meeting-${id}@liaison.example`);
      expect(event.startDate.toJSDate().toISOString()).toBe('2026-11-10T09:00:00.000Z');
      expect(event.endDate.toJSDate().toISOString()).toBe('2026-11-10T10:00:00.000Z');
      expect(event.attendees.map((a) => String(a.getFirstValue())).sort()).toEqual([`mailto:${commission.email}`, `mailto:${ngo.email}`].sort());
      expect(String(event.organizer)).toBe('mailto:ngo-liaison@liaison.example');
      expect(mail.from).toContain('ngo-liaison@liaison.example');
    }
    // Nothing more arrives: one invitation per party.
    await new Promise((resolve) => setTimeout(resolve, 300));
    for (const party of [ngo, commission]) {
      expect(sink.messagesTo(party.email).filter((mail) => mail.parts.some((p) => p.contentType === 'text/calendar'))).toHaveLength(1);
    }
  });
});
