import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TEST_ZONES, allDay, timed } from '../events/test-events.js';
import { agendaDays, monthGrid, monthRange } from './month-grid.js';

const dayOf = (grid: ReturnType<typeof monthGrid>, date: string) => grid.weeks.flat().find((d) => d.date === date);
const idsOn = (grid: ReturnType<typeof monthGrid>, date: string) => dayOf(grid, date)?.entries.map((e) => e.event.id) ?? [];

describe('monthRange', () => {
  it('covers whole weeks from the locale’s first day (November 2026 starts on a Sunday)', () => {
    expect(monthRange('2026-11-17', 1)).toEqual({ month: '2026-11-01', first: '2026-10-26', last: '2026-12-06' });
    expect(monthRange('2026-11-17', 7)).toEqual({ month: '2026-11-01', first: '2026-11-01', last: '2026-12-05' });
    expect(monthRange('2026-11-17', 6)).toEqual({ month: '2026-11-01', first: '2026-10-31', last: '2026-12-04' });
    // February 2027 starts on a Monday and has exactly four weeks.
    expect(monthRange('2027-02-10', 1)).toEqual({ month: '2027-02-01', first: '2027-02-01', last: '2027-02-28' });
  });
});

describe('monthGrid', () => {
  it('places a timed event on the day it falls on in the viewer’s zone', () => {
    const late = timed('demo-late', '2026-10-14T22:30:00Z', '2026-10-14T23:30:00Z', 'Europe/Paris');
    const expected: Record<string, string> = {
      'Europe/Paris': '2026-10-15',
      'America/Los_Angeles': '2026-10-14',
      'Asia/Kolkata': '2026-10-15',
      'Pacific/Auckland': '2026-10-15',
      UTC: '2026-10-14',
    };
    for (const [zone, date] of Object.entries(expected)) {
      const grid = monthGrid([late], { month: '2026-10-01', weekStart: 1, timeZone: zone });
      expect(idsOn(grid, date), zone).toEqual(['demo-late']);
      expect(grid.weeks.flat().filter((d) => d.entries.length).map((d) => d.date), zone).toEqual([date]);
    }
  });

  it('never shifts an all-day event, in any zone (property-based)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...TEST_ZONES), fc.integer({ min: 1, max: 28 }), fc.integer({ min: 0, max: 3 }), (zone, day, length) => {
        const start = `2026-03-${String(day).padStart(2, '0')}`;
        const end = `2026-03-${String(day + length).padStart(2, '0')}`;
        const grid = monthGrid([allDay('demo-a', start, end)], { month: '2026-03-01', weekStart: 1, timeZone: zone });
        const days = grid.weeks.flat().filter((d) => d.entries.length).map((d) => d.date);
        expect(days[0]).toBe(start);
        expect(days.at(-1)).toBe(end);
        expect(days).toHaveLength(length + 1);
      }),
      { numRuns: 300 },
    );
  });

  it('draws multi-day events in one lane across the week, with start and end marks', () => {
    const events = [
      allDay('demo-long', '2026-11-09', '2026-11-20'),
      timed('demo-short', '2026-11-10T09:00:00Z', '2026-11-10T10:00:00Z', 'UTC'),
      timed('demo-overnight', '2026-11-11T20:00:00Z', '2026-11-12T02:00:00Z', 'UTC'),
    ];
    const grid = monthGrid(events, { month: '2026-11-01', weekStart: 1, timeZone: 'UTC' });
    const week = grid.weeks.find((w) => w[0]!.date === '2026-11-09')!;
    expect(week.map((d) => d.lanes[0]?.event.id)).toEqual(Array(7).fill('demo-long'));
    expect(week[0]!.lanes[0]).toMatchObject({ starts: true, ends: false });
    expect(week[6]!.lanes[0]).toMatchObject({ starts: false, ends: false });
    expect(idsOn(grid, '2026-11-20')).toEqual(['demo-long']);
    expect(dayOf(grid, '2026-11-20')!.lanes[0]).toMatchObject({ starts: false, ends: true });
    // The overnight event covers two days in one lane; the lanes line up (gaps kept).
    expect(week[2]!.lanes[1]?.event.id).toBe('demo-overnight');
    expect(week[3]!.lanes[1]?.event.id).toBe('demo-overnight');
    expect(week[1]!.lanes[1]?.event.id).toBe('demo-short');
    expect(week.every((d) => d.lanes.length === week[0]!.lanes.length)).toBe(true);
  });

  it('does not spill an event ending exactly at midnight onto the next day', () => {
    const grid = monthGrid([timed('demo-midnight', '2026-11-10T22:00:00Z', '2026-11-11T00:00:00Z', 'UTC')], { month: '2026-11-01', weekStart: 1, timeZone: 'UTC' });
    expect(grid.weeks.flat().filter((d) => d.entries.length).map((d) => d.date)).toEqual(['2026-11-10']);
  });

  it('keeps days right across DST changes in both hemispheres', () => {
    // 23:30 local on the night clocks change, in the zone of the change.
    const cases = [
      ['Europe/Paris', '2026-03-28T22:30:00Z', '2026-03-28'],
      ['Europe/Paris', '2026-10-25T22:30:00Z', '2026-10-25'],
      ['Pacific/Auckland', '2026-04-05T11:30:00Z', '2026-04-05'],
      ['Pacific/Auckland', '2026-09-27T10:30:00Z', '2026-09-27'],
      ['America/Los_Angeles', '2026-03-09T06:30:00Z', '2026-03-08'],
      ['America/Los_Angeles', '2026-11-02T07:30:00Z', '2026-11-01'],
    ] as const;
    for (const [zone, start, date] of cases) {
      const event = timed('demo-dst', start, new Date(Date.parse(start) + 20 * 60_000).toISOString(), zone);
      const grid = monthGrid([event], { month: date, weekStart: 1, timeZone: zone });
      expect(grid.weeks.flat().filter((d) => d.entries.length).map((d) => d.date), `${zone} ${start}`).toEqual([date]);
    }
  });

  it('marks the days of the month and sorts all-day events before timed ones', () => {
    const grid = monthGrid(
      [timed('demo-t', '2026-11-10T05:00:00Z', '2026-11-10T06:00:00Z', 'UTC'), allDay('demo-b', '2026-11-10', '2026-11-10')],
      { month: '2026-11-01', weekStart: 1, timeZone: 'UTC' },
    );
    expect(idsOn(grid, '2026-11-10')).toEqual(['demo-b', 'demo-t']);
    expect(dayOf(grid, '2026-10-31')!.inMonth).toBe(false);
    expect(dayOf(grid, '2026-11-30')!.inMonth).toBe(true);
  });
});

describe('agendaDays', () => {
  it('lists each event once, under its first day in the range, in start order', () => {
    const events = [
      allDay('demo-started-before', '2026-10-28', '2026-11-03'),
      timed('demo-later', '2026-11-10T09:00:00Z', '2026-11-10T10:00:00Z', 'UTC'),
      timed('demo-earlier', '2026-11-10T07:00:00Z', '2026-11-12T10:00:00Z', 'UTC'),
      timed('demo-outside', '2026-12-10T07:00:00Z', '2026-12-10T10:00:00Z', 'UTC'),
    ];
    const days = agendaDays(events, { first: '2026-11-01', last: '2026-11-30' }, 'UTC');
    expect(days.map((d) => [d.date, d.entries.map((e) => e.event.id)])).toEqual([
      ['2026-11-01', ['demo-started-before']],
      ['2026-11-10', ['demo-earlier', 'demo-later']],
    ]);
    expect(days[0]!.entries[0]).toMatchObject({ continued: true, firstDay: '2026-10-28', lastDay: '2026-11-03' });
    expect(days[1]!.entries[0]).toMatchObject({ continued: false, firstDay: '2026-11-10', lastDay: '2026-11-12' });
  });
});
