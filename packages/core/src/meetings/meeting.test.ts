import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../i18n/languages.js';
import { applyMeetingAction, isMeetingPublic, requestMeeting, type Meeting, type MeetingResult } from './meeting.js';
import { composeMeetingInvitations } from './meeting-mail.js';
import { meetingsFeed } from './meeting-ics.js';

const now = new Date('2026-10-01T09:00:00Z');
const later = new Date('2026-10-02T09:00:00Z');
const slots = [
  { start: '2026-11-10T09:00:00Z', end: '2026-11-10T10:00:00Z', zone: 'Europe/Paris' },
  { start: '2026-11-12T13:00:00Z', end: '2026-11-12T14:00:00Z', zone: 'Europe/Paris' },
];

function ok(result: MeetingResult): Meeting {
  if (!result.ok) throw new Error(`refused: ${result.reason}`);
  return result.meeting;
}

function proposed(): Meeting {
  return ok(
    requestMeeting(
      {
        id: 'm1',
        subject: 'Heritage education in schools',
        sessionId: 'gc-43',
        requester: { side: 'ngo', personId: 'ana', scope: 'icom' },
        counterpart: { side: 'national-commission', personId: 'luc', scope: 'FR' },
        slots,
      },
      now,
    ),
  );
}

describe('meeting state machine', () => {
  it('the counterpart confirms one proposed slot', () => {
    const meeting = ok(applyMeetingAction(proposed(), 'national-commission', { type: 'confirm', slotIndex: 1 }, later));
    expect(meeting.status).toBe('confirmed');
    expect(meeting.confirmedSlot).toEqual(slots[1]);
    expect(meeting.sequence).toBe(1);
  });

  it('the requester cannot answer its own proposal; a counter-proposal hands the turn back', () => {
    expect(applyMeetingAction(proposed(), 'ngo', { type: 'confirm', slotIndex: 0 }, later)).toMatchObject({ ok: false, status: 409 });
    const countered = ok(applyMeetingAction(proposed(), 'national-commission', { type: 'counter', slots: [slots[0]!] }, later));
    expect(countered.awaiting).toBe('ngo');
    expect(ok(applyMeetingAction(countered, 'ngo', { type: 'confirm', slotIndex: 0 }, later)).status).toBe('confirmed');
  });

  it('refuses bad slots naming the field', () => {
    const bad = requestMeeting(
      { id: 'x', subject: 's', requester: { side: 'ngo', personId: 'a', scope: 'o' }, counterpart: { side: 'national-commission', personId: 'b', scope: 'FR' }, slots: [{ ...slots[0]!, zone: 'Mars/Olympus' }] },
      now,
    );
    expect(bad).toMatchObject({ ok: false, status: 422, field: 'slots.0.zone' });
    const past = requestMeeting(
      { id: 'x', subject: 's', requester: { side: 'ngo', personId: 'a', scope: 'o' }, counterpart: { side: 'ngo', personId: 'b', scope: 'p' }, slots },
      now,
    );
    expect(past).toMatchObject({ ok: false, field: 'counterpart' });
  });

  it('declining needs a reason; a declined meeting cannot be confirmed', () => {
    expect(applyMeetingAction(proposed(), 'national-commission', { type: 'decline', reason: ' ' }, later)).toMatchObject({ ok: false, field: 'reason' });
    const declined = ok(applyMeetingAction(proposed(), 'national-commission', { type: 'decline', reason: 'No availability' }, later));
    expect(applyMeetingAction(declined, 'national-commission', { type: 'confirm', slotIndex: 0 }, later)).toMatchObject({ ok: false, status: 409 });
  });

  it('either party calls off a confirmed meeting, never a proposed one', () => {
    expect(applyMeetingAction(proposed(), 'ngo', { type: 'call-off' }, later)).toMatchObject({ ok: false, status: 409 });
    const confirmed = ok(applyMeetingAction(proposed(), 'national-commission', { type: 'confirm', slotIndex: 0 }, later));
    expect(ok(applyMeetingAction(confirmed, 'ngo', { type: 'call-off' }, later)).status).toBe('called-off');
  });

  it('is public only when both parties agree, and consent can be withdrawn', () => {
    let meeting = ok(applyMeetingAction(proposed(), 'national-commission', { type: 'confirm', slotIndex: 0 }, later));
    meeting = ok(applyMeetingAction(meeting, 'ngo', { type: 'set-public-consent', publicConsent: true }, later));
    expect(isMeetingPublic(meeting)).toBe(false);
    meeting = ok(applyMeetingAction(meeting, 'national-commission', { type: 'set-public-consent', publicConsent: true }, later));
    expect(isMeetingPublic(meeting)).toBe(true);
    meeting = ok(applyMeetingAction(meeting, 'ngo', { type: 'set-public-consent', publicConsent: false }, later));
    expect(isMeetingPublic(meeting)).toBe(false);
  });
});

describe('meeting invitation mail', () => {
  const confirmed = ok(applyMeetingAction(proposed(), 'national-commission', { type: 'confirm', slotIndex: 0 }, later));
  const options = { uidDomain: 'liaison.example', organizerEmail: 'noreply@liaison.example', now: later };

  it.each(LANGUAGES)('mails both parties an iCalendar REQUEST that ical.js reads (%s)', (language) => {
    const mails = composeMeetingInvitations(confirmed, [{ email: 'ana@ngo.example', language }, { email: 'luc@unesco.fr', language }], options);
    expect(mails.map((m) => m.to)).toEqual(['ana@ngo.example', 'luc@unesco.fr']);
    const mail = mails[0]!;
    expect(mail.kind).toBe('meeting-invitation');
    expect(mail.calendar?.method).toBe('REQUEST');
    const component = new ICAL.Component(ICAL.parse(mail.calendar!.ics));
    expect(component.getFirstPropertyValue('method')).toBe('REQUEST');
    for (const zone of component.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
    const event = new ICAL.Event(component.getFirstSubcomponent('vevent')!);
    expect(event.uid).toBe('meeting-m1@liaison.example');
    expect(event.summary).toBe('Heritage education in schools');
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-11-10T09:00:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2026-11-10T10:00:00.000Z');
    expect(event.attendees).toHaveLength(2);
  });

  it('a called-off meeting mails a CANCEL with a higher SEQUENCE', () => {
    const calledOff = ok(applyMeetingAction(confirmed, 'ngo', { type: 'call-off' }, later));
    const [mail] = composeMeetingInvitations(calledOff, [{ email: 'ana@ngo.example', language: 'fr' }], options);
    const component = new ICAL.Component(ICAL.parse(mail!.calendar!.ics));
    expect(component.getFirstPropertyValue('method')).toBe('CANCEL');
    const event = component.getFirstSubcomponent('vevent')!;
    expect(event.getFirstPropertyValue('sequence')).toBe(2);
    expect(event.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(mail!.dedupeKey).not.toBe(composeMeetingInvitations(confirmed, [{ email: 'ana@ngo.example', language: 'fr' }], options)[0]!.dedupeKey);
  });

  it('the private feed holds only confirmed meetings', () => {
    const feed = meetingsFeed([confirmed, proposed()], options);
    const component = new ICAL.Component(ICAL.parse(feed));
    expect(component.getAllSubcomponents('vevent')).toHaveLength(1);
  });
});
