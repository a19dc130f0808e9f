import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TEST_ZONES } from '../events/test-events.js';
import {
  dateInZone,
  formatOffset,
  instantFromWallTime,
  isTimeZone,
  isoWithOffset,
  offsetAt,
  offsetLookup,
  startOfDay,
  wallTimeAt,
  zoneTransitions,
} from './time-zone.js';

const H = 3_600_000;
const utc = (iso: string) => Date.parse(iso);

describe('the process time zone (set by the TZ matrix)', () => {
  it('is the one TZ asks for, so the other tests really run in it', () => {
    const wanted = process.env.TZ;
    if (!wanted) return;
    const actual = Intl.DateTimeFormat().resolvedOptions().timeZone;
    // Node 20's ICU reports Asia/Kolkata by its older name.
    const aliases: Record<string, string[]> = { 'Asia/Kolkata': ['Asia/Calcutta'], UTC: ['Etc/UTC', 'Etc/GMT'] };
    expect([wanted, ...(aliases[wanted] ?? [])]).toContain(actual);
  });
});

describe('isTimeZone', () => {
  it('accepts IANA names, including aliases and UTC', () => {
    for (const zone of ['Europe/Paris', 'Asia/Kolkata', 'Asia/Calcutta', 'UTC', 'America/Argentina/Buenos_Aires', 'America/Port-au-Prince']) {
      expect(isTimeZone(zone), zone).toBe(true);
    }
  });

  it('refuses offsets, lower-case spellings, unknown names and junk', () => {
    for (const zone of ['+05:30', 'europe/paris', 'Mars/Olympus_Mons', '', 'Europe/Paris\nX', 'Europe/Paris;X=1', '../etc/passwd']) {
      expect(isTimeZone(zone), JSON.stringify(zone)).toBe(false);
    }
  });
});

describe('offsets and wall times', () => {
  it('reads wall times in a zone whatever the process zone is', () => {
    expect(wallTimeAt(utc('2026-10-14T07:30:00Z'), 'Europe/Paris')).toEqual({ year: 2026, month: 10, day: 14, hour: 9, minute: 30, second: 0 });
    expect(wallTimeAt(utc('2026-10-14T07:30:00Z'), 'Asia/Kolkata')).toMatchObject({ day: 14, hour: 13, minute: 0 });
    expect(wallTimeAt(utc('2026-10-14T07:30:00Z'), 'Pacific/Auckland')).toMatchObject({ day: 14, hour: 20, minute: 30 });
    expect(wallTimeAt(utc('2026-10-14T07:30:00Z'), 'America/Los_Angeles')).toMatchObject({ day: 14, hour: 0, minute: 30 });
    expect(wallTimeAt(utc('2026-10-14T06:59:59Z'), 'America/Los_Angeles')).toMatchObject({ day: 13, hour: 23, minute: 59, second: 59 });
  });

  it('knows odd offsets', () => {
    expect(offsetAt(utc('2026-01-01T00:00:00Z'), 'Asia/Kolkata')).toBe(5.5 * H);
    expect(offsetAt(utc('2026-01-01T00:00:00Z'), 'Asia/Kathmandu')).toBe(5.75 * H);
    expect(offsetAt(utc('2026-01-01T00:00:00Z'), 'America/St_Johns')).toBe(-3.5 * H);
    expect(offsetAt(utc('2026-01-01T00:00:00Z'), 'Pacific/Kiritimati')).toBe(14 * H);
    expect(formatOffset(5.75 * H)).toBe('+0545');
    expect(formatOffset(-3.5 * H, ':')).toBe('-03:30');
    expect(isoWithOffset(utc('2026-10-14T07:30:00Z'), 'Asia/Kolkata')).toBe('2026-10-14T13:00:00+05:30');
    expect(isoWithOffset(utc('2026-10-14T07:30:00Z'), 'UTC')).toBe('2026-10-14T07:30:00+00:00');
  });
});

