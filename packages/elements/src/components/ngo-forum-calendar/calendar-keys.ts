import { addDays, daysInMonth, isoWeekday, plainDate, yearMonth, type PlainDate } from '@ngo-liaison/core';

/** The same day `months` months away, clamped to the length of that month (31 Jan + 1 → 28/29 Feb). */
export function shiftMonths(date: PlainDate, months: number): PlainDate {
  const { year, month } = yearMonth(date);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return plainDate(y, m, Math.min(Number(date.slice(8, 10)), daysInMonth(y, m)));
}

export interface KeyContext {
  rtl: boolean;
  /** ISO weekday the week starts on. */
  weekStart: number;
  ctrlKey: boolean;
  shiftKey: boolean;
}

/**
 * The day a key moves to in the month grid (WAI-ARIA APG grid and date-picker patterns):
 * arrows by day and week (mirrored right to left), Home/End to the ends of the week
 * (with Ctrl, of the month), PageUp/PageDown by month (with Shift, by year).
 * Undefined for keys the grid does not handle.
 */
export function keyTarget(key: string, date: PlainDate, ctx: KeyContext): PlainDate | undefined {
  const column = (isoWeekday(date) - ctx.weekStart + 7) % 7;
  switch (key) {
    case 'ArrowRight':
      return addDays(date, ctx.rtl ? -1 : 1);
    case 'ArrowLeft':
      return addDays(date, ctx.rtl ? 1 : -1);
    case 'ArrowDown':
      return addDays(date, 7);
    case 'ArrowUp':
      return addDays(date, -7);
    case 'Home':
      return ctx.ctrlKey ? `${date.slice(0, 8)}01` : addDays(date, -column);
    case 'End': {
      if (!ctx.ctrlKey) return addDays(date, 6 - column);
      const { year, month } = yearMonth(date);
      return plainDate(year, month, daysInMonth(year, month));
    }
    case 'PageUp':
      return shiftMonths(date, ctx.shiftKey ? -12 : -1);
    case 'PageDown':
      return shiftMonths(date, ctx.shiftKey ? 12 : 1);
    default:
      return undefined;
  }
}
