import type { Language } from '../i18n/languages.js';
import type { EventStatus, ForumEvent } from '../events/forum-event.js';
import type { EventVocabulary } from '../events/vocabulary.js';
import { addDays, compactDate } from './plain-date.js';
import { eventPlaceText, eventPlainText, eventSummary } from './event-text.js';
import { CRLF, contentLine, escapeText, stripControls } from './ics-text.js';
import { DAY_MS, offsetAt, wallTimeAt } from './time-zone.js';
import { vtimezoneLines } from './vtimezone.js';

export interface ICalendarOptions {
  /** Right-hand side of every UID (`${event.id}@${uidDomain}`): the API's host name. Stable across exports. */
  uidDomain: string;
  /** Language of titles and descriptions (each falls back like pickText). Default `en`. */
  language?: Language;
  /** Calendar name shown by clients on subscription (NAME, X-WR-CALNAME). */
  calendarName?: string;
  /** Page of an event that has no `url` of its own (e.g. the API's `/v1/events/{id}`). */
  eventUrl?: (event: ForumEvent) => string | undefined;
  /** Country names for LOCATION and National Commissions (default: the ISO code). */
  countryName?: (code: string, language: Language) => string | undefined;
  /** How often subscribers should refresh, as an ISO 8601 duration (feeds only, e.g. `PT6H`). */
  refreshInterval?: string;
}

export const ICS_MEDIA_TYPE = 'text/calendar; charset=utf-8';
const PRODID = '-//NGO-UNESCO Liaison//Liaison forum calendar 1.0//EN';
/** Zones written as UTC (`…Z`) rather than with a TZID. */
const UTC_ZONES = new Set(['UTC', 'Etc/UTC', 'Etc/UCT', 'Etc/GMT', 'GMT', 'Etc/Zulu', 'Etc/Universal']);

const STATUS: Record<EventStatus, string> = {
  planned: 'TENTATIVE',
  confirmed: 'CONFIRMED',
  // iCalendar has no "postponed": the event is no longer confirmed, and the title says why.
  postponed: 'TENTATIVE',
  cancelled: 'CANCELLED',
};

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `YYYYMMDDTHHMMSSZ`. */
function utcStamp(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

function localStamp(ms: number, zone: string): string {
  const w = wallTimeAt(ms, zone);
  return `${pad(w.year, 4)}${pad(w.month)}${pad(w.day)}T${pad(w.hour)}${pad(w.minute)}${pad(w.second)}`;
}

/** True when the wall time of `ms` in `zone` also happens at another instant. */
function isAmbiguous(ms: number, zone: string): boolean {
  const whole = Math.floor(ms / 1000) * 1000;
  const offset = offsetAt(whole, zone);
  const wall = JSON.stringify(wallTimeAt(whole, zone));
  return [offsetAt(whole - DAY_MS, zone), offsetAt(whole + DAY_MS, zone)].some(
    (other) => other !== offset && JSON.stringify(wallTimeAt(whole + offset - other, zone)) === wall,
  );
}

function dateTimeLines(event: ForumEvent): string[] {
  const { when } = event;
  if (when.allDay) {
    // DTEND of a DATE is exclusive (RFC 5545 §3.6.1): the day after the last day.
    return [
      contentLine('DTSTART', compactDate(when.startDate), { VALUE: 'DATE' }),
      contentLine('DTEND', compactDate(addDays(when.endDate, 1)), { VALUE: 'DATE' }),
    ];
  }
  const start = Date.parse(when.start);
  const end = Date.parse(when.end);
  // A local time in the hour repeated when clocks go back names two instants, and parsers
  // disagree on which one is meant (RFC 5545 says the first; ical.js takes the second):
  // such events are written in UTC, which every client shows in its own zone.
  if (UTC_ZONES.has(when.timeZone) || isAmbiguous(start, when.timeZone) || isAmbiguous(end, when.timeZone)) {
    return [contentLine('DTSTART', utcStamp(start)), contentLine('DTEND', utcStamp(end))];
  }
  return [
    contentLine('DTSTART', localStamp(start, when.timeZone), { TZID: when.timeZone }),
    contentLine('DTEND', localStamp(end, when.timeZone), { TZID: when.timeZone }),
  ];
}

function veventLines(event: ForumEvent, options: ICalendarOptions, language: Language, vocabulary: EventVocabulary): string[] {
  const countryName = (code: string) => options.countryName?.(code, language) ?? code;
  const summary = eventSummary(event, vocabulary, language);
  const updated = Date.parse(event.updatedAt);
  const location = eventPlaceText(event, vocabulary, language, countryName);
  const url = event.url ?? options.eventUrl?.(event);
  const lines = [
    'BEGIN:VEVENT',
    contentLine('UID', escapeText(`${event.id}@${options.uidDomain}`)),
    contentLine('DTSTAMP', utcStamp(updated)),
    contentLine('LAST-MODIFIED', utcStamp(updated)),
    contentLine('SEQUENCE', String(event.sequence)),
    ...dateTimeLines(event),
    contentLine('SUMMARY', escapeText(summary.text), { LANGUAGE: summary.lang }),
    contentLine('DESCRIPTION', escapeText(eventPlainText(event, vocabulary, language, countryName)), { LANGUAGE: language }),
    contentLine('STATUS', STATUS[event.status]),
    contentLine('CATEGORIES', escapeText(vocabulary.kind[event.kind])),
    contentLine('CLASS', 'PUBLIC'),
  ];
  if (location) lines.push(contentLine('LOCATION', escapeText(location), { LANGUAGE: language }));
  if (url) lines.push(contentLine('URL', stripControls(url), { VALUE: 'URI' }));
  lines.push('END:VEVENT');
  return lines;
}

/**
 * An iCalendar (RFC 5545) object holding `events`, worded with `vocabulary` (one language):
 * CRLF line ends, lines folded at 75 octets, UIDs stable across exports, SEQUENCE and DTSTAMP
 * from the stored revision (so the same data gives byte-identical output and the same ETag),
 * DTSTART/DTEND in the event's own zone with a VTIMEZONE for every TZID, all-day events as
 * DATE values. `toICalendar` picks the vocabulary by language for you.
 */
export function writeICalendar(events: readonly ForumEvent[], options: ICalendarOptions & { vocabulary: EventVocabulary }): string {
  const language = options.language ?? 'en';
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', contentLine('PRODID', PRODID), 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  if (options.calendarName) {
    lines.push(contentLine('NAME', escapeText(options.calendarName)), contentLine('X-WR-CALNAME', escapeText(options.calendarName)));
  }
  if (options.refreshInterval) {
    lines.push(
      contentLine('REFRESH-INTERVAL', options.refreshInterval, { VALUE: 'DURATION' }),
      contentLine('X-PUBLISHED-TTL', options.refreshInterval),
    );
  }

  // One VTIMEZONE per zone, spanning every event that uses it.
  const spans = new Map<string, { from: number; to: number }>();
  for (const { when } of events) {
    if (when.allDay || UTC_ZONES.has(when.timeZone)) continue;
    const span = spans.get(when.timeZone);
    const from = Date.parse(when.start);
    const to = Date.parse(when.end);
    spans.set(when.timeZone, { from: Math.min(span?.from ?? from, from), to: Math.max(span?.to ?? to, to) });
  }
  for (const [zone, { from, to }] of [...spans].sort(([a], [b]) => (a < b ? -1 : 1))) lines.push(...vtimezoneLines(zone, from, to));

  for (const event of events) lines.push(...veventLines(event, options, language, options.vocabulary));
  lines.push('END:VCALENDAR');
  return lines.join(CRLF) + CRLF;
}
