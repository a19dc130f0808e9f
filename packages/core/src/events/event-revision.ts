import type { ForumEvent } from './forum-event.js';

/** An event as an editor writes it: the server owns `sequence` and `updatedAt`. */
export type ForumEventDraft = Omit<ForumEvent, 'sequence' | 'updatedAt'> & Partial<Pick<ForumEvent, 'sequence' | 'updatedAt'>>;

/** JSON with sorted keys, so two equal events compare equal whatever their key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}

function content(event: ForumEventDraft): string {
  const { sequence: _sequence, updatedAt: _updatedAt, ...rest } = event;
  return canonical(rest);
}

/**
 * The stored form of an edit. Calendar clients replace their copy of an event only when its
 * SEQUENCE grows (RFC 5545 §3.8.7.4), so any change of content bumps it and stamps
 * `updatedAt` with `now`; an unchanged event comes back as it was (same ETag, no churn).
 */
export function reviseEvent(previous: ForumEvent | undefined, next: ForumEventDraft, now: Date): ForumEvent {
  if (!previous) return { ...next, sequence: next.sequence ?? 0, updatedAt: next.updatedAt ?? now.toISOString() };
  if (content(previous) === content(next)) return previous;
  return { ...next, sequence: previous.sequence + 1, updatedAt: now.toISOString() };
}
