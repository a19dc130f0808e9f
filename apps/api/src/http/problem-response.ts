import type { Context } from 'hono';
import type { Problem } from '@ngo-liaison/core';

/** Sends an RFC 9457 problem with its media type and the request's path as `instance`. */
export function problemResponse(c: Context, problem: Problem): Response {
  return c.body(JSON.stringify({ ...problem, instance: new URL(c.req.url).pathname }), problem.status as 400, {
    'content-type': 'application/problem+json',
  });
}
