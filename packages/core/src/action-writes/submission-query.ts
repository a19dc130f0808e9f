import { ValidationError } from '../errors/validation-error.js';
import { parseListQuery, singleParams } from '../query/list-query.js';
import type { FieldIssue } from '../schemas/problem.js';
import { ACTION_SUBMISSION_STATES, type ActionSubmissionState } from './action-submission.js';

export interface ActionSubmissionQuery {
  state: ActionSubmissionState;
  programme?: string | undefined;
  organization?: string | undefined;
  limit: number;
  cursor?: string | undefined;
}

/** `GET /v1/action-submissions?state=&programme=&organization=&limit=&cursor=`: state defaults to pending. */
export function parseActionSubmissionQuery(params: URLSearchParams): ActionSubmissionQuery {
  const names = ['state', 'programme', 'organization'] as const;
  const { limit, cursor } = parseListQuery(params, names);
  const issues: FieldIssue[] = [];
  const { state = 'pending', programme, organization } = singleParams(params, names, issues);
  if (!(ACTION_SUBMISSION_STATES as readonly string[]).includes(state)) {
    issues.push({ path: 'state', message: `must be one of ${ACTION_SUBMISSION_STATES.join(', ')}`, code: 'invalid-value' });
  }
  if (issues.length) throw new ValidationError(issues, 'Invalid query');
  return { state: state as ActionSubmissionState, programme, organization, limit, cursor };
}
