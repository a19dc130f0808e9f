import { decodeCursor, encodeCursor } from '@ngo-liaison/core';

/** A page as the server's lists answer: newest first, with core's opaque cursor and the total. */
export interface NewestFirstPage<T> {
  items: T[];
  nextCursor: string | null;
  total: number;
}

/**
 * Newest first by (instant, id), paged with core's cursors, as the server's write-path lists
 * order their rows. `list` names the cursor's list, so a cursor of one list is refused by another.
 */
export function newestFirst<T>(
  items: readonly T[],
  keyOf: (item: T) => readonly [instant: string, id: string],
  list: string,
  limit: number,
  cursor: string | undefined,
): NewestFirstPage<T> {
  const before = (a: readonly [string, string], b: readonly [string, string]) => a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);
  const sorted = [...items].sort((a, b) => (before(keyOf(a), keyOf(b)) ? 1 : before(keyOf(b), keyOf(a)) ? -1 : 0));
  const after = cursor ? (decodeCursor(cursor, list, 2).map(String) as [string, string]) : undefined;
  const rest = after ? sorted.filter((item) => before(keyOf(item), after)) : sorted;
  const page = rest.slice(0, limit);
  const last = page.at(-1);
  return { items: page, nextCursor: rest.length > limit && last ? encodeCursor(list, [...keyOf(last)]) : null, total: sorted.length };
}
