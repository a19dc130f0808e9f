import type { ForumEvent } from '../events/forum-event.js';
import { addDays, addMonths, dayNumber, fromDayNumber, isoWeekday, type PlainDate } from './plain-date.js';
import { offsetLookup, startOfDay } from './time-zone.js';

/**
 * Layout of a month view, as data: which days are shown, and which events sit on each day
 * in which lane, so a multi-day event keeps one row across the days of a week. Pure and
 * zone-explicit, so it is tested under many `TZ` values; the widget only draws it.
 */

type Schedulable = Pick<ForumEvent, 'id' | 'when'>;

export interface DayEntry<E extends Schedulable> {
  event: E;
  /** Row within the week; the same for every day of one event in one week. */
  lane: number;
  /** The event's first day is this day (else it continues from an earlier day). */
  starts: boolean;
  /** The event's last day is this day (else it continues on a later day). */
  ends: boolean;
}

export interface GridDay<E extends Schedulable> {
  date: PlainDate;
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  weekday: number;
  inMonth: boolean;
  /** Entries by lane; a gap (undefined) keeps later lanes aligned with the neighbouring days. */
  lanes: (DayEntry<E> | undefined)[];
  /** Every event on the day, lanes order (no gaps). */
  entries: DayEntry<E>[];
}

export interface MonthGrid<E extends Schedulable> {
  /** First day of the month shown. */
  month: PlainDate;
  /** First and last day on screen (whole weeks). */
  first: PlainDate;
  last: PlainDate;
  weeks: GridDay<E>[][];
}

export interface MonthGridOptions {
  /** Any day of the month to show. */
  month: PlainDate;
  /** ISO weekday the week starts on (1 = Monday, 6 = Saturday, 7 = Sunday), from the locale. */
  weekStart: number;
  /** The viewer's zone: timed events fall on the days they cover there. */
  timeZone: string;
}

const DAY_MS = 86_400_000;

const compare = <T extends number | string>(a: T, b: T) => (a === b ? 0 : a < b ? -1 : 1);

/** First and last day of the whole weeks that contain `month`. */
export function monthRange(month: PlainDate, weekStart: number): { month: PlainDate; first: PlainDate; last: PlainDate } {
  const firstOfMonth = addMonths(month, 0);
  const lastOfMonth = addDays(addMonths(month, 1), -1);
  const lead = (isoWeekday(firstOfMonth) - weekStart + 7) % 7;
  const trail = (weekStart + 6 - isoWeekday(lastOfMonth) + 7) % 7;
  return { month: firstOfMonth, first: addDays(firstOfMonth, -lead), last: addDays(lastOfMonth, trail) };
}

/**
 * Day numbers (days since 1970-01-01) an event covers in a zone, first and last inclusive;
 * `offsetOf` gives the zone's offset at an instant. All-day events keep their own dates.
 */
export function eventDayNumbers(event: Schedulable, offsetOf: (ms: number) => number): [number, number, number] {
  const { when } = event;
  // All-day events sort before the timed events of their first day (-Infinity start).
  if (when.allDay) return [dayNumber(when.startDate), dayNumber(when.endDate), -Infinity];
  const start = Date.parse(when.start);
  const end = Math.max(start, Date.parse(when.end) - 1);
  return [Math.floor((start + offsetOf(start)) / DAY_MS), Math.floor((end + offsetOf(end)) / DAY_MS), start];
}

