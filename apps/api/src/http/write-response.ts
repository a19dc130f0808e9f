import type { Context } from 'hono';
import { isRefusal, signedIn, type Principal, type Refusal } from '@ngo-liaison/core';
import { problemResponse } from './problem-response.js';

/** A refused write as its problem; a 401 also names the scheme to authenticate with. */
export function refusalResponse(c: Context, refusal: Refusal): Response {
  if (refusal.problem.status === 401) c.header('WWW-Authenticate', 'Bearer realm="liaison"');
  c.header('cache-control', 'no-store');
  return problemResponse(c, refusal.problem);
}

/**
 * 401 before the body is read when nobody is signed in (core's rule: every write needs a
 * person), so an anonymous caller learns that first, whatever it sent.
 */
export function anonymousRefusal(c: Context, principal: Principal): Response | undefined {
  const person = signedIn(principal);
  return isRefusal(person) ? refusalResponse(c, person) : undefined;
}

/** A write's answer: JSON, never stored by a cache. */
export function writeAnswer(c: Context, body: unknown, status: 200 | 201 | 202, headers: Record<string, string> = {}): Response {
  return c.json(body, status, { 'cache-control': 'no-store', ...headers });
}
