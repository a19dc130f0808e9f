import type { FieldIssue } from '../schemas/problem.js';
import { ValidationError } from '../errors/validation-error.js';

export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 100;

export interface ListQuery {
  limit: number;
  cursor?: string | undefined;
}

/**
 * Reads `?limit=&cursor=` strictly: unknown parameters, repeated single-valued ones and
 * limits outside 1–100 are errors, so a typo never silently returns the wrong page.
 */
export function parseListQuery(params: URLSearchParams, allowed: readonly string[] = []): ListQuery {
  const issues: FieldIssue[] = [];
  const known = new Set(['limit', 'cursor', ...allowed]);
  for (const key of new Set(params.keys())) {
    if (!known.has(key)) issues.push({ path: key, message: `unknown query parameter; allowed: ${[...known].join(', ')}` });
  }
  for (const key of ['limit', 'cursor']) {
    if (params.getAll(key).length > 1) issues.push({ path: key, message: 'must be given at most once' });
  }
  let limit = DEFAULT_LIMIT;
  const rawLimit = params.get('limit');
  if (rawLimit !== null) {
    if (!/^\d{1,4}$/.test(rawLimit) || Number(rawLimit) < 1 || Number(rawLimit) > MAX_LIMIT) {
      issues.push({ path: 'limit', message: `must be an integer from 1 to ${MAX_LIMIT}` });
    } else {
      limit = Number(rawLimit);
    }
  }
  const cursor = params.get('cursor');
  if (cursor !== null && cursor === '') issues.push({ path: 'cursor', message: 'must not be empty' });
  if (issues.length) throw new ValidationError(issues, 'Invalid query');
  return { limit, cursor: cursor ?? undefined };
}

/** Single-valued parameters: each at most once, 1–200 characters (issues are pushed to `issues`). */
export function singleParams(params: URLSearchParams, names: readonly string[], issues: FieldIssue[]): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const name of names) {
    const values = params.getAll(name);
    if (values.length > 1) issues.push({ path: name, message: 'must be given at most once', code: 'too-many' });
    const value = values[0];
    if (value !== undefined && (value === '' || value.length > 200)) issues.push({ path: name, message: 'must be 1–200 characters', code: 'invalid-value' });
    out[name] = value;
  }
  return out;
}
