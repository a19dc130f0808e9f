import type { GoverningBodySession } from './governing-body-session.js';
import { fictionalSessions } from './fictional-sessions.js';
import { REAL_SESSIONS } from './real-sessions.js';

export { REAL_SESSIONS, fictionalSessions };

/** The sample sessions: the sourced real ones, then the fictional ones for the month of `now`. */
export function sampleSessions(now: Date): GoverningBodySession[] {
  return [...REAL_SESSIONS, ...fictionalSessions(now)];
}
