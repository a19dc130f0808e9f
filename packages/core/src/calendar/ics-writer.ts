import type { ForumEvent } from '../events/forum-event.js';
import { EVENT_VOCABULARIES } from '../events/event-labels.js';
import { writeICalendar, type ICalendarOptions } from './ics-document.js';

export { ICS_MEDIA_TYPE, writeICalendar, type ICalendarOptions } from './ics-document.js';
export { eventPlaceText, eventPlainText, eventSummary } from './event-text.js';

/**
 * An iCalendar (RFC 5545) object holding `events`, in `options.language` (default English):
 * see writeICalendar. This entry point carries the vocabulary of all six languages — right
 * for servers; a browser bundle should call writeICalendar with the one it shows.
 */
export function toICalendar(events: readonly ForumEvent[], options: ICalendarOptions): string {
  return writeICalendar(events, { ...options, vocabulary: EVENT_VOCABULARIES[options.language ?? 'en'] });
}
