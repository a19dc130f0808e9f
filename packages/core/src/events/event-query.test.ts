import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors/validation-error.js';
import { COUNTRIES } from '../reference/countries.js';
import { eventFilterParams, eventMatcher, eventRange, regionIndex } from './event-match.js';
import { parseEventFeedQuery, parseEventQuery } from './event-query.js';
import { allDay, makeEvent, timed } from './test-events.js';

const query = (qs: string) => parseEventQuery(new URLSearchParams(qs));
function problems(qs: string, parse: (params: URLSearchParams) => unknown = parseEventQuery) {
  try {
    parse(new URLSearchParams(qs));
  } catch (error) {
    if (error instanceof ValidationError) return error.issues;
    throw error;
  }
  return [];
}

describe('parseEventQuery', () => {
  it('reads every filter, repeated values included', () => {
    expect(query('from=2026-12-01&to=2026-12-31&timeZone=Asia/Kolkata&kind=icngo&kind=ngo-forum&sector=ED&country=FR&region=africa&status=confirmed&session=ngp-212&session=gc-41&limit=5')).toEqual({
      from: '2026-12-01',
      to: '2026-12-31',
      timeZone: 'Asia/Kolkata',
      kinds: ['icngo', 'ngo-forum'],
      sectors: ['ED'],
      countries: ['FR'],
      regions: ['africa'],
      statuses: ['confirmed'],
      sessions: ['ngp-212', 'gc-41'],
      limit: 5,
      cursor: undefined,
    });
  });

  it('refuses a session id that is not a slug, naming session', () => {
    expect(() => query('session=NGP 212')).toThrow(/session: unknown value "NGP 212"/);
  });

  it('refuses from after to, naming from', () => {
    expect(problems('from=2026-12-31&to=2026-12-01')).toEqual([{ path: 'from', message: 'must not be after to (2026-12-01)' }]);
    expect(problems('from=2026-12-01T10:00:00Z&to=2026-12-01T09:00:00Z').map((p) => p.path)).toEqual(['from']);
    // The same date is one whole day: fine.
    expect(problems('from=2026-12-01&to=2026-12-01')).toEqual([]);
  });

  it('refuses unknown time zones, bad dates, unknown values and parameters, all at once', () => {
    expect(problems('timeZone=Mars/Olympus&from=tomorrow&kind=party&sector=XX&country=fra&region=moon&status=maybe&colour=red&limit=0')).toEqual([
      { path: 'colour', message: expect.stringContaining('unknown query parameter') },
      { path: 'limit', message: 'must be an integer from 1 to 100' },
      { path: 'kind', message: expect.stringContaining('unknown value "party"') },
      { path: 'sector', message: expect.stringContaining('unknown value "XX"') },
      { path: 'country', message: expect.stringContaining('unknown value "fra"') },
      { path: 'region', message: expect.stringContaining('unknown value "moon"') },
      { path: 'status', message: expect.stringContaining('unknown value "maybe"') },
      { path: 'timeZone', message: 'unknown time zone "Mars/Olympus"; use an IANA name such as "Europe/Paris"' },
      { path: 'from', message: expect.stringContaining('must be a date') },
    ]);
    expect(problems('from=2026-12-01&from=2026-12-02').map((p) => p.path)).toEqual(['from']);
  });

  it('reads the feed query: filters plus lang, no paging', () => {
    expect(parseEventFeedQuery(new URLSearchParams('lang=fr&kind=icngo'))).toMatchObject({ lang: 'fr', kinds: ['icngo'] });
    expect(parseEventFeedQuery(new URLSearchParams('')).lang).toBe('en');
    expect(problems('lang=de&limit=5', parseEventFeedQuery).map((p) => p.path)).toEqual(['limit', 'lang']);
  });

  it('round-trips through eventFilterParams', () => {
    const filter = query('from=2026-12-01&to=2026-12-31&timeZone=Asia/Kolkata&kind=icngo&kind=ngo-forum&region=africa');
    expect(query(eventFilterParams(filter).toString())).toEqual(filter);
  });
});

