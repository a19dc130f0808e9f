import { instantFromWallTime, type MeetingSlot } from '@ngo-liaison/core';

/** One proposed time as typed: a date and two clock times in `zone`. '' = not given. */
export interface SlotDraft {
  date: string;
  start: string;
  end: string;
}

export const MAX_SLOTS_OFFERED = 3;

export const emptySlot = (): SlotDraft => ({ date: '', start: '', end: '' });

/** The zone the reader's times are typed in (their browser's), UTC when the browser names none. */
export function readerZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** An instant as the API writes them: whole seconds, `Z`. */
const isoInstant = (ms: number): string => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

function instantOf(date: string, time: string, zone: string): number | undefined {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const clock = /^(\d{2}):(\d{2})/.exec(time);
  if (!day || !clock) return undefined;
  return instantFromWallTime({ year: Number(day[1]), month: Number(day[2]), day: Number(day[3]), hour: Number(clock[1]), minute: Number(clock[2]), second: 0 }, zone);
}

/**
 * The slots the drafts make in `zone`, or the 1-based number of the first incomplete one (a
 * missing field, or an end not after its start). The server checks the rest (future, 12 hours).
 */
export function slotsOf(drafts: readonly SlotDraft[], zone: string): MeetingSlot[] | number {
  const slots: MeetingSlot[] = [];
  for (const [index, draft] of drafts.entries()) {
    const start = instantOf(draft.date, draft.start, zone);
    const end = instantOf(draft.date, draft.end, zone);
    if (start === undefined || end === undefined || end <= start) return index + 1;
    slots.push({ start: isoInstant(start), end: isoInstant(end), zone });
  }
  return slots;
}
