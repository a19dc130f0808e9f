import { dayNumber, fromDayNumber, plainDate, type PlainDate } from './plain-date.js';

/**
 * IANA time-zone arithmetic on top of Intl, which carries the zone database in every
 * browser and in Node. Nothing here reads the process's own zone (`TZ`), so results are
 * the same on every machine; the tests prove it by running under several `TZ` values.
 */

/** A local clock reading ("wall time") in some zone. Months are 1–12. */
export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

/** IANA names start with a capital letter ("Europe/Paris", "America/Port-au-Prince", "UTC"). */
const ZONE_NAME = /^[A-Z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+){0,2}$/;

const formatters = new Map<string, Intl.DateTimeFormat>();
const validity = new Map<string, boolean>();

function partsFormatter(zone: string): Intl.DateTimeFormat {
  let format = formatters.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      // h23: some engines print midnight as "24" with hour12: false.
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, format);
  }
  return format;
}

/**
 * True for an IANA zone name the runtime knows ("Europe/Paris", "Asia/Kolkata", "UTC").
 * Offsets ("+05:30") and lower-case spellings ("europe/paris", which Intl would accept)
 * are refused, so a stored name is always written the way the zone database writes it.
 */
export function isTimeZone(value: string): boolean {
  let known = validity.get(value);
  if (known === undefined) {
    known = ZONE_NAME.test(value);
    if (known) {
      try {
        partsFormatter(value);
      } catch {
        known = false;
      }
    }
    validity.set(value, known);
  }
  return known;
}

/** The wall time in `zone` straight from Intl (slow: tens of microseconds a call in browsers). */
function intlWallTime(epochMs: number, zone: string): WallTime {
  const wall: WallTime = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  for (const part of partsFormatter(zone).formatToParts(epochMs)) {
    if (part.type in wall) wall[part.type as keyof WallTime] = Number(part.value);
  }
  return wall;
}

function wallAsUtc(wall: WallTime): number {
  return Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
}

function intlOffset(epochMs: number, zone: string): number {
  const whole = Math.floor(epochMs / 1000) * 1000;
  return wallAsUtc(intlWallTime(whole, zone)) - whole;
}

/*
 * Offsets are cached per six-hour block: when a block starts and ends with the same offset,
 * every instant inside has it (zones never change offset twice within six hours), so one
 * Intl call pair serves every event of the block. A month of a busy calendar costs ~250
 * calls once instead of several per event and render.
 */
const BLOCK_MS = 6 * 3_600_000;
const MAX_CACHED_BLOCKS = 50_000;
const blockOffsets = new Map<string, Map<number, number | null>>();
let cachedBlocks = 0;

/** UTC offset of `zone` at an instant, in milliseconds (Paris in summer: 7,200,000). */
export function offsetAt(epochMs: number, zone: string): number {
  const block = Math.floor(epochMs / BLOCK_MS);
  let blocks = blockOffsets.get(zone);
  if (!blocks) blockOffsets.set(zone, (blocks = new Map()));
  let offset = blocks.get(block);
  if (offset === undefined) {
    if (cachedBlocks >= MAX_CACHED_BLOCKS) {
      blockOffsets.clear();
      cachedBlocks = 0;
      blockOffsets.set(zone, (blocks = new Map()));
    }
    const first = intlOffset(block * BLOCK_MS, zone);
    offset = first === intlOffset((block + 1) * BLOCK_MS - 1000, zone) ? first : null;
    blocks.set(block, offset);
    cachedBlocks++;
  }
  // A block with a change of offset inside it: ask Intl for this instant.
  return offset ?? intlOffset(epochMs, zone);
}

/** The wall time in `zone` at an instant (milliseconds since the epoch), to the second. */
export function wallTimeAt(epochMs: number, zone: string): WallTime {
  const whole = Math.floor(epochMs / 1000) * 1000;
  const local = new Date(whole + offsetAt(whole, zone));
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    second: local.getUTCSeconds(),
  };
}

function sameWall(a: WallTime, b: WallTime): boolean {
  return (
    a.year === b.year && a.month === b.month && a.day === b.day && a.hour === b.hour && a.minute === b.minute && a.second === b.second
  );
}

