import { http, HttpResponse, type RequestHandler } from 'msw';
import { AUDIT_ACTIONS, ValidationError, decodeCursor, encodeCursor, isRefusal, operations, parseListQuery, requireSecretariat, signedIn, type AuditEntry, type FieldIssue } from '@ngo-liaison/core';
import { guarded } from './guard.js';
import { mswPattern } from './responses.js';
import { principalOr, refusal, type WriteDeps } from './write-adapter.js';

const LIST = 'audit';
const FILTERS = ['actor', 'action', 'entityType', 'entityId', 'since', 'until'] as const;

/** `?actor=&action=&entityType=&entityId=&since=&until=&limit=&cursor=`, strictly. */
function parseAuditQuery(params: URLSearchParams) {
  const paging = parseListQuery(params, FILTERS);
  const issues: FieldIssue[] = [];
  const action = params.get('action');
  if (action !== null && !(AUDIT_ACTIONS as readonly string[]).includes(action)) issues.push({ path: 'action', message: `must be one of ${AUDIT_ACTIONS.join(', ')}`, code: 'invalid-value' });
  for (const key of ['since', 'until'] as const) {
    const value = params.get(key);
    if (value !== null && Number.isNaN(Date.parse(value))) issues.push({ path: key, message: 'must be an ISO 8601 instant', code: 'invalid-format' });
  }
  if (issues.length) throw new ValidationError(issues, 'Invalid query');
  const filter = Object.fromEntries(FILTERS.map((key) => [key, params.get(key) ?? undefined])) as Record<(typeof FILTERS)[number], string | undefined>;
  return { ...paging, ...filter };
}

/** The audit log, newest first, for the Secretariat (core's permission rules). */
export function auditHandlers(base: string, deps: WriteDeps, delay: number): RequestHandler[] {
  return [
    http.get(mswPattern(base, operations.listAudit.path), ({ request }) =>
      guarded(delay, () => {
        const principal = principalOr(request, deps);
        if (principal instanceof Response) return principal;
        const person = signedIn(principal);
        if (isRefusal(person)) return refusal(person.problem);
        const grant = requireSecretariat(person, 'read the audit log');
        if ('kind' in grant) return refusal(grant.problem);
        const q = parseAuditQuery(new URL(request.url).searchParams);
        const since = q.since ? new Date(q.since).toISOString() : undefined;
        const until = q.until ? new Date(q.until).toISOString() : undefined;
        const matching = deps.store.audit
          .filter(
            (e: AuditEntry) =>
              (!q.actor || e.actor.personId === q.actor) &&
              (!q.action || e.action === q.action) &&
              (!q.entityType || e.entity.type === q.entityType) &&
              (!q.entityId || e.entity.id === q.entityId) &&
              (!since || e.at >= since) &&
              (!until || e.at < until),
          )
          .reverse();
        // Entries are appended in order: the position from the end is a stable key.
        const position = new Map(deps.store.audit.map((e, i) => [e.id, i]));
        const after = q.cursor ? Number(decodeCursor(q.cursor, LIST, 1)[0]) : undefined;
        const rest = after === undefined ? matching : matching.filter((e) => position.get(e.id)! < after);
        const page = rest.slice(0, q.limit);
        const last = page.at(-1);
        return HttpResponse.json({ items: page, nextCursor: rest.length > q.limit && last ? encodeCursor(LIST, [position.get(last.id)!]) : null, total: matching.length });
      }),
    ),
  ];
}
