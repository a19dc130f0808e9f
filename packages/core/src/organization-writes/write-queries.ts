import { AUDIT_ACTIONS, type AuditAction } from '../audit/audit-entry.js';
import { ValidationError } from '../errors/validation-error.js';
import { parseListQuery, singleParams } from '../query/list-query.js';
import type { FieldIssue } from '../schemas/problem.js';
import { REVISION_STATES, type RevisionState } from './organization-revision.js';

export interface RevisionQuery {
  state: RevisionState;
  organization?: string | undefined;
  limit: number;
  cursor?: string | undefined;
}

export interface AuditQuery {
  actor?: string | undefined;
  action?: AuditAction | undefined;
  entityType?: string | undefined;
  entityId?: string | undefined;
  since?: string | undefined;
  until?: string | undefined;
  limit: number;
  cursor?: string | undefined;
}

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;

/** `GET /v1/revisions?state=&organization=&limit=&cursor=`: state defaults to pending; anything else is a 400. */
export function parseRevisionQuery(params: URLSearchParams): RevisionQuery {
  const { limit, cursor } = parseListQuery(params, ['state', 'organization']);
  const issues: FieldIssue[] = [];
  const { state = 'pending', organization } = singleParams(params, ['state', 'organization'], issues);
  if (!(REVISION_STATES as readonly string[]).includes(state)) issues.push({ path: 'state', message: `must be one of ${REVISION_STATES.join(', ')}`, code: 'invalid-value' });
  if (issues.length) throw new ValidationError(issues, 'Invalid query');
  return { state: state as RevisionState, organization, limit, cursor };
}

/** `GET /v1/audit` filters: actor, action (an audit action), entityType, entityId, since/until (ISO instants in UTC). */
export function parseAuditQuery(params: URLSearchParams): AuditQuery {
  const names = ['actor', 'action', 'entityType', 'entityId', 'since', 'until'] as const;
  const { limit, cursor } = parseListQuery(params, names);
  const issues: FieldIssue[] = [];
  const values = singleParams(params, names, issues);
  if (values.action !== undefined && !(AUDIT_ACTIONS as readonly string[]).includes(values.action)) {
    issues.push({ path: 'action', message: `must be one of ${AUDIT_ACTIONS.join(', ')}`, code: 'invalid-value' });
  }
  for (const name of ['since', 'until'] as const) {
    const value = values[name];
    if (value !== undefined && (!INSTANT.test(value) || Number.isNaN(Date.parse(value)))) {
      issues.push({ path: name, message: 'must be an ISO 8601 instant in UTC, such as 2026-12-03T10:00:00Z', code: 'invalid-format' });
    }
  }
  if (issues.length) throw new ValidationError(issues, 'Invalid query');
  // Stored instants carry milliseconds: compare like with like.
  const instant = (value: string | undefined) => (value === undefined ? undefined : new Date(value).toISOString());
  return { ...values, action: values.action as AuditAction | undefined, since: instant(values.since), until: instant(values.until), limit, cursor };
}
