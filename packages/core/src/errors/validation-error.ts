import * as z from 'zod/mini';
import type { FieldIssue } from '../schemas/problem.js';
import { fieldIssueCode } from './field-issue-code.js';
import { formatPath } from './field-path.js';
import { safeParse } from './safe-parse.js';

/** Invalid data: every issue names the field (a path) and the reason. */
export class ValidationError extends Error {
  override readonly name = 'ValidationError';
  readonly issues: FieldIssue[];

  constructor(issues: FieldIssue[], summary = 'Invalid data') {
    super(`${summary}: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
    this.issues = issues;
  }
}

/** One FieldIssue per problem, with its stable code; an object's unknown keys give one issue each, naming the key. */
export function issuesOf(error: z.core.$ZodError, prefix = ''): FieldIssue[] {
  return error.issues.flatMap((issue): FieldIssue[] =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({ path: formatPath([...issue.path, key], prefix), message: 'is not a field of this record', code: 'unknown-field' }))
      : [{ path: formatPath(issue.path, prefix), message: issue.message, code: fieldIssueCode(issue) }]
  );
}

/** Parses `value` or throws a ValidationError whose paths start with `prefix`. */
export function parseOrThrow<T extends z.ZodMiniType>(schema: T, value: unknown, prefix = '', summary?: string): z.output<T> {
  const result = safeParse(schema, value);
  if (!result.success) throw new ValidationError(issuesOf(result.error, prefix), summary);
  return result.data;
}
