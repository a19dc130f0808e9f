import { decodeCursor, encodeCursor } from '../pagination/cursor.js';
import type { Page } from '../schemas/page.js';
import type { ForumEvent } from './forum-event.js';
import { eventMatcher, type EventFilter, type RegionOf } from './event-match.js';
import { eventSortKey } from './event-time.js';

/** The events list's name in its cursors (the server's SQL paging uses it too). */
export const EVENTS_LIST = 'events';

function compareKeys(a: readonly string[], b: readonly (string | number)[]): number {
  for (let i = 0; i < 2; i++) {
    const x = a[i] as string;
    const y = String(b[i]);
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

/** Every matching event in list order (start, then id). */
export function filterEvents(events: readonly ForumEvent[], filter: EventFilter, regionOf?: RegionOf): ForumEvent[] {
  const matches = eventMatcher(filter, regionOf);
  return events
    .filter(matches)
    .map((event) => ({ event, key: eventSortKey(event) }))
    .sort((a, b) => compareKeys(a.key, b.key))
    .map((entry) => entry.event);
}

/** Pages an in-memory list exactly as the server does (throws InvalidCursorError). */
export function pageEvents(
  events: readonly ForumEvent[],
  query: EventFilter & { limit: number; cursor?: string | undefined },
  regionOf?: RegionOf,
): Page<ForumEvent> {
  const sorted = filterEvents(events, query, regionOf).map((event) => ({ event, key: eventSortKey(event) }));
  const after = query.cursor ? decodeCursor(query.cursor, EVENTS_LIST, 2) : undefined;
  const start = after ? sorted.findIndex((entry) => compareKeys(entry.key, after) > 0) : 0;
  const rest = start < 0 ? [] : sorted.slice(start);
  const pageEntries = rest.slice(0, query.limit);
  const last = pageEntries.at(-1);
  return {
    items: pageEntries.map((entry) => entry.event),
    nextCursor: rest.length > query.limit && last ? encodeCursor(EVENTS_LIST, last.key) : null,
    total: sorted.length,
  };
}
