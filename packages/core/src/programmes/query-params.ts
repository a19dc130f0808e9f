import { ValidationError } from '../errors/validation-error.js';
import type { FieldIssue } from '../schemas/problem.js';
import { parseListQuery, type ListQuery } from '../query/list-query.js';

/** How one filter parameter is read: repeatable (OR) or once, and what makes a value valid. */
export interface FilterSpec {
  repeatable: boolean;
  /** Returns an error message for an invalid value. */
  check(value: string): string | undefined;
}

export type Filters<K extends string> = ListQuery & { [P in K]?: string[] };

/**
 * Reads `limit`, `cursor` and the given filters strictly: unknown parameters, invalid
 * values and repeated single-valued filters are all reported together, each naming its
 * parameter. Values of a repeatable filter are OR-ed by the caller.
 */
export function parseFilters<K extends string>(params: URLSearchParams, specs: Record<K, FilterSpec>, { paged = true } = {}): Filters<K> {
  const issues: FieldIssue[] = [];
  const names = Object.keys(specs) as K[];
  let list: ListQuery = { limit: 20, cursor: undefined };
  try {
    if (paged) list = parseListQuery(params, names);
    else {
      for (const key of new Set(params.keys())) {
        if (!(names as string[]).includes(key)) issues.push({ path: key, message: `unknown query parameter; allowed: ${names.join(', ')}` });
      }
    }
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    issues.push(...error.issues);
  }
  const out = { ...list } as Filters<K>;
  for (const name of names) {
    const values = params.getAll(name);
    if (values.length === 0) continue;
    const spec = specs[name];
    if (!spec.repeatable && values.length > 1) issues.push({ path: name, message: 'must be given at most once' });
    for (const value of values) {
      const problem = value === '' ? 'must not be empty' : spec.check(value);
      if (problem) issues.push({ path: name, message: problem });
    }
    (out as Record<string, unknown>)[name] = values;
  }
  if (issues.length) throw new ValidationError(issues, 'Invalid query');
  return out;
}

/** A filter whose values must belong to a known set. */
export function oneOf(known: Iterable<string>, what: string, repeatable = true): FilterSpec {
  const set = new Set(known);
  return {
    repeatable,
    check: (value) => (set.has(value) ? undefined : `unknown ${what} "${value}"`),
  };
}

/** A YYYY-MM-DD date. */
export const isoDate: FilterSpec = {
  repeatable: false,
  check: (value) =>
    /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value)
      ? undefined
      : 'must be a date such as 2025-01-31',
};
