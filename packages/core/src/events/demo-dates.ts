import { addMonths, daysInMonth, plainDate, yearMonth, type PlainDate } from '../calendar/plain-date.js';
import { instantFromWallTime } from '../calendar/time-zone.js';

/*
 * Dates of the fictional demo data (events and the sessions they sit in), placed relative to
 * the month of a `now` passed in: a demo always has upcoming events, tests stay deterministic,
 * and a day past the end of a short month is clamped to its last day.
 */

/** The first day of the month of `now` (UTC): the anchor every demo date is relative to. */
export function demoAnchor(now: Date): PlainDate {
  return addMonths(now.toISOString().slice(0, 10), 0);
}

/** `day` of the month `monthOffset` months from `anchor`. */
export function demoDate(anchor: PlainDate, monthOffset: number, day: number): PlainDate {
  const { year, month } = yearMonth(addMonths(anchor, monthOffset));
  return plainDate(year, month, Math.min(day, daysInMonth(year, month)));
}

/** Wall time in `zone` on `day` of the month `monthOffset` months from `anchor`, as a UTC instant. */
export function demoInstant(anchor: PlainDate, monthOffset: number, day: number, hour: number, minute: number, zone: string): string {
  const { year, month } = yearMonth(addMonths(anchor, monthOffset));
  const clampedDay = Math.min(day, daysInMonth(year, month));
  const ms = instantFromWallTime({ year, month, day: clampedDay, hour, minute, second: 0 }, zone);
  return new Date(ms).toISOString().replace('.000Z', 'Z');
}
