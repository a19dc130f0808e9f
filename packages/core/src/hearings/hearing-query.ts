import { ValidationError } from '../errors/validation-error.js';
import { parseListQuery, singleParams } from '../query/list-query.js';
import type { FieldIssue } from '../schemas/problem.js';
import { HEARING_STATES, type HearingState } from './hearing.js';

export interface HearingQuery {
  session?: string | undefined;
  state?: HearingState | undefined;
  organization?: string | undefined;
  limit: number;
  cursor?: string | undefined;
}

/** `GET /v1/hearings?session=&state=&organization=&limit=&cursor=` (the API and msw parse it here). */
export function parseHearingQuery(params: URLSearchParams): HearingQuery {
  const names = ['session', 'state', 'organization'] as const;
  const { limit, cursor } = parseListQuery(params, names);
  const issues: FieldIssue[] = [];
  const values = singleParams(params, names, issues);
  if (values.state !== undefined && !(HEARING_STATES as readonly string[]).includes(values.state)) {
    issues.push({ path: 'state', message: `must be one of ${HEARING_STATES.join(', ')}`, code: 'invalid-value' });
  }
  if (issues.length) throw new ValidationError(issues, 'Invalid query');
  return { ...values, state: values.state as HearingState | undefined, limit, cursor };
}