describe('eventRange and matching', () => {
  it('reads dates in the query zone and instants as they are', () => {
    expect(eventRange({ from: '2026-12-01', to: '2026-12-31', timeZone: 'Asia/Kolkata' })).toEqual({
      fromMs: Date.parse('2026-11-30T18:30:00Z'),
      fromDate: '2026-12-01',
      toMs: Date.parse('2026-12-31T18:30:00Z'),
      toDate: '2026-12-31',
    });
    expect(eventRange({ from: '2026-12-01T00:00:00+05:30', to: '2026-12-02T00:00:00Z' })).toEqual({
      fromMs: Date.parse('2026-11-30T18:30:00Z'),
      fromDate: '2026-11-30',
      toMs: Date.parse('2026-12-02T00:00:00Z'),
      toDate: '2026-12-01',
    });
  });

  it('matches timed events by instants in the query zone, all-day events by their dates', () => {
    // 20:00 UTC on 30 November is already 1 December in Kolkata.
    const evening = timed('demo-evening', '2026-11-30T20:00:00Z', '2026-11-30T21:00:00Z', 'UTC');
    const lastDay = allDay('demo-last-day', '2026-11-30', '2026-11-30');
    const december = { from: '2026-12-01', to: '2026-12-31' };
    expect(eventMatcher({ ...december, timeZone: 'Asia/Kolkata' })(evening)).toBe(true);
    expect(eventMatcher({ ...december, timeZone: 'UTC' })(evening)).toBe(false);
    expect(eventMatcher({ ...december, timeZone: 'Asia/Kolkata' })(lastDay)).toBe(false);
    expect(eventMatcher({ ...december, timeZone: 'Pacific/Kiritimati' })(lastDay)).toBe(false);
    expect(eventMatcher({ from: '2026-11-30', to: '2026-11-30', timeZone: 'America/Los_Angeles' })(lastDay)).toBe(true);
  });

  it('filters by kind, status, sector, country (host, participant, National Commission) and region', () => {
    const regionOf = regionIndex(COUNTRIES);
    const event = makeEvent('demo-x', {
      kind: 'ngo-hearing',
      sectors: ['SC', 'ED'],
      location: { mode: 'in-person', country: 'SN' },
      participants: [{ country: 'FR', roles: ['observer'] }],
      organizers: [{ role: 'national-commission', country: 'JO' }],
    });
    const matches = (qs: string) => eventMatcher(query(qs), regionOf)(event);
    expect(matches('kind=ngo-hearing&kind=icngo')).toBe(true);
    expect(matches('kind=icngo')).toBe(false);
    expect(matches('status=cancelled')).toBe(false);
    expect(matches('sector=ED')).toBe(true);
    expect(matches('sector=CI')).toBe(false);
    for (const country of ['SN', 'FR', 'JO']) expect(matches(`country=${country}`), country).toBe(true);
    expect(matches('country=BR')).toBe(false);
    expect(matches('region=africa')).toBe(true);
    expect(matches('region=arab-states')).toBe(true);
    expect(matches('region=asia-pacific')).toBe(false);
    // Online events concern no country unless Member States take part.
    expect(eventMatcher(query('region=africa'), regionOf)(makeEvent('demo-online', { location: { mode: 'online' } }))).toBe(false);
  });

  it("places an event's countries in regions as membership stood on the day it starts", () => {
    const regionOf = regionIndex(COUNTRIES);
    const inWashington = (start: string, end: string) =>
      makeEvent('demo-us', { when: { allDay: false, start, end, timeZone: 'America/New_York' }, location: { mode: 'in-person', country: 'US' } });
    const matches = (event: ReturnType<typeof inWashington>) => eventMatcher(query('region=europe-north-america'), regionOf)(event);
    // 31 December 2026, 19:00 in New York is already 1 January in UTC: the local day counts.
    expect(matches(inWashington('2027-01-01T00:00:00Z', '2027-01-01T02:00:00Z'))).toBe(true);
    expect(matches(inWashington('2027-01-01T15:00:00Z', '2027-01-01T17:00:00Z'))).toBe(false);
    expect(regionOf('US', '2026-12-31')).toBe('europe-north-america');
    expect(regionOf('US', '2027-01-01')).toBeUndefined();
    expect(regionOf('FR', '2027-01-01')).toBe('europe-north-america');
  });
});
