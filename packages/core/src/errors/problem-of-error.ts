import type { Problem } from '../schemas/problem.js';
import { InvalidCursorError } from '../pagination/cursor.js';
import { invalidRequestProblem } from './problems.js';
import { ValidationError } from './validation-error.js';

/**
 * The problem a request error thrown by core's parsers stands for (a bad query, an unknown
 * cursor), or undefined for any other error. The server's error handler and the msw handlers
 * both answer with it: one mapping, not two that drift.
 */
export function problemOfError(error: unknown): Problem | undefined {
  if (error instanceof ValidationError) return invalidRequestProblem(error.issues);
  if (error instanceof InvalidCursorError) {
    return invalidRequestProblem([{ path: 'cursor', message: `${error.message}; use a nextCursor from a previous page`, code: 'invalid-value' }]);
  }
  return undefined;
}
