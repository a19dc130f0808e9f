import { CRLF, contentLine, escapeText } from '../calendar/ics-text.js';
import { wallTimeAt } from '../calendar/time-zone.js';
import { vtimezoneLines } from '../calendar/vtimezone.js';
import type { Meeting } from './meeting.js';

export interface MeetingIcsOptions {
  /** Right-hand side of the UID: the API's host name, stable across mails. */
  uidDomain: string;
  /** Who sends the invitation (iMIP ORGANIZER). */
  organizerEmail: string;
  /** The addresses of both parties (ATTENDEE lines). */
  attendeeEmails: readonly string[];
  now: Date;
}

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

function utcStamp(epochMs: number): string {
  const d = new Date(epochMs);
  return `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`;
}

function localStamp(epochMs: number, zone: string): string {
  const w = wallTimeAt(epochMs, zone);
  return `${w.year}${pad(w.month)}${pad(w.day)}T${pad(w.hour)}${pad(w.minute)}${pad(w.second)}`;
}

/** The VEVENT lines of a meeting's confirmed slot, times in the slot's own zone (with its VTIMEZONE). */
function meetingEventLines(meeting: Meeting, options: MeetingIcsOptions, cancelled: boolean): string[] {
  const slot = meeting.confirmedSlot;
  if (!slot) throw new Error(`meeting ${meeting.id} has no confirmed slot`);
  const start = Date.parse(slot.start);
  const end = Date.parse(slot.end);
  return [
    'BEGIN:VEVENT',
    contentLine('UID', `meeting-${meeting.id}@${options.uidDomain}`),
    contentLine('SEQUENCE', String(meeting.sequence)),
    contentLine('DTSTAMP', utcStamp(options.now.getTime())),
    contentLine('DTSTART', localStamp(start, slot.zone), { TZID: slot.zone }),
    contentLine('DTEND', localStamp(end, slot.zone), { TZID: slot.zone }),
    contentLine('SUMMARY', escapeText(meeting.subject)),
    contentLine('ORGANIZER', `mailto:${options.organizerEmail}`),
    ...options.attendeeEmails.map((email) => contentLine('ATTENDEE', `mailto:${email}`, { ROLE: 'REQ-PARTICIPANT', RSVP: 'FALSE' })),
    contentLine('STATUS', cancelled ? 'CANCELLED' : 'CONFIRMED'),
    contentLine('CLASS', 'PRIVATE'),
    'END:VEVENT',
  ];
}

/**
 * The iCalendar of a confirmed meeting for an iMIP mail: METHOD:REQUEST, or METHOD:CANCEL
 * once called off (same UID, higher SEQUENCE, so calendars update the same entry).
 */
export function meetingICalendar(meeting: Meeting, options: MeetingIcsOptions): { method: 'REQUEST' | 'CANCEL'; ics: string } {
  const method = meeting.status === 'called-off' ? 'CANCEL' : 'REQUEST';
  return { method, ics: wrap(method, [meeting], options) };
}

/** A person's private feed: their confirmed meetings (METHOD:PUBLISH). */
export function meetingsFeed(meetings: readonly Meeting[], options: Omit<MeetingIcsOptions, 'attendeeEmails'> & { attendeeEmails?: readonly string[] }): string {
  return wrap('PUBLISH', meetings.filter((m) => m.status === 'confirmed' && m.confirmedSlot), { attendeeEmails: [], ...options });
}

function wrap(method: string, meetings: readonly Meeting[], options: MeetingIcsOptions): string {
  const zones = new Map<string, { from: number; to: number }>();
  for (const meeting of meetings) {
    const slot = meeting.confirmedSlot;
    if (!slot) continue;
    const span = zones.get(slot.zone);
    const from = Date.parse(slot.start);
    const to = Date.parse(slot.end);
    zones.set(slot.zone, { from: Math.min(span?.from ?? from, from), to: Math.max(span?.to ?? to, to) });
  }
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Liaison//NGO meetings//EN',
    'CALSCALE:GREGORIAN',
    contentLine('METHOD', method),
    ...[...zones].flatMap(([zone, span]) => vtimezoneLines(zone, span.from, span.to)),
    ...meetings.flatMap((meeting) => meetingEventLines(meeting, options, meeting.status === 'called-off')),
    'END:VCALENDAR',
  ];
  return lines.join(CRLF) + CRLF;
}
