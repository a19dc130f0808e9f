import { HttpResponse } from 'msw';
import { PROBLEM_TYPES, invalidRequestProblem, isRefusal, signedIn, type Coverage, type Principal, type Problem, type Programme, type Refusal, type WriteContext } from '@ngo-liaison/core';
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

/** What the write path's part 2 decisions also read: the programmes, who covers which country, the events served. */
export interface WorkflowDeps extends WriteDeps {
  programmes: readonly Programme[];
  coverage: Coverage;
  eventExists: (id: string) => boolean;
}

/** The request's principal, or the problem response to answer (bad token, missing CSRF token). */
export function principalOr(request: Request, deps: WriteDeps): Principal | Response {
  const who = deps.accounts.identify(request, deps.now());
  return 'problem' in who ? problemResponse(who.problem) : who.principal;
}

/** The instant and id source core's decisions take. */
export const writeContext = (deps: WriteDeps): WriteContext => ({ now: deps.now(), newId: deps.store.newId });

/**
 * 401 before the body is read when nobody is signed in, as the server answers: every write
 * needs a person (core's signedIn), whatever the body says.
 */
export function anonymousRefusal(principal: Principal): Response | undefined {
  const person = signedIn(principal);
  return isRefusal(person) ? problemResponse(person.problem) : undefined;
}

const JSON_TYPE = /^application\/json\s*(;|$)/i;
const MERGE_PATCH_TYPE = /^application\/merge-patch\+json\s*(;|$)/i;

/**
 * The JSON body of a write, as the server reads it: `application/json` (or, for a PATCH,
 * `application/merge-patch+json`), else 415; text that is not JSON is a 400 naming the body.
 */
export async function jsonBody(request: Request, { mergePatch = false } = {}): Promise<{ text: string; value: unknown } | Response> {
  const type = request.headers.get('content-type') ?? '';
  if (!JSON_TYPE.test(type) && !(mergePatch && MERGE_PATCH_TYPE.test(type))) {
    const accepted = mergePatch ? 'application/merge-patch+json or application/json' : 'application/json';
    return problemResponse({
      type: PROBLEM_TYPES.invalidRequest,
      title: 'Unsupported media type',
      status: 415,
      detail: `Send the body as ${accepted} (got ${type ? `"${type.slice(0, 60)}"` : 'no Content-Type'})`,
    });
  }
  const text = await request.text();
  try {
    return { text, value: JSON.parse(text) as unknown };
  } catch {
    return problemResponse(invalidRequestProblem([{ path: 'body', message: 'is not valid JSON', code: 'invalid-format' }]));
  }
}

/** Printable ASCII, as the server accepts. */
const KEY = /^[\x21-\x7e]{1,255}$/;

/**
 * A creation with Idempotency-Key, as the server keeps them (per credential): a replay answers
 * what the first request got, the same key with another request (method, path, body) is a 422;
 * a new key runs `create` and keeps its answer.
 */
export async function idempotent(
  request: Request,
  principal: Principal,
  body: string,
  deps: WriteDeps,
  create: () => { status: number; body: unknown; headers?: Record<string, string> } | Response
): Promise<Response> {
  const key = request.headers.get('idempotency-key');
  if (key !== null && !KEY.test(key)) {
    return problemResponse(
      invalidRequestProblem([{ path: 'Idempotency-Key', message: 'must be 1–255 printable ASCII characters (a UUID)', code: 'invalid-format' }])
    );
  }
  const credential = principal.kind === 'person' ? principal.credential.id : 'anonymous';
  const requestKey = `${request.method} ${new URL(request.url).pathname}\n${body}`;
  const replay = deps.store.replay(credential, key, requestKey);
  if (replay && 'problem' in replay) return problemResponse(replay.problem);
  if (replay) return HttpResponse.json(replay.response as never, { status: replay.status, headers: { 'idempotent-replayed': 'true' } });
  const answer = create();
  if (answer instanceof Response) return answer;
  deps.store.remember(credential, key, requestKey, answer.status, answer.body);
  return HttpResponse.json(answer.body as never, { status: answer.status, ...(answer.headers ? { headers: answer.headers } : {}) });
}

export const refusal = (problem: Problem): Response => problemResponse(problem);

/** core's isRefusal for decisions that answer a record or a list (no `kind` of their own) or a Refusal. */
export const refused = <T extends object>(outcome: T | Refusal): outcome is Refusal => 'kind' in outcome && isRefusal(outcome as { kind: string });

/**
 * Who writes and what they sent, as the server reads a write: the principal (401 for a bad
 * credential), 401 before the body when nobody is signed in, then the JSON body (415, 400).
 */
export async function signedInWrite(
  request: Request,
  deps: WriteDeps,
  options: { mergePatch?: boolean } = {}
): Promise<{ principal: Principal; body: { text: string; value: unknown } } | Response> {
  const principal = principalOr(request, deps);
  if (principal instanceof Response) return principal;
  const anonymous = anonymousRefusal(principal);
  if (anonymous) return anonymous;
  const body = await jsonBody(request, options);
  return body instanceof Response ? body : { principal, body };
}
