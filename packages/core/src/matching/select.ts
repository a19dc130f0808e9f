import { InvalidCursorError, decodeCursor, encodeCursor } from '../pagination/cursor.js';

/*
 * Ranking order: score (in millionths) descending, then id ascending, so equal scores are
 * always listed the same way. Both fold into one number per entry:
 *   key = units · B + (B − 1 − position of the id in sorted order)
 * which is exact in a double for up to 2^24 entries and scores up to 10^6.
 */
const B = 2 ** 24;

export interface Selected {
  /** Index into the scored array. */
  index: number;
  units: number;
  /** 1-based rank in the whole ranking. */
  rank: number;
}

export interface Selection {
  items: Selected[];
  /** Entries eligible at all (e.g. above an expert threshold). */
  total: number;
  /** Cursor for the page after this one, or null. */
  nextCursor: string | null;
}

function upperBound(sorted: readonly string[], id: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! <= id) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Reads a cursor of the ranking `list` ([score units, id]); throws InvalidCursorError for anything else. */
export function decodeRankCursor(cursor: string, list: string): { units: number; id: string } {
  const [units, id] = decodeCursor(cursor, list, 2);
  if (typeof units !== 'number' || !Number.isInteger(units) || units < 0 || typeof id !== 'string') {
    throw new InvalidCursorError('cursor is malformed');
  }
  return { units, id };
}

/**
 * Picks one page of the ranking without sorting everything: a min-heap of `limit` entries.
 * `ids[i]` is entry i's id, `sortedIds` the same ids sorted, `idRank[i]` entry i's position there.
 */
export function selectPage(
  units: ArrayLike<number>,
  ids: readonly string[],
  sortedIds: readonly string[],
  idRank: ArrayLike<number>,
  { list, limit, cursor, minUnits = 0 }: { list: string; limit: number; cursor?: string | undefined; minUnits?: number },
): Selection {
  let bound = Number.POSITIVE_INFINITY;
  if (cursor) {
    const after = decodeRankCursor(cursor, list);
    bound = after.units * B + (B - upperBound(sortedIds, after.id));
  }
  const heapKeys = new Float64Array(limit);
  const heapIdx = new Int32Array(limit);
  let size = 0;
  let before = 0;
  let eligibleAfter = 0;
  let total = 0;

  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    if (u < minUnits) continue;
    total++;
    const key = u * B + (B - 1 - idRank[i]!);
    if (key >= bound) {
      before++;
      continue;
    }
    eligibleAfter++;
    if (size < limit) {
      // Sift up.
      let j = size++;
      while (j > 0) {
        const parent = (j - 1) >> 1;
        if (heapKeys[parent]! <= key) break;
        heapKeys[j] = heapKeys[parent]!;
        heapIdx[j] = heapIdx[parent]!;
        j = parent;
      }
      heapKeys[j] = key;
      heapIdx[j] = i;
    } else if (limit > 0 && key > heapKeys[0]!) {
      // Replace the smallest and sift down.
      let j = 0;
      for (;;) {
        const left = 2 * j + 1;
        if (left >= size) break;
        const right = left + 1;
        const child = right < size && heapKeys[right]! < heapKeys[left]! ? right : left;
        if (heapKeys[child]! >= key) break;
        heapKeys[j] = heapKeys[child]!;
        heapIdx[j] = heapIdx[child]!;
        j = child;
      }
      heapKeys[j] = key;
      heapIdx[j] = i;
    }
  }

  const order = Array.from({ length: size }, (_, j) => j).sort((a, b) => heapKeys[b]! - heapKeys[a]!);
  const items = order.map((j, position) => {
    const index = heapIdx[j]!;
    return { index, units: units[index]!, rank: before + position + 1 };
  });
  const last = items.at(-1);
  return {
    items,
    total,
    nextCursor: eligibleAfter > items.length && last ? encodeCursor(list, [last.units, ids[last.index]!]) : null,
  };
}
