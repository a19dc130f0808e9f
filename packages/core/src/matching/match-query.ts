import { ValidationError } from '../errors/validation-error.js';
import type { FieldIssue } from '../schemas/problem.js';
import { parseFilters } from '../programmes/query-params.js';
import { parseWeightsParam, type Weights } from './weights.js';

export interface MatchQuery {
  limit: number;
  cursor?: string | undefined;
  weights?: Partial<Weights> | undefined;
}

/** `?limit=&cursor=&weights=` of the match routes; every problem names its parameter. */
export function parseMatchQuery(params: URLSearchParams): MatchQuery {
  const issues: FieldIssue[] = [];
  let base: MatchQuery = { limit: 20 };
  try {
    const parsed = parseFilters(params, { weights: { repeatable: true, check: () => undefined } });
    base = { limit: parsed.limit, cursor: parsed.cursor };
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    issues.push(...error.issues);
  }
  let weights: Partial<Weights> | undefined;
  const raw = params.getAll('weights');
  if (raw.length) {
    try {
      weights = parseWeightsParam(raw);
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      issues.push(...error.issues);
    }
  }
  if (issues.length) throw new ValidationError(issues, 'Invalid query');
  return { ...base, ...(weights ? { weights } : {}) };
}

export interface ExpertQuery {
  limit: number;
  cursor?: string | undefined;
  threshold?: number | undefined;
}

/** `?limit=&cursor=&threshold=` of the experts route. */
export function parseExpertQuery(params: URLSearchParams): ExpertQuery {
  const query = parseFilters(params, {
    threshold: {
      repeatable: false,
      check: (v) => (/^(0(\.\d+)?|1(\.0+)?)$/.test(v) ? undefined : 'must be a number from 0 to 1'),
    },
  });
  return { limit: query.limit, cursor: query.cursor, threshold: query.threshold ? Number(query.threshold[0]) : undefined };
}
