import ICAL from 'ical.js';
import { expect } from 'vitest';

/*
 * The iCalendar oracle of the tests (imported only by *.test.ts files): every .ics the
 * project writes is parsed with ical.js (Mozilla's parser, used by Thunderbird) and checked
 * against RFC 5545's structural rules. Returns the parsed events for further assertions.
 */

export interface ParsedEvent {
  uid: string;
  summary: string;
  description: string;
  location: string | null;
  status: string | null;
  sequence: number;
  dtstamp: string;
  /** Start and end as epoch milliseconds, computed by ical.js from our VTIMEZONE. */
  startMs: number;
  endMs: number;
  /** DATE values (all-day): `YYYY-MM-DD`; null for DATE-TIME. */
  startDate: string | null;
  endDate: string | null;
  /** TZID of DTSTART, or "Z" for UTC, or null for DATE. */
  tzid: string | null;
  url: string | null;
}

export interface IcsReport {
  lines: number;
  maxOctets: number;
  events: ParsedEvent[];
  timezones: string[];
}

const encoder = new TextEncoder();

export function checkIcs(text: string): IcsReport {
  // Line ends: CRLF only, ending with one.
  expect(text.endsWith('\r\n'), 'ends with CRLF').toBe(true);
  expect(/\r(?!\n)|(?<!\r)\n/.test(text), 'bare CR or LF').toBe(false);
  const physical = text.slice(0, -2).split('\r\n');
  let maxOctets = 0;
  for (const line of physical) {
    const octets = encoder.encode(line).length;
    maxOctets = Math.max(maxOctets, octets);
    expect(octets, `line over 75 octets: ${line}`).toBeLessThanOrEqual(75);
    // A folded line never starts in the middle of a UTF-8 sequence (no U+FFFD after decoding).
    expect(line.includes('\uFFFD'), 'split UTF-8 sequence').toBe(false);
  }

  const root = new ICAL.Component(ICAL.parse(text));
  expect(root.name).toBe('vcalendar');
  expect(root.getAllProperties('version').map((p) => p.getFirstValue())).toEqual(['2.0']);
  expect(root.getAllProperties('prodid')).toHaveLength(1);

  const timezones = root.getAllSubcomponents('vtimezone').map((tz) => String(tz.getFirstPropertyValue('tzid')));
  expect(new Set(timezones).size, 'one VTIMEZONE per TZID').toBe(timezones.length);

  const events = root.getAllSubcomponents('vevent').map((vevent): ParsedEvent => {
    for (const name of ['uid', 'dtstamp', 'dtstart']) {
      expect(vevent.getAllProperties(name), `${name} exactly once`).toHaveLength(1);
    }
    const dtstart = vevent.getFirstProperty('dtstart')!;
    const dtend = vevent.getFirstProperty('dtend')!;
    expect(dtend, 'DTEND present').toBeTruthy();
    const tzid = dtstart.getParameter('tzid') as string | undefined;
    if (tzid) {
      expect(timezones, `VTIMEZONE for ${tzid}`).toContain(tzid);
      expect(dtend.getParameter('tzid')).toBe(tzid);
    }
    const dtstamp = vevent.getFirstPropertyValue('dtstamp') as ICAL.Time;
    expect(dtstamp.zone?.tzid, 'DTSTAMP in UTC').toBe('UTC');

    const event = new ICAL.Event(vevent);
    const isDate = event.startDate.isDate;
    expect(event.endDate.isDate).toBe(isDate);
    if (tzid) expect(event.startDate.zone?.tzid, 'TZID resolved from our VTIMEZONE, not floating').toBe(tzid);
    const asDate = (t: ICAL.Time) => `${String(t.year).padStart(4, '0')}-${String(t.month).padStart(2, '0')}-${String(t.day).padStart(2, '0')}`;
    const parsed: ParsedEvent = {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      location: event.location ?? null,
      status: (vevent.getFirstPropertyValue('status') as string | null) ?? null,
      sequence: event.sequence,
      dtstamp: dtstamp.toString(),
      startMs: event.startDate.toUnixTime() * 1000,
      endMs: event.endDate.toUnixTime() * 1000,
      startDate: isDate ? asDate(event.startDate) : null,
      endDate: isDate ? asDate(event.endDate) : null,
      tzid: isDate ? null : (tzid ?? (event.startDate.zone?.tzid === 'UTC' ? 'Z' : 'floating')),
      url: (vevent.getFirstPropertyValue('url') as string | null) ?? null,
    };
    expect(parsed.tzid, 'no floating times').not.toBe('floating');
    expect(isDate ? parsed.endDate! > parsed.startDate! : parsed.endMs > parsed.startMs, 'DTEND after DTSTART').toBe(true);
    return parsed;
  });
  const uids = events.map((e) => e.uid);
  expect(new Set(uids).size, 'unique UIDs').toBe(uids.length);
  return { lines: physical.length, maxOctets, events, timezones };
}
