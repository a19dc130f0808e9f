import { addDays, isPlainDate, type PlainDate } from '../calendar/plain-date.js';
import { dateInZone, startOfDay } from '../calendar/time-zone.js';
import { membershipOn } from '../countries/membership.js';
import type { Country, UnescoRegion } from '../schemas/country.js';
import type { SectorCode } from '../schemas/sector.js';
import type { EventKind, EventStatus } from './event-constants.js';
import type { ForumEvent } from './forum-event.js';

/*
 * Matching events against the filters of GET /v1/events, without zod: the server, the msw
 * handlers and the widgets (static `events`) all filter with these functions.
 */

/** The filters of `GET /v1/events` and of the `.ics` feed. Empty lists mean "any". */
export interface EventFilter {
  /** `YYYY-MM-DD` (from the start of that day in `timeZone`) or an ISO 8601 instant. */
  from?: string | undefined;
  /** `YYYY-MM-DD` (to the end of that day in `timeZone`) or an ISO 8601 instant (exclusive). */
  to?: string | undefined;
  /** The zone that gives `from`/`to` dates their meaning (default UTC). */
  timeZone?: string | undefined;
  kinds?: readonly EventKind[] | undefined;
  sectors?: readonly SectorCode[] | undefined;
  /** Host country, a Member State taking part, or a National Commission organising. */
  countries?: readonly string[] | undefined;
  regions?: readonly UnescoRegion[] | undefined;
  statuses?: readonly EventStatus[] | undefined;
  /** Ids of the governing-body sessions the events are part of. */
  sessions?: readonly string[] | undefined;
}

/** The time window of a filter, as instants (for timed events) and dates (for all-day ones). */
export interface EventRange {
  fromMs?: number;
  /** Exclusive. */
  toMs?: number;
  fromDate?: PlainDate;
  /** Inclusive. */
  toDate?: PlainDate;
}

export function eventRange({ from, to, timeZone = 'UTC' }: EventFilter): EventRange {
  const range: EventRange = {};
  if (from) {
    if (isPlainDate(from)) {
      range.fromMs = startOfDay(from, timeZone);
      range.fromDate = from;
    } else {
      range.fromMs = Date.parse(from);
      range.fromDate = dateInZone(range.fromMs, timeZone);
    }
  }
  if (to) {
    if (isPlainDate(to)) {
      range.toMs = startOfDay(addDays(to, 1), timeZone);
      range.toDate = to;
    } else {
      range.toMs = Date.parse(to);
      range.toDate = dateInZone(range.toMs - 1, timeZone);
    }
  }
  return range;
}

/** Query string of a filter (the client's and the widget's side of parseEventQuery). */
export function eventFilterParams(filter: EventFilter): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.from) params.set('from', filter.from);
  if (filter.to) params.set('to', filter.to);
  if (filter.timeZone) params.set('timeZone', filter.timeZone);
  const lists: [string, readonly string[] | undefined][] = [
    ['kind', filter.kinds],
    ['sector', filter.sectors],
    ['country', filter.countries],
    ['region', filter.regions],
    ['status', filter.statuses],
    ['session', filter.sessions],
  ];
  for (const [name, values] of lists) for (const value of values ?? []) params.append(name, value);
  return params;
}

/**
 * Looks up a country's UNESCO region on a day (from core's reference data, or any other
 * source): none on a day the country is not a member.
 */
export type RegionOf = (country: string, day: PlainDate) => UnescoRegion | undefined;

export function regionIndex(countries: readonly Pick<Country, 'code' | 'region' | 'membership'>[]): RegionOf {
  const map = new Map(countries.map((country) => [country.code, country]));
  return (code, day) => {
    const country = map.get(code);
    return country && membershipOn(country, day) !== null ? country.region?.value : undefined;
  };
}

/** The day an event starts where it takes place: the day whose membership places its countries in regions. */
function eventFirstDay({ when }: Pick<ForumEvent, 'when'>): PlainDate {
  return when.allDay ? when.startDate : dateInZone(Date.parse(when.start), when.timeZone);
}

/** Countries an event concerns: where it takes place, Member States taking part, National Commissions organising. */
export function eventCountries(event: Pick<ForumEvent, 'location' | 'participants' | 'organizers'>): string[] {
  const codes = new Set<string>();
  if (event.location && event.location.mode !== 'online') codes.add(event.location.country);
  for (const participant of event.participants) codes.add(participant.country);
  for (const organizer of event.organizers) if (organizer.role === 'national-commission') codes.add(organizer.country);
  return [...codes];
}

/** The UNESCO regions of an event's countries, as they stood on the day it starts. */
export function eventRegions(event: Pick<ForumEvent, 'location' | 'participants' | 'organizers' | 'when'>, regionOf: RegionOf): UnescoRegion[] {
  const regions = new Set<UnescoRegion>();
  const day = eventFirstDay(event);
  for (const code of eventCountries(event)) {
    const region = regionOf(code, day);
    if (region) regions.add(region);
  }
  return [...regions];
}

/** Whether an event overlaps a range: instants for timed events, dates for all-day ones. */
export function overlapsRange({ when }: Pick<ForumEvent, 'when'>, range: EventRange): boolean {
  if (when.allDay) {
    return (range.fromDate === undefined || when.endDate >= range.fromDate) && (range.toDate === undefined || when.startDate <= range.toDate);
  }
  return (range.fromMs === undefined || Date.parse(when.end) > range.fromMs) && (range.toMs === undefined || Date.parse(when.start) < range.toMs);
}

const anyOf = <T>(wanted: readonly T[] | undefined, actual: readonly T[]) => !wanted?.length || actual.some((value) => wanted.includes(value));

/** The filter as a predicate, for in-memory lists (msw, static exports, the widget's own data). */
export function eventMatcher(filter: EventFilter, regionOf?: RegionOf): (event: ForumEvent) => boolean {
  const range = eventRange(filter);
  return (event) =>
    anyOf(filter.kinds, [event.kind]) &&
    anyOf(filter.statuses, [event.status]) &&
    (!filter.sessions?.length || (event.sessionId !== undefined && filter.sessions.includes(event.sessionId))) &&
    anyOf(filter.sectors, event.sectors) &&
    anyOf(filter.countries, eventCountries(event)) &&
    (!filter.regions?.length || (regionOf !== undefined && anyOf(filter.regions, eventRegions(event, regionOf)))) &&
    overlapsRange(event, range);
}
