import { ValidationError } from '../errors/validation-error.js';
import { parseListQuery, singleParams } from '../query/list-query.js';
import type { FieldIssue } from '../schemas/problem.js';
import { SECTOR_CODES } from '../schemas/sector.js';
import { FEEDBACK_STATES, type FeedbackState } from './feedback.js';

export interface FeedbackQuery {
  programme?: string | undefined;
  country?: string | undefined;
  sector?: string | undefined;
  state?: FeedbackState | undefined;
  organization?: string | undefined;
  limit: number;
  cursor?: string | undefined;
}

/** `GET /v1/feedback?programme=&country=&sector=&state=&organization=&limit=&cursor=` (and the summary's programme, country, sector). */
export function parseFeedbackQuery(params: URLSearchParams): FeedbackQuery {
  const names = ['programme', 'country', 'sector', 'state', 'organization'] as const;
  const { limit, cursor } = parseListQuery(params, names);
  const issues: FieldIssue[] = [];
  const values = singleParams(params, names, issues);
  if (values.state !== undefined && !(FEEDBACK_STATES as readonly string[]).includes(values.state)) {
    issues.push({ path: 'state', message: `must be one of ${FEEDBACK_STATES.join(', ')}`, code: 'invalid-value' });
  }
  if (values.sector !== undefined && !(SECTOR_CODES as readonly string[]).includes(values.sector)) {
    issues.push({ path: 'sector', message: `must be one of ${SECTOR_CODES.join(', ')}`, code: 'invalid-value' });
  }
  if (values.country !== undefined && !/^[A-Z]{2}$/.test(values.country)) issues.push({ path: 'country', message: 'must be an ISO 3166-1 alpha-2 code such as KE', code: 'invalid-format' });
  if (issues.length) throw new ValidationError(issues, 'Invalid query');
  return { ...values, state: values.state as FeedbackState | undefined, limit, cursor };
}

/** The parameters of `GET /v1/feedback-summary`: the list's filters, without state, organisation or paging. */
export const FEEDBACK_SUMMARY_PARAMETERS = ['programme', 'country', 'sector'] as const;

/** `GET /v1/feedback-summary?programme=&country=&sector=`: any other parameter is a 400 naming it. */
export function parseFeedbackSummaryQuery(params: URLSearchParams): Pick<FeedbackQuery, (typeof FEEDBACK_SUMMARY_PARAMETERS)[number]> {
  const allowed: readonly string[] = FEEDBACK_SUMMARY_PARAMETERS;
  const unknown = [...new Set(params.keys())].filter((key) => !allowed.includes(key));
  if (unknown.length) {
    throw new ValidationError(
      unknown.map((key) => ({ path: key, message: `unknown query parameter; allowed: ${FEEDBACK_SUMMARY_PARAMETERS.join(', ')}` })),
      'Invalid query',
    );
  }
  const { programme, country, sector } = parseFeedbackQuery(params);
  return { programme, country, sector };
}
