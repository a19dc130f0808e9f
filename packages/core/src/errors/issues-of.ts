import type * as z from 'zod/mini';
import type { FieldIssue } from '../schemas/problem.js';
import { fieldIssueCode } from './field-issue-code.js';
import { formatPath } from './field-path.js';

/**
 * One FieldIssue per problem, with its stable code; an object's unknown keys give one issue each,
 * naming the key. A module of its own, apart from the ValidationError class: modules that only
 * throw ValidationErrors (query parsing, in every widget's first load) do not pull in the code
 * mapping with it.
 */
export function issuesOf(error: z.core.$ZodError, prefix = ''): FieldIssue[] {
  return error.issues.flatMap((issue): FieldIssue[] =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({ path: formatPath([...issue.path, key], prefix), message: 'is not a field of this record', code: 'unknown-field' }))
      : [{ path: formatPath(issue.path, prefix), message: issue.message, code: fieldIssueCode(issue) }]
  );
}