export function monthGrid<E extends Schedulable>(events: readonly E[], options: MonthGridOptions): MonthGrid<E> {
  const { month, first, last } = monthRange(options.month, options.weekStart);
  const firstDay = dayNumber(first);
  const lastDay = dayNumber(last);
  const monthIndex = month.slice(0, 7);
  // Offsets for a window a little wider than the screen: events starting before it still place correctly.
  const offsetOf = offsetLookup(options.timeZone, startOfDay(first, options.timeZone) - 2 * DAY_MS, startOfDay(last, options.timeZone) + 3 * DAY_MS);

  const placed = events
    .map((event) => {
      const [from, to, startMs] = eventDayNumbers(event, offsetOf);
      return { event, from, to, startMs };
    })
    .filter((p) => p.to >= firstDay && p.from <= lastDay)
    // Earlier first, then longer (so multi-day bars take the top lanes), then by start and id.
    .sort(
      (a, b) =>
        a.from - b.from || b.to - b.from - (a.to - a.from) || compare(a.startMs, b.startMs) || compare(a.event.id, b.event.id),
    );

  const weeks: GridDay<E>[][] = [];
  for (let weekStartDay = firstDay; weekStartDay <= lastDay; weekStartDay += 7) {
    const week: GridDay<E>[] = Array.from({ length: 7 }, (_, i) => {
      const date = fromDayNumber(weekStartDay + i);
      return { date, weekday: isoWeekday(date), inMonth: date.startsWith(monthIndex), lanes: [], entries: [] };
    });
    const laneEnds: number[] = [];
    for (const p of placed) {
      if (p.to < weekStartDay || p.from > weekStartDay + 6) continue;
      const startCol = Math.max(0, p.from - weekStartDay);
      const endCol = Math.min(6, p.to - weekStartDay);
      let lane = laneEnds.findIndex((end) => end < startCol);
      if (lane < 0) lane = laneEnds.length;
      laneEnds[lane] = endCol;
      for (let col = startCol; col <= endCol; col++) {
        const day = week[col] as GridDay<E>;
        const entry = { event: p.event, lane, starts: weekStartDay + col === p.from, ends: weekStartDay + col === p.to };
        day.lanes[lane] = entry;
      }
    }
    for (const day of week) {
      // Fill holes so `lanes` is a dense array of the same length on every day of the week.
      for (let lane = 0; lane < laneEnds.length; lane++) day.lanes[lane] ??= undefined;
      day.entries = day.lanes.filter((entry): entry is DayEntry<E> => entry !== undefined);
    }
    weeks.push(week);
  }
  return { month, first, last, weeks };
}

export interface AgendaDay<E extends Schedulable> {
  date: PlainDate;
  /** Events starting that day; `continued` when it began before the range shown. */
  entries: { event: E; continued: boolean; firstDay: PlainDate; lastDay: PlainDate }[];
}

/**
 * The agenda (list) view of a range: days that have events, each event listed once under
 * its first day in the range, in start order.
 */
export function agendaDays<E extends Schedulable>(
  events: readonly E[],
  range: { first: PlainDate; last: PlainDate },
  timeZone: string,
): AgendaDay<E>[] {
  const firstDay = dayNumber(range.first);
  const lastDay = dayNumber(range.last);
  const offsetOf = offsetLookup(timeZone, startOfDay(range.first, timeZone) - 2 * DAY_MS, startOfDay(range.last, timeZone) + 3 * DAY_MS);
  const byDay = new Map<number, AgendaDay<E>['entries']>();
  const placed = events
    .map((event) => {
      const [from, to, startMs] = eventDayNumbers(event, offsetOf);
      return { event, from, to, startMs };
    })
    .filter((p) => p.to >= firstDay && p.from <= lastDay)
    .sort((a, b) => Math.max(a.from, firstDay) - Math.max(b.from, firstDay) || compare(a.startMs, b.startMs) || compare(a.event.id, b.event.id));
  for (const p of placed) {
    const day = Math.max(p.from, firstDay);
    const list = byDay.get(day) ?? [];
    list.push({ event: p.event, continued: p.from < firstDay, firstDay: fromDayNumber(p.from), lastDay: fromDayNumber(p.to) });
    byDay.set(day, list);
  }
  return [...byDay.entries()].sort(([a], [b]) => a - b).map(([day, entries]) => ({ date: fromDayNumber(day), entries }));
}
