import type { ForumEvent } from './forum-event.js';
import { fictionalEvents } from './fictional-events.js';
import { REAL_EVENTS } from './real-events.js';

export { REAL_EVENTS, fictionalEvents };

/** The sample calendar: the sourced real past events, then the fictional ones for the month of `now`. */
export function sampleEvents(now: Date): ForumEvent[] {
  return [...REAL_EVENTS, ...fictionalEvents(now)];
}