describe('DST changes in both hemispheres (2026)', () => {
  const cases = [
    // zone, spring forward (UTC), fall back (UTC), offsets in hours
    ['Europe/Paris', '2026-03-29T01:00:00Z', '2026-10-25T01:00:00Z', 1, 2],
    ['America/Los_Angeles', '2026-03-08T10:00:00Z', '2026-11-01T09:00:00Z', -8, -7],
    ['Pacific/Auckland', '2026-09-26T14:00:00Z', '2026-04-04T14:00:00Z', 12, 13],
    ['Australia/Sydney', '2026-10-03T16:00:00Z', '2026-04-04T16:00:00Z', 10, 11],
    ['America/Santiago', '2026-09-06T04:00:00Z', '2026-04-05T03:00:00Z', -4, -3],
  ] as const;

  it.each(cases)('%s changes offset exactly when the zone database says', (zone, forward, back, standard, summer) => {
    const transitions = zoneTransitions(zone, utc('2026-01-01T00:00:00Z'), utc('2027-01-01T00:00:00Z'));
    expect(transitions).toHaveLength(2);
    expect(transitions).toContainEqual({ at: utc(forward), from: standard * H, to: summer * H });
    expect(transitions).toContainEqual({ at: utc(back), from: summer * H, to: standard * H });
  });

  it('finds no transitions in zones without DST', () => {
    for (const zone of ['Asia/Kolkata', 'UTC', 'Asia/Kathmandu', 'Africa/Dakar']) {
      expect(zoneTransitions(zone, utc('2020-01-01T00:00:00Z'), utc('2030-01-01T00:00:00Z')), zone).toEqual([]);
    }
  });

  it('resolves a wall time that happens twice to the earlier instant (Temporal "compatible")', () => {
    // 02:30 happens twice in Paris on 25 October 2026.
    expect(instantFromWallTime({ year: 2026, month: 10, day: 25, hour: 2, minute: 30, second: 0 }, 'Europe/Paris')).toBe(utc('2026-10-25T00:30:00Z'));
    // 02:30 happens twice in Auckland on 5 April 2026.
    expect(instantFromWallTime({ year: 2026, month: 4, day: 5, hour: 2, minute: 30, second: 0 }, 'Pacific/Auckland')).toBe(utc('2026-04-04T13:30:00Z'));
  });

  it('moves a wall time that never happens forward by the gap', () => {
    // 02:30 does not exist in Paris on 29 March 2026: it becomes 03:30 CEST.
    expect(instantFromWallTime({ year: 2026, month: 3, day: 29, hour: 2, minute: 30, second: 0 }, 'Europe/Paris')).toBe(utc('2026-03-29T01:30:00Z'));
    // 02:30 does not exist in Auckland on 27 September 2026.
    expect(instantFromWallTime({ year: 2026, month: 9, day: 27, hour: 2, minute: 30, second: 0 }, 'Pacific/Auckland')).toBe(utc('2026-09-26T14:30:00Z'));
  });

  it('starts a day at the first instant that exists (Santiago skips midnight in September)', () => {
    expect(startOfDay('2026-09-06', 'America/Santiago')).toBe(utc('2026-09-06T04:00:00Z'));
    expect(wallTimeAt(startOfDay('2026-09-06', 'America/Santiago'), 'America/Santiago')).toMatchObject({ day: 6, hour: 1 });
    expect(startOfDay('2026-03-29', 'Europe/Paris')).toBe(utc('2026-03-28T23:00:00Z'));
    expect(startOfDay('2026-03-30', 'Europe/Paris')).toBe(utc('2026-03-29T22:00:00Z'));
  });
});

describe('round trips (property-based, 2000–2040, every test zone)', () => {
  const instant = fc.integer({ min: utc('2000-01-01T00:00:00Z') / 1000, max: utc('2040-01-01T00:00:00Z') / 1000 }).map((s) => s * 1000);
  const zone = fc.constantFrom(...TEST_ZONES);

  it('wall time → instant → wall time is the identity, and instant → wall → instant too unless the hour repeats', () => {
    fc.assert(
      fc.property(instant, zone, (ms, z) => {
        const wall = wallTimeAt(ms, z);
        const back = instantFromWallTime(wall, z);
        expect(wallTimeAt(back, z)).toEqual(wall);
        // Only the repeated hour after clocks go back may map to the earlier instant.
        expect(back === ms || back === ms - H || back === ms - 0.5 * H).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('the cached offsets agree with Intl itself at every instant, DST changes included', () => {
    const oracle = (ms: number, zone: string) => {
      const parts: Record<string, number> = Object.fromEntries(
        new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' })
          .formatToParts(ms)
          .map((p) => [p.type, Number(p.value)]),
      );
      const part = (name: string) => parts[name] ?? Number.NaN;
      return Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second')) - ms;
    };
    const edges = [utc('2026-03-29T01:00:00Z'), utc('2026-10-25T01:00:00Z'), utc('2026-04-04T14:00:00Z'), utc('2026-09-26T14:00:00Z'), utc('2026-03-08T10:00:00Z')];
    const nearEdges = fc.constantFrom(...edges).chain((edge) => fc.integer({ min: -7200, max: 7200 }).map((s) => edge + s * 1000));
    fc.assert(
      fc.property(fc.oneof(instant, nearEdges), zone, (ms, z) => {
        expect(offsetAt(ms, z)).toBe(oracle(ms, z));
      }),
      { numRuns: 3000 },
    );
  });

  it('dateInZone agrees with the offset arithmetic and with offsetLookup', () => {
    fc.assert(
      fc.property(instant, zone, (ms, z) => {
        const viaOffset = new Date(ms + offsetAt(ms, z)).toISOString().slice(0, 10);
        expect(dateInZone(ms, z)).toBe(viaOffset);
        const lookup = offsetLookup(z, ms - 40 * 86_400_000, ms + 40 * 86_400_000);
        expect(lookup(ms)).toBe(offsetAt(ms, z));
      }),
      { numRuns: 500 },
    );
  });
});