/**
 * The instant at which `zone`'s clocks read `wall`. Like Temporal's "compatible" rule: a
 * time that happens twice (clocks going back) gives the earlier instant; a time that never
 * happens (clocks going forward) is moved forward by the length of the gap.
 */
export function instantFromWallTime(wall: WallTime, zone: string): number {
  const local = wallAsUtc(wall);
  const before = offsetAt(local - DAY_MS, zone);
  const after = offsetAt(local + DAY_MS, zone);
  const candidates = [...new Set([local - before, local - after])]
    .filter((instant) => sameWall(wallTimeAt(instant, zone), wall))
    .sort((a, b) => a - b);
  return candidates[0] ?? local - before;
}

/** The calendar date in `zone` at an instant. */
export function dateInZone(epochMs: number, zone: string): PlainDate {
  const wall = wallTimeAt(epochMs, zone);
  return plainDate(wall.year, wall.month, wall.day);
}

/** The first instant of `date` in `zone` (not always 00:00: some zones skip midnight). */
export function startOfDay(date: PlainDate, zone: string): number {
  const [year, month, day] = fromDayNumber(dayNumber(date)).split('-').map(Number) as [number, number, number];
  return instantFromWallTime({ year, month, day, hour: 0, minute: 0, second: 0 }, zone);
}

/** A change of UTC offset: at `at`, the offset goes from `from` to `to` (milliseconds). */
export interface ZoneTransition {
  at: number;
  from: number;
  to: number;
}

/**
 * Offset changes of `zone` between two instants. Sampled weekly, then bisected to the
 * second: zones do not change offset twice within a week.
 */
export function zoneTransitions(zone: string, fromMs: number, toMs: number): ZoneTransition[] {
  const step = 7 * DAY_MS;
  const transitions: ZoneTransition[] = [];
  let lo = Math.floor(fromMs / 1000) * 1000;
  let loOffset = offsetAt(lo, zone);
  while (lo < toMs) {
    const hi = Math.min(lo + step, Math.ceil(toMs / 1000) * 1000);
    const hiOffset = offsetAt(hi, zone);
    if (hiOffset !== loOffset) {
      let a = lo;
      let b = hi;
      while (b - a > 1000) {
        const mid = Math.floor((a + b) / 2000) * 1000;
        if (offsetAt(mid, zone) === loOffset) a = mid;
        else b = mid;
      }
      transitions.push({ at: b, from: loOffset, to: offsetAt(b, zone) });
    }
    lo = hi;
    loOffset = hiOffset;
  }
  return transitions;
}

/**
 * A fast offset lookup for many instants in one window (a month on screen): the window's
 * transitions are found once, then each lookup is arithmetic instead of an Intl call.
 * Instants outside the window fall back to offsetAt.
 */
export function offsetLookup(zone: string, fromMs: number, toMs: number): (epochMs: number) => number {
  const transitions = zoneTransitions(zone, fromMs, toMs);
  const initial = offsetAt(fromMs, zone);
  return (epochMs) => {
    if (epochMs < fromMs || epochMs > toMs) return offsetAt(epochMs, zone);
    let offset = initial;
    for (const transition of transitions) {
      if (epochMs < transition.at) break;
      offset = transition.to;
    }
    return offset;
  };
}

/** `+0530`, `-0800`, `+0000` (with seconds only when the offset has them). */
export function formatOffset(offsetMs: number, separator = ''): string {
  const sign = offsetMs < 0 ? '-' : '+';
  const total = Math.abs(Math.round(offsetMs / 1000));
  const hours = String(Math.floor(total / 3600)).padStart(2, '0');
  const minutes = String(Math.floor((total % 3600) / 60)).padStart(2, '0');
  const seconds = total % 60 ? `${separator}${String(total % 60).padStart(2, '0')}` : '';
  return `${sign}${hours}${separator}${minutes}${seconds}`;
}

/** ISO 8601 with the zone's offset: `2026-10-14T09:30:00+02:00` (what schema.org wants). */
export function isoWithOffset(epochMs: number, zone: string): string {
  const offset = offsetAt(epochMs, zone);
  const local = new Date(Math.floor(epochMs / 1000) * 1000 + offset).toISOString().slice(0, 19);
  return `${local}${formatOffset(offset, ':')}`;
}

export { HOUR_MS, DAY_MS };
