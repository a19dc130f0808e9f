import * as z from 'zod/mini';
import { issuesOf } from '../errors/issues-of.js';
import type { FieldIssue } from '../schemas/problem.js';
import { GoverningBodySession } from './governing-body-session.js';
import { sessionRuleIssues } from './session-rules.js';

export interface SessionsReport {
  ok: boolean;
  sessions: GoverningBodySession[];
  /** Every problem, each with a path such as `sessions[ngp-212].parentSessionId`. */
  problems: FieldIssue[];
}

function label(index: number, record: unknown): string {
  const id = (record as { id?: unknown } | null)?.id;
  return typeof id === 'string' && id ? `sessions[${id}]` : `sessions[${index}]`;
}

/** Sample-data honesty: a real session cites its sources and has its number; a fictional one says so in its id. */
function honestyIssues(session: GoverningBodySession, at: string): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const { fictional } = session.provenance;
  if (fictional !== session.id.startsWith('demo-')) {
    issues.push({ path: `${at}.id`, message: fictional ? 'fictional sessions need an id starting with "demo-"' : 'only fictional sessions may use a "demo-" id' });
  }
  if (!fictional && session.provenance.sourceUrls.length === 0) issues.push({ path: `${at}.provenance.sourceUrls`, message: 'a real session needs at least one source URL' });
  if (!fictional && session.number === undefined) issues.push({ path: `${at}.number`, message: 'a real session needs its number' });
  if (fictional && session.number !== undefined) issues.push({ path: `${at}.number`, message: 'a fictional session has no number (it would pose as a real one)' });
  return issues;
}

/**
 * Checks a list of sessions: shape, rules (parents among the same list), unique ids and the
 * sample-data rules. Reports every problem at once; `sessions` holds the parsed ones.
 */
export function validateSessions(records: readonly unknown[]): SessionsReport {
  const problems: FieldIssue[] = [];
  const parsed: { session: GoverningBodySession; at: string }[] = [];
  const byId = new Map<string, GoverningBodySession>();
  records.forEach((record, index) => {
    const at = label(index, record);
    const result = z.safeParse(GoverningBodySession, record);
    if (!result.success) {
      problems.push(...issuesOf(result.error, at));
      return;
    }
    if (byId.has(result.data.id)) problems.push({ path: `${at}.id`, message: `duplicate id "${result.data.id}"` });
    byId.set(result.data.id, result.data);
    parsed.push({ session: result.data, at });
  });
  for (const { session, at } of parsed) problems.push(...sessionRuleIssues(session, at, byId), ...honestyIssues(session, at));
  return { ok: problems.length === 0, sessions: parsed.map((p) => p.session), problems };
}
