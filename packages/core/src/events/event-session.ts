import type { FieldIssue } from '../schemas/problem.js';
import type { GoverningBodySession, SessionBody } from '../sessions/governing-body-session.js';
import type { EventKind } from './event-constants.js';
import { eventDays } from './event-time.js';
import type { ForumEvent } from './forum-event.js';

/**
 * Which events are part of a governing-body session, decided from the sources
 * (/work/shared/reference: seed-paper.txt, unesco-domain.md §4):
 * - `ngp-session`: a meeting of the NGP Committee, which meets during Executive Board
 *   sessions — always part of an NGP session.
 * - `ngo-hearing`: the paper's proposal (¶8) is hearings of NGOs "during the consideration of
 *   certain items on the agenda of the NGP Committee session" — an NGP session and one of its
 *   agenda items, both required.
 * - `gc-ngo-space`: the NGO space *of the General Conference* (¶9, ¶12) — always a GC session.
 * - `thematic-debate`: the "relevant thematic debates" of 207 EX are held in the NGP (¶8), but
 *   the paper also has thematic debate at the International Conference of NGOs (conclusion 4),
 *   which is no governing body: a session is optional and, when given, an NGP one.
 * - `natcom-meeting`: meetings with National Commissions happen "particularly during the
 *   General Conference" (¶13) and around Executive Board sessions (§4), but not only then:
 *   optional, and then a GC or Board session.
 * - `icngo`, `ngo-forum`, `collective-consultation`: convened by the NGOs, the Liaison Committee,
 *   sectors or field offices, not by a governing body: never part of a session.
 */
export const EVENT_SESSION_RULES: Readonly<Record<EventKind, { bodies: readonly SessionBody[]; required: boolean; agendaItemRequired: boolean }>> = {
  icngo: { bodies: [], required: false, agendaItemRequired: false },
  'ngo-forum': { bodies: [], required: false, agendaItemRequired: false },
  'collective-consultation': { bodies: [], required: false, agendaItemRequired: false },
  'ngp-session': { bodies: ['ngp-committee'], required: true, agendaItemRequired: false },
  'ngo-hearing': { bodies: ['ngp-committee'], required: true, agendaItemRequired: true },
  'gc-ngo-space': { bodies: ['general-conference'], required: true, agendaItemRequired: false },
  'thematic-debate': { bodies: ['ngp-committee'], required: false, agendaItemRequired: false },
  'natcom-meeting': { bodies: ['general-conference', 'executive-board'], required: false, agendaItemRequired: false },
};

const BODY_NAMES: Readonly<Record<SessionBody, string>> = {
  'general-conference': 'a General Conference session',
  'executive-board': 'an Executive Board session',
  'ngp-committee': 'an NGP Committee session',
};

const bodiesText = (bodies: readonly SessionBody[]) => bodies.map((body) => BODY_NAMES[body]).join(' or ');

/** The rules an event keeps on its own: a session where its kind needs one, none where it may have none. */
export function eventSessionShapeIssues(event: ForumEvent, at: (path: string) => string): FieldIssue[] {
  const rule = EVENT_SESSION_RULES[event.kind];
  const issues: FieldIssue[] = [];
  if (event.sessionId === undefined) {
    if (rule.required) issues.push({ path: at('sessionId'), message: `a ${event.kind} event is part of ${bodiesText(rule.bodies)}: name it` });
    if (event.agendaItem !== undefined) issues.push({ path: at('agendaItem'), message: 'an agenda item belongs to a session: set sessionId too' });
    return issues;
  }
  if (!rule.bodies.length) issues.push({ path: at('sessionId'), message: `a ${event.kind} event is not part of a governing-body session` });
  if (rule.agendaItemRequired && event.agendaItem === undefined) {
    issues.push({ path: at('agendaItem'), message: `a ${event.kind} event is held on an item of the session's agenda: name it` });
  }
  return issues;
}

/**
 * The rules against the session named: it exists, its body suits the event's kind, the
 * agenda item is on its agenda, the event's days fall within its dates (as days in the
 * session's zone), and a fictional event sits only in a fictional session (and a real one
 * only in a real one).
 */
export function eventSessionIssues(event: ForumEvent, at: (path: string) => string, sessions: ReadonlyMap<string, GoverningBodySession>): FieldIssue[] {
  if (event.sessionId === undefined) return [];
  const session = sessions.get(event.sessionId);
  if (!session) return [{ path: at('sessionId'), message: `unknown session "${event.sessionId}"` }];
  const issues: FieldIssue[] = [];
  const { bodies } = EVENT_SESSION_RULES[event.kind];
  if (bodies.length && !bodies.includes(session.body)) {
    issues.push({ path: at('sessionId'), message: `"${session.id}" is not ${bodiesText(bodies)}, where a ${event.kind} event belongs` });
  }
  if (event.agendaItem !== undefined && !session.agendaItems.some((item) => item.number === event.agendaItem)) {
    issues.push({ path: at('agendaItem'), message: `"${session.id}" lists no agenda item "${event.agendaItem}"` });
  }
  if (session.dates) {
    const zone = session.timeZone ?? event.when.timeZone ?? 'UTC';
    const { first, last } = eventDays(event, zone);
    if (first < session.dates.start || last > session.dates.end) {
      issues.push({
        path: at('when'),
        message: `must fall within session "${session.id}" (${session.dates.start} to ${session.dates.end}, ${zone}); the event runs ${first} to ${last}`,
      });
    }
  }
  if (session.provenance.fictional !== event.provenance.fictional) {
    issues.push({ path: at('sessionId'), message: event.provenance.fictional ? 'a fictional event may only be part of a fictional session' : 'a real event may not be part of a fictional session' });
  }
  return issues;
}
