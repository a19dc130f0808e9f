import { describe, expect, it } from 'vitest';
import { InvalidCursorError } from '../pagination/cursor.js';
import { filterEvents, pageEvents } from './event-paging.js';
import { eventSortKey } from './event-time.js';
import { allDay, timed } from './test-events.js';

describe('pageEvents', () => {
  const events = Array.from({ length: 25 }, (_, i) =>
    timed(`demo-${String(i).padStart(2, '0')}`, new Date(Date.UTC(2026, 10, 1 + (i % 10), 9)).toISOString(), new Date(Date.UTC(2026, 10, 1 + (i % 10), 10)).toISOString(), 'UTC'),
  );

  it('pages in start order, then id, following cursors to the end', () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = pageEvents(events, { limit: 10, cursor });
      expect(page.total).toBe(25);
      seen.push(...page.items.map((e) => e.id));
      cursor = page.nextCursor ?? undefined;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toEqual(filterEvents(events, {}).map((e) => e.id));
    expect(new Set(seen).size).toBe(25);
    const keys = filterEvents(events, {}).map(eventSortKey);
    expect(keys).toEqual([...keys].sort((a, b) => (a.join('|') < b.join('|') ? -1 : 1)));
  });

  it('orders an all-day event at midnight where it takes place', () => {
    const paris = allDay('demo-paris-day', '2026-11-02', '2026-11-02', { when: { allDay: true, startDate: '2026-11-02', endDate: '2026-11-02', timeZone: 'Europe/Paris' } });
    expect(eventSortKey(paris)[0]).toBe('2026-11-01T23:00:00.000Z');
    expect(eventSortKey(allDay('demo-utc-day', '2026-11-02', '2026-11-02'))[0]).toBe('2026-11-02T00:00:00.000Z');
  });

  it('rejects cursors it did not make', () => {
    expect(() => pageEvents(events, { limit: 10, cursor: 'not-a-cursor!' })).toThrow(InvalidCursorError);
  });
});
