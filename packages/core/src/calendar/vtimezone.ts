import { contentLine } from './ics-text.js';
import { formatOffset, offsetAt, zoneTransitions, type ZoneTransition } from './time-zone.js';

/**
 * VTIMEZONE components (RFC 5545 §3.6.5) built from the runtime's zone database, because
 * every TZID must come with its definition (Outlook shifts events otherwise:
 * ical-generator#680). Yearly rules become RRULEs like the ones calendar clients write;
 * irregular changes are listed one by one. Covers the years of the events plus one either side.
 */

const YEAR_MS = 365.25 * 86_400_000;

/** `YYYYMMDDTHHMMSS` of a UTC-based millisecond value (the caller adds the offset). */
function localStamp(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19).replace(/[-:]/g, '');
}

interface Onset {
  transition: ZoneTransition;
  /** Local time of the change, on the clock before it (TZOFFSETFROM), as a UTC-based date. */
  local: Date;
  year: number;
  /** Month, weekday, time of day and week-of-month: equal patterns make one RRULE. */
  pattern: string;
  byDay: string;
}

const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

function onsetOf(transition: ZoneTransition): Onset {
  const local = new Date(transition.at + transition.from);
  const day = local.getUTCDate();
  const daysInMonth = new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth() + 1, 0)).getUTCDate();
  const weekday = WEEKDAYS[local.getUTCDay()] as string;
  // "Last Sunday" is how most rules are written; otherwise the nth weekday of the month.
  const week = day + 7 > daysInMonth ? -1 : Math.ceil(day / 7);
  const time = local.toISOString().slice(11, 19);
  return {
    transition,
    local,
    year: local.getUTCFullYear(),
    pattern: `${local.getUTCMonth()}|${weekday}|${week}|${time}`,
    byDay: `${week}${weekday}`,
  };
}

/** Splits same-direction onsets into runs that follow one yearly rule in consecutive years. */
function yearlyRuns(onsets: Onset[]): Onset[][] {
  const runs: Onset[][] = [];
  for (const onset of onsets) {
    const run = runs.at(-1);
    const last = run?.at(-1);
    if (run && last && last.pattern === onset.pattern && onset.year === last.year + 1) run.push(onset);
    else runs.push([onset]);
  }
  return runs;
}

function observance(run: Onset[], openEnded: boolean): string[] {
  const first = run[0] as Onset;
  const { from, to } = first.transition;
  const name = to > from ? 'DAYLIGHT' : 'STANDARD';
  const lines = [
    `BEGIN:${name}`,
    contentLine('DTSTART', localStamp(first.local.getTime())),
    contentLine('TZOFFSETFROM', formatOffset(from)),
    contentLine('TZOFFSETTO', formatOffset(to)),
  ];
  if (run.length > 1) {
    const last = run.at(-1) as Onset;
    const until = openEnded ? '' : `;UNTIL=${localStamp(last.transition.at)}Z`;
    lines.push(contentLine('RRULE', `FREQ=YEARLY;BYMONTH=${first.local.getUTCMonth() + 1};BYDAY=${first.byDay}${until}`));
  }
  lines.push(`END:${name}`);
  return lines;
}

/**
 * The VTIMEZONE of `zone`, valid for every instant from `fromMs` to `toMs`. Returns the
 * content lines (already folded), from BEGIN:VTIMEZONE to END:VTIMEZONE.
 */
export function vtimezoneLines(zone: string, fromMs: number, toMs: number): string[] {
  const windowStart = Date.UTC(new Date(fromMs).getUTCFullYear() - 1, 0, 1);
  const windowEnd = Date.UTC(new Date(toMs).getUTCFullYear() + 2, 0, 1);
  const transitions = zoneTransitions(zone, windowStart, windowEnd);
  const lines = ['BEGIN:VTIMEZONE', contentLine('TZID', zone)];

  const firstAt = transitions[0]?.at ?? Infinity;
  if (firstAt > fromMs) {
    // No change before the first event: one observance with the offset then in force.
    const offset = offsetAt(windowStart, zone);
    lines.push(
      'BEGIN:STANDARD',
      contentLine('DTSTART', localStamp(windowStart + offset)),
      contentLine('TZOFFSETFROM', formatOffset(offset)),
      contentLine('TZOFFSETTO', formatOffset(offset)),
      'END:STANDARD',
    );
  }

  const byDirection = new Map<string, Onset[]>();
  for (const transition of transitions) {
    const key = `${transition.from}|${transition.to}`;
    byDirection.set(key, [...(byDirection.get(key) ?? []), onsetOf(transition)]);
  }
  // A rule still in force at the end of the window is left open, as clients expect.
  const lastYear = new Date(windowEnd - YEAR_MS / 2).getUTCFullYear();
  for (const onsets of byDirection.values()) {
    const runs = yearlyRuns(onsets);
    runs.forEach((run, i) => {
      const isLast = i === runs.length - 1;
      lines.push(...observance(run, isLast && (run.at(-1) as Onset).year >= lastYear));
    });
  }
  lines.push('END:VTIMEZONE');
  return lines;
}
