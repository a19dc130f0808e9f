import { delay as wait } from 'msw';
import { InvalidCursorError, ValidationError, invalidRequestProblem } from '@ngo-liaison/core';
import { problemResponse } from './responses.js';

/** Runs a handler body after the configured delay, turning core's validation and cursor errors into the server's 400s. */
export async function guarded(delay: number, run: () => Response | Promise<Response>): Promise<Response> {
  if (delay) await wait(delay);
  try {
    return await run();
  } catch (error) {
    if (error instanceof ValidationError) return problemResponse(invalidRequestProblem(error.issues));
    if (error instanceof InvalidCursorError) {
      return problemResponse(invalidRequestProblem([{ path: 'cursor', message: `${error.message}; use a nextCursor from a previous page` }]));
    }
    throw error;
  }
}
