/**
 * Calendar dates ("2016-11-03") as plain strings, with arithmetic done on day numbers.
 *
 * All-day events are dates, not instants: `new Date('2016-11-03')` is midnight UTC, which
 * is the 2nd west of Greenwich — the most reported calendar-widget bug. Nothing here reads
 * the process's time zone; every conversion goes through Date.UTC.
 */

/** `YYYY-MM-DD` (ISO 8601 calendar date). */
export type PlainDate = string;

const DAY_MS = 86_400_000;
const PLAIN_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isPlainDate(value: string): boolean {
  const match = PLAIN_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** Days since 1970-01-01. */
export function dayNumber(date: PlainDate): number {
  const match = PLAIN_DATE.exec(date);
  if (!match) throw new RangeError(`not a YYYY-MM-DD date: "${date}"`);
  return Math.round(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / DAY_MS);
}

export function fromDayNumber(days: number): PlainDate {
  return new Date(days * DAY_MS).toISOString().slice(0, 10);
}

export function plainDate(year: number, month: number, day: number): PlainDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function addDays(date: PlainDate, days: number): PlainDate {
  return fromDayNumber(dayNumber(date) + days);
}

/** Whole days from `a` to `b` (negative when b is earlier). */
export function daysBetween(a: PlainDate, b: PlainDate): number {
  return dayNumber(b) - dayNumber(a);
}

/** ISO weekday: 1 = Monday … 7 = Sunday (the numbering of Intl.Locale#weekInfo). */
export function isoWeekday(date: PlainDate): number {
  // 1970-01-01 was a Thursday (4).
  return ((((dayNumber(date) + 3) % 7) + 7) % 7) + 1;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Year and month (1–12) of a date. */
export function yearMonth(date: PlainDate): { year: number; month: number } {
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)) };
}

/** The first day of the month `months` after (or before) the month of `date`. */
export function addMonths(date: PlainDate, months: number): PlainDate {
  const { year, month } = yearMonth(date);
  const index = year * 12 + (month - 1) + months;
  return plainDate(Math.floor(index / 12), (index % 12) + 1, 1);
}

/** `YYYYMMDD`, the iCalendar DATE form. */
export function compactDate(date: PlainDate): string {
  return date.replace(/-/g, '');
}
