import { ValidationError } from '../errors/validation-error.js';
import { decodeCursor, encodeCursor } from '../pagination/cursor.js';
import { parseListQuery, type ListQuery } from '../query/list-query.js';
import type { Page } from '../schemas/page.js';
import type { FieldIssue } from '../schemas/problem.js';
import type { GoverningBodySession, SessionBody } from './governing-body-session.js';
import { SESSION_BODIES } from './session-constants.js';

/** The sessions list's name in its cursors. */
export const SESSIONS_LIST = 'sessions';

export interface SessionQuery extends ListQuery {
  /** Keep sessions of these bodies (any of them); all when empty. */
  bodies: SessionBody[];
}

/** Reads `GET /v1/sessions` parameters strictly: unknown names and values are errors (400). */
export function parseSessionQuery(params: URLSearchParams): SessionQuery {
  const issues: FieldIssue[] = [];
  let paging: ListQuery = { limit: 20 };
  try {
    paging = parseListQuery(params, ['body']);
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    issues.push(...error.issues);
  }
  const bodies = [...new Set(params.getAll('body'))];
  for (const body of bodies) {
    if (!(SESSION_BODIES as readonly string[]).includes(body)) issues.push({ path: 'body', message: `unknown value "${body}"; allowed: ${SESSION_BODIES.join(', ')}` });
  }
  if (issues.length) throw new ValidationError(issues, 'Invalid query');
  return { ...paging, bodies: bodies as SessionBody[] };
}

/** List order: first day (sessions without dates first), then id. */
export function sessionSortKey(session: Pick<GoverningBodySession, 'id' | 'dates'>): [string, string] {
  return [session.dates?.start ?? '', session.id];
}

const after = (a: readonly string[], b: readonly (string | number)[]) => a[0]! > String(b[0]) || (a[0] === String(b[0]) && a[1]! > String(b[1]));

/**
 * A page of sessions in list order. Sessions are few (two Board sessions and one General
 * Conference every other year), so the server reads them all and pages with this function,
 * as the msw handlers do: one rule, one place. Throws InvalidCursorError.
 */
export function pageSessions(sessions: readonly GoverningBodySession[], query: Pick<SessionQuery, 'bodies' | 'limit' | 'cursor'>): Page<GoverningBodySession> {
  const sorted = sessions
    .filter((session) => !query.bodies.length || query.bodies.includes(session.body))
    .map((session) => ({ session, key: sessionSortKey(session) }))
    .sort((a, b) => (a.key[0] === b.key[0] ? (a.key[1] < b.key[1] ? -1 : 1) : a.key[0] < b.key[0] ? -1 : 1));
  const cursor = query.cursor ? decodeCursor(query.cursor, SESSIONS_LIST, 2) : undefined;
  const rest = cursor ? sorted.filter((entry) => after(entry.key, cursor)) : sorted;
  const page = rest.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map((entry) => entry.session),
    nextCursor: rest.length > query.limit && last ? encodeCursor(SESSIONS_LIST, last.key) : null,
    total: sorted.length,
  };
}
