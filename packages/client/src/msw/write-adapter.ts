import { HttpResponse } from 'msw';
import { invalidRequestProblem, type Principal, type Problem, type WriteContext } from '@ngo-liaison/core';
import type { MockAccounts } from './principals.js';
import { problemResponse } from './responses.js';
import type { WriteStore } from './write-store.js';

/*
 * What every msw write handler does around core's decision, like the API route does around
 * it: work out the principal, read the body, hand both to core, and commit what core decided
 * (here: to the in-memory store). No rule of who may do what is stated here.
 */

export interface WriteDeps {
  store: WriteStore;
  accounts: MockAccounts;
  now: () => Date;
}

/** The request's principal, or the problem response to answer (bad token, missing CSRF token). */
export function principalOr(request: Request, deps: WriteDeps): Principal | Response {
  const who = deps.accounts.identify(request, deps.now());
  return 'problem' in who ? problemResponse(who.problem) : who.principal;
}

/** The instant and id source core's decisions take. */
export const writeContext = (deps: WriteDeps): WriteContext => ({ now: deps.now(), newId: deps.store.newId });

/** The body as JSON, or a 400 naming the root when it is not JSON. An empty body reads as undefined. */
export async function jsonBody(request: Request): Promise<{ text: string; value: unknown } | Response> {
  const text = await request.text();
  if (text.trim() === '') return { text, value: undefined };
  try {
    return { text, value: JSON.parse(text) as unknown };
  } catch {
    return problemResponse(invalidRequestProblem([{ path: '(root)', message: 'is not valid JSON', code: 'invalid-type' }]));
  }
}

/**
 * A creation with Idempotency-Key: a replay answers what the first request got, the same key
 * with another body 422; a new key runs `create` and keeps its answer for this credential.
 */
export async function idempotent(
  request: Request,
  principal: Principal,
  body: string,
  deps: WriteDeps,
  create: () => { status: number; body: unknown; headers?: Record<string, string> } | Response,
): Promise<Response> {
  const key = request.headers.get('idempotency-key');
  const credential = principal.kind === 'person' ? principal.credential.id : 'anonymous';
  const replay = deps.store.replay(credential, key, body);
  if (replay && 'problem' in replay) return problemResponse(replay.problem);
  if (replay) return HttpResponse.json(replay.response as never, { status: replay.status });
  const answer = create();
  if (answer instanceof Response) return answer;
  deps.store.remember(credential, key, body, answer.status, answer.body);
  return HttpResponse.json(answer.body as never, { status: answer.status, ...(answer.headers ? { headers: answer.headers } : {}) });
}

export const refusal = (problem: Problem): Response => problemResponse(problem);
