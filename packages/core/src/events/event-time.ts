import { addDays, type PlainDate } from '../calendar/plain-date.js';
import { dateInZone, startOfDay } from '../calendar/time-zone.js';
import type { ForumEvent } from './forum-event.js';

type Timed = Pick<ForumEvent, 'when'>;

/**
 * The instant an event starts, for ordering lists. An all-day event starts at midnight
 * where it takes place (UTC when its zone is unknown): ordering needs one answer, while
 * display always uses the dates themselves.
 */
export function eventStartMs({ when }: Timed): number {
  return when.allDay ? startOfDay(when.startDate, when.timeZone ?? 'UTC') : Date.parse(when.start);
}

/** The instant an event is over (exclusive), on the same basis as eventStartMs. */
export function eventEndMs({ when }: Timed): number {
  return when.allDay ? startOfDay(addDays(when.endDate, 1), when.timeZone ?? 'UTC') : Date.parse(when.end);
}

/**
 * List order: start instant (as a fixed-width ISO string, so it sorts as text in SQL too),
 * then id. The server stores this key and pages by it; in-memory lists use the same function.
 */
export function eventSortKey(event: Pick<ForumEvent, 'id' | 'when'>): [string, string] {
  return [new Date(eventStartMs(event)).toISOString(), event.id];
}

/**
 * The calendar days an event covers for a viewer in `zone`, first and last inclusive.
 * All-day events keep their dates in every zone (they are dates, not instants); a timed
 * event that ends exactly at midnight does not spill onto the next day.
 */
export function eventDays({ when }: Timed, zone: string): { first: PlainDate; last: PlainDate } {
  if (when.allDay) return { first: when.startDate, last: when.endDate };
  const start = Date.parse(when.start);
  const end = Math.max(start, Date.parse(when.end) - 1);
  return { first: dateInZone(start, zone), last: dateInZone(end, zone) };
}
