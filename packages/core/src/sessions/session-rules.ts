import type { FieldIssue } from '../schemas/problem.js';
import type { GoverningBodySession } from './governing-body-session.js';

/**
 * Rules one session must keep, each reported with the path of the field to fix. `sessions`
 * (every session by id) enables the rules about the parent session; without it they are skipped.
 */
export function sessionRuleIssues(
  session: GoverningBodySession,
  prefix = '',
  sessions?: ReadonlyMap<string, GoverningBodySession>,
): FieldIssue[] {
  const at = (path: string) => (prefix ? `${prefix}.${path}` : path);
  const issues: FieldIssue[] = [];

  if (session.dates && session.dates.end < session.dates.start) {
    issues.push({ path: at('dates.end'), message: `must not be before dates.start (${session.dates.start})` });
  }
  if (session.number === undefined && !Object.values(session.title ?? {}).some(Boolean)) {
    issues.push({ path: at('title'), message: 'a session without a number needs a title in at least one language' });
  }

  const seen = new Set<string>();
  session.agendaItems.forEach((item, i) => {
    if (seen.has(item.number)) issues.push({ path: at(`agendaItems[${i}].number`), message: `item "${item.number}" is listed twice` });
    seen.add(item.number);
    if (!Object.values(item.title).some(Boolean)) issues.push({ path: at(`agendaItems[${i}].title`), message: 'needs the title in at least one language' });
  });

  // The NGP Committee is a subsidiary committee of the Executive Board and meets during its
  // sessions (unesco-domain.md §4): it has a parent Board session, the other bodies none.
  if (session.body !== 'ngp-committee') {
    if (session.parentSessionId) issues.push({ path: at('parentSessionId'), message: 'only an NGP Committee session meets during another session' });
    return issues;
  }
  if (!session.parentSessionId) {
    issues.push({ path: at('parentSessionId'), message: 'an NGP Committee session meets during an Executive Board session: name it' });
    return issues;
  }
  if (!sessions) return issues;
  const parent = sessions.get(session.parentSessionId);
  if (!parent) {
    issues.push({ path: at('parentSessionId'), message: `unknown session "${session.parentSessionId}"` });
  } else if (parent.body !== 'executive-board') {
    issues.push({ path: at('parentSessionId'), message: `"${parent.id}" is not an Executive Board session` });
  } else {
    if (session.number !== undefined && parent.number !== undefined && session.number !== parent.number) {
      issues.push({ path: at('number'), message: `must be the number of its Executive Board session (${parent.number})` });
    }
    if (session.dates && parent.dates && (session.dates.start < parent.dates.start || session.dates.end > parent.dates.end)) {
      issues.push({ path: at('dates'), message: `must fall within its Executive Board session (${parent.dates.start} to ${parent.dates.end})` });
    }
    if (parent.provenance.fictional !== session.provenance.fictional) {
      issues.push({ path: at('parentSessionId'), message: 'a fictional session meets only during a fictional session, a real one during a real one' });
    }
  }
  return issues;
}
