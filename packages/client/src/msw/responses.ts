import { HttpResponse } from 'msw';
import type { Problem } from '@ngo-liaison/core';

export function problemResponse(problem: Problem) {
  return HttpResponse.json(problem, { status: problem.status, headers: { 'content-type': 'application/problem+json' } });
}

/** msw path pattern for a contract path: `{id}` → `:id`, `/v1` → the base URL. */
export function mswPattern(base: string, contractPath: string): string {
  return base + contractPath.replace(/^\/v1/, '').replace(/\{(\w+)\}/g, ':$1');
}
