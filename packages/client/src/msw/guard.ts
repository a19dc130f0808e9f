import { delay as wait } from 'msw';
import { problemOfError } from '@ngo-liaison/core';
import { problemResponse } from './responses.js';

/** Runs a handler body after the configured delay, turning core's validation and cursor errors into the server's 400s (core's one mapping). */
export async function guarded(delay: number, run: () => Response | Promise<Response>): Promise<Response> {
  if (delay) await wait(delay);
  try {
    return await run();
  } catch (error) {
    const problem = problemOfError(error);
    if (problem) return problemResponse(problem);
    throw error;
  }
}
