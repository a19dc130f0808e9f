import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reviseEvent } from '../events/event-revision.js';
import { HOSTILE_TEXT, MULTILINGUAL_TEXT, TEST_ZONES, allDay, makeEvent, timed } from '../events/test-events.js';
import { checkIcs } from './ics-assertions.js';
import { foldLine, escapeText } from './ics-text.js';
import { toICalendar } from './ics-writer.js';

const options = { uidDomain: 'liaison.example.org' };
const utc = (iso: string) => Date.parse(iso);

describe('content lines', () => {
  it('escapes backslash, semicolon, comma and line breaks, and drops other control characters', () => {
    expect(escapeText('a\\b;c,d\r\ne\nf\rg\u0000h\u0007i\tj:k')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng' + 'hi\tj:k');
  });

  it('folds at 75 octets without splitting a UTF-8 sequence', () => {
    const line = `SUMMARY:${MULTILINGUAL_TEXT.repeat(3)}`;
    const folded = foldLine(line);
    const physical = folded.split('\r\n');
    expect(physical.length).toBeGreaterThan(5);
    for (const part of physical) expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
    expect(physical.slice(1).every((part) => part.startsWith(' '))).toBe(true);
    // Unfolding gives back the line exactly.
    expect(folded.replace(/\r\n /g, '')).toBe(line);
  });

  it('keeps an ASCII line of exactly 75 octets on one line', () => {
    const line = `X:${'a'.repeat(73)}`;
    expect(foldLine(line)).toBe(line);
    expect(foldLine(`${line}b`).split('\r\n')).toEqual([line, ' b']);
  });
});

describe('toICalendar, checked by parsing with ical.js', () => {
  it('writes a valid calendar with the required properties', () => {
    const report = checkIcs(toICalendar([makeEvent('demo-one')], { ...options, calendarName: 'Forum calendar', refreshInterval: 'PT6H' }));
    expect(report.events).toHaveLength(1);
    const [event] = report.events;
    expect(event).toMatchObject({ uid: 'demo-one@liaison.example.org', sequence: 0, status: 'CONFIRMED', dtstamp: '2026-09-01T12:00:00Z' });
  });

  it('writes DTSTART/DTEND with TZID and a VTIMEZONE that gives back the exact instants', () => {
    const event = timed('demo-paris', '2026-10-14T07:30:00Z', '2026-10-14T15:30:00Z', 'Europe/Paris');
    const text = toICalendar([event], options);
    expect(text).toContain('DTSTART;TZID=Europe/Paris:20261014T093000\r\n');
    expect(text).toContain('DTEND;TZID=Europe/Paris:20261014T173000\r\n');
    const report = checkIcs(text);
    expect(report.timezones).toEqual(['Europe/Paris']);
    expect(report.events[0]).toMatchObject({ tzid: 'Europe/Paris', startMs: utc('2026-10-14T07:30:00Z'), endMs: utc('2026-10-14T15:30:00Z') });
  });

  it('writes an event in the repeated hour of a DST change in UTC, since its local time names two instants', () => {
    for (const [start, zone] of [['2026-10-25T00:30:00Z', 'Europe/Paris'], ['2026-10-25T01:30:00Z', 'Europe/Paris'], ['2026-04-04T13:30:00Z', 'Pacific/Auckland']] as const) {
      const text = toICalendar([timed('demo-repeated', start, '2026-10-26T00:00:00Z', zone)], options);
      expect(text).toContain(`DTSTART:${start.replace(/[-:]/g, '')}`);
      expect(checkIcs(text).events[0]).toMatchObject({ tzid: 'Z', startMs: utc(start) });
    }
  });

  it('writes UTC events with Z and no VTIMEZONE', () => {
    const report = checkIcs(toICalendar([timed('demo-utc', '2026-10-14T07:30:00Z', '2026-10-14T08:30:00Z', 'UTC')], options));
    expect(report.timezones).toEqual([]);
    expect(report.events[0]).toMatchObject({ tzid: 'Z', startMs: utc('2026-10-14T07:30:00Z') });
  });

  it('writes all-day events as DATE values with an exclusive DTEND', () => {
    const text = toICalendar([allDay('demo-days', '2016-11-03', '2016-11-04')], options);
    expect(text).toContain('DTSTART;VALUE=DATE:20161103\r\n');
    expect(text).toContain('DTEND;VALUE=DATE:20161105\r\n');
    expect(checkIcs(text).events[0]).toMatchObject({ startDate: '2016-11-03', endDate: '2016-11-05', tzid: null });
  });

  it('never shifts an all-day event, whatever the year, length or the process zone', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20_000 }), fc.integer({ min: 0, max: 20 }), (startDay, length) => {
        const start = new Date(utc('2000-01-01T00:00:00Z') + startDay * 86_400_000).toISOString().slice(0, 10);
        const end = new Date(utc(`${start}T00:00:00Z`) + length * 86_400_000).toISOString().slice(0, 10);
        const [parsed] = checkIcs(toICalendar([allDay('demo-prop', start, end)], options)).events;
        expect(parsed?.startDate).toBe(start);
        expect(parsed?.endDate).toBe(new Date(utc(`${end}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10));
      }),
      { numRuns: 200 },
    );
  });

  it('round-trips instants in every test zone, including the hours around DST changes', () => {
    const dstEdges = [
      '2026-03-29T00:59:59Z', '2026-03-29T01:00:00Z', '2026-10-25T00:30:00Z', '2026-10-25T01:00:00Z', // Paris
      '2026-03-08T09:59:59Z', '2026-03-08T10:00:00Z', '2026-11-01T08:30:00Z', '2026-11-01T09:00:00Z', // Los Angeles
      '2026-04-04T13:30:00Z', '2026-04-04T14:00:00Z', '2026-09-26T13:59:59Z', '2026-09-26T14:00:00Z', // Auckland
      '2026-04-05T02:30:00Z', '2026-09-06T04:00:00Z', // Santiago
    ].map(utc);
    const random = fc.sample(fc.integer({ min: utc('2010-01-01T00:00:00Z') / 60_000, max: utc('2035-01-01T00:00:00Z') / 60_000 }), { numRuns: 40, seed: 42 }).map((m) => m * 60_000);
    const events = TEST_ZONES.flatMap((zone) =>
      [...dstEdges, ...random].map((start, i) =>
        timed(`demo-${zone.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${i}`, new Date(start).toISOString(), new Date(start + (i % 5) * 3_600_000 + 1_800_000).toISOString(), zone),
      ),
    );
    const report = checkIcs(toICalendar(events, options));
    expect(report.events).toHaveLength(events.length);
    expect(report.timezones.sort()).toEqual(TEST_ZONES.filter((z) => z !== 'UTC').sort());
    events.forEach((event, i) => {
      const parsed = report.events[i]!;
      if (event.when.allDay) throw new Error('unexpected');
      expect(parsed.startMs, `${event.id} start`).toBe(Date.parse(event.when.start));
      expect(parsed.endMs, `${event.id} end`).toBe(Date.parse(event.when.end));
    });
  });

  it('writes yearly rules as RRULEs (what Outlook expects) and one VTIMEZONE per zone', () => {
    const events = [
      timed('demo-a', '2012-12-12T08:00:00Z', '2012-12-12T09:00:00Z', 'Europe/Paris'),
      timed('demo-b', '2027-06-01T08:00:00Z', '2027-06-01T09:00:00Z', 'Europe/Paris'),
    ];
    const text = toICalendar(events, options);
    expect(text.match(/BEGIN:VTIMEZONE/g)).toHaveLength(1);
    expect(text).toContain('RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU');
    expect(text).toContain('RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU');
    const report = checkIcs(text);
    expect(report.events.map((e) => e.startMs)).toEqual(events.map((e) => Date.parse((e.when as { start: string }).start)));
  });

  it('handles a zone whose rules changed inside the window (Los Angeles, 2006–2008)', () => {
    const events = [
      timed('demo-old-rule', '2006-04-01T18:00:00Z', '2006-04-01T19:00:00Z', 'America/Los_Angeles'), // PST: first Sunday of April rule
      timed('demo-new-rule', '2008-03-20T18:00:00Z', '2008-03-20T19:00:00Z', 'America/Los_Angeles'), // PDT under the 2007 rule
    ];
    const report = checkIcs(toICalendar(events, options));
    expect(report.events.map((e) => e.startMs)).toEqual([utc('2006-04-01T18:00:00Z'), utc('2008-03-20T18:00:00Z')]);
  });

  it('marks cancelled events STATUS:CANCELLED and says so in the title; postponed ones are tentative', () => {
    const report = checkIcs(
      toICalendar(
        [makeEvent('demo-c', { status: 'cancelled' }), makeEvent('demo-p', { status: 'postponed' }), makeEvent('demo-q', { status: 'planned' })],
        { ...options, language: 'fr' },
      ),
    );
    expect(report.events.map((e) => [e.status, e.summary])).toEqual([
      ['CANCELLED', 'Annulé: Événement de test demo-c'],
      ['TENTATIVE', 'Reporté: Événement de test demo-p'],
      ['TENTATIVE', 'Événement de test demo-q'],
    ]);
  });

  it('keeps the UID stable and bumps SEQUENCE when an event changes', () => {
    const before = makeEvent('demo-rev');
    const after = reviseEvent(before, { ...before, when: { ...before.when, start: '2026-10-14T08:00:00Z' } as typeof before.when }, new Date('2026-09-05T10:00:00Z'));
    const [a] = checkIcs(toICalendar([before], options)).events;
    const [b] = checkIcs(toICalendar([after], options)).events;
    expect(b!.uid).toBe(a!.uid);
    expect(b!.sequence).toBe(a!.sequence + 1);
    expect(b!.dtstamp).toBe('2026-09-05T10:00:00Z');
    // The same data gives the same bytes (stable ETags for subscribed clients).
    expect(toICalendar([after], options)).toBe(toICalendar([after], options));
  });

  it('escapes hostile text so it stays inside its property', () => {
    const event = makeEvent('demo-hostile', {
      title: { en: HOSTILE_TEXT, fr: HOSTILE_TEXT },
      description: { en: HOSTILE_TEXT },
      location: { mode: 'in-person', city: { en: HOSTILE_TEXT }, country: 'FR' },
    });
    const text = toICalendar([event], options);
    const report = checkIcs(text);
    expect(report.events).toHaveLength(1);
    expect(report.events[0]!.summary).toBe(HOSTILE_TEXT.replace(/\r\n/g, '\n'));
    expect(report.events[0]!.description).toContain(HOSTILE_TEXT.replace(/\r\n/g, '\n'));
    expect(report.events[0]!.location).toContain(HOSTILE_TEXT.replace(/\r\n/g, '\n'));
    // The injected BEGIN:VEVENT never starts a line of its own.
    expect(text.split('\r\n').filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(1);
  });

  it('round-trips multilingual and emoji summaries in every language', () => {
    for (const language of ['ar', 'en', 'es', 'fr', 'ru', 'zh'] as const) {
      const event = makeEvent(`demo-${language}`, { title: { en: MULTILINGUAL_TEXT, fr: MULTILINGUAL_TEXT, [language]: `${language}: ${MULTILINGUAL_TEXT}` } });
      const report = checkIcs(toICalendar([event], { ...options, language }));
      expect(report.events[0]!.summary).toBe(`${language}: ${MULTILINGUAL_TEXT}`);
      expect(report.maxOctets).toBeLessThanOrEqual(75);
    }
  });

  it('writes the location, URL and description of online, hybrid and in-person events', () => {
    const report = checkIcs(
      toICalendar(
        [
          makeEvent('demo-online', { location: { mode: 'online', url: 'https://meet.example.org/x?a=1,2;b' } }),
          makeEvent('demo-hybrid', {
            location: { mode: 'hybrid', venue: { en: 'Hall 1' }, city: { en: 'Dakar' }, country: 'SN', url: 'https://meet.example.org/y' },
            url: 'https://events.example.org/demo-hybrid',
          }),
        ],
        { ...options, countryName: (code) => ({ SN: 'Senegal' })[code] },
      ),
    );
    expect(report.events[0]!.location).toBe('Online: https://meet.example.org/x?a=1,2;b');
    expect(report.events[1]!.location).toBe('Hall 1, Dakar, Senegal, Online: https://meet.example.org/y');
    expect(report.events[1]!.url).toBe('https://events.example.org/demo-hybrid');
  });

  it('writes an empty calendar that is still valid', () => {
    expect(checkIcs(toICalendar([], options)).events).toEqual([]);
  });
});
