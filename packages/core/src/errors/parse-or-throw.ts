import type * as z from 'zod/mini';
import { issuesOf } from './issues-of.js';
import { safeParse } from './safe-parse.js';
import { ValidationError } from './validation-error.js';

/** Parses `value` or throws a ValidationError whose paths start with `prefix`. */
export function parseOrThrow<T extends z.ZodMiniType>(schema: T, value: unknown, prefix = '', summary?: string): z.output<T> {
  const result = safeParse(schema, value);
  if (!result.success) throw new ValidationError(issuesOf(result.error, prefix), summary);
  return result.data;
}
