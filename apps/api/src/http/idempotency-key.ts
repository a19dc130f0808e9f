import { createHash } from 'node:crypto';
import type { Context } from 'hono';
import type { Kysely } from 'kysely';
import { PROBLEM_TYPES, invalidRequestProblem, type Principal } from '@ngo-liaison/core';
import type { Database } from '../storage/schema.js';
import type { Storage } from '../storage/storage.js';
import { isUniqueViolation } from '../storage/unique-violation.js';
import { problemResponse } from './problem-response.js';
import type { WriteBody } from './write-body.js';

/** Printable ASCII, as Stripe and the IETF draft use: a UUID fits, a secret or a line break does not matter. */
const KEY = /^[\x21-\x7e]{1,255}$/;

/** A creation sent with an Idempotency-Key: where its first answer is stored. */
export interface IdempotentRequest {
  credentialId: string;
  key: string;
  requestHash: string;
}

/** The stored answer, sent again as it was, marked as a replay. */
function replay(c: Context, answer: { status: number; body: string; location: string | null }): Response {
  c.header('idempotent-replayed', 'true');
  if (answer.location) c.header('location', answer.location);
  c.header('cache-control', 'no-store');
  return c.body(answer.body, answer.status as 201, { 'content-type': 'application/json' });
}

/**
 * Idempotency-Key on a creation, kept per credential for 24 hours: no key (or no signed-in
 * caller: core answers 401) → undefined; a key seen with the same request → the first answer
 * again; with another request (method, path, body) → 422; a key never seen → where to store it.
 */
export async function idempotencyOf(
  c: Context,
  storage: Storage,
  principal: Principal,
  body: WriteBody,
  now: Date
): Promise<IdempotentRequest | Response | undefined> {
  const key = c.req.header('idempotency-key');
  if (key === undefined || principal.kind !== 'person') return undefined;
  if (!KEY.test(key)) {
    return problemResponse(
      c,
      invalidRequestProblem([{ path: 'Idempotency-Key', message: 'must be 1–255 printable ASCII characters (a UUID)', code: 'invalid-format' }])
    );
  }
  const requestHash = createHash('sha256')
    .update(`${c.req.method} ${new URL(c.req.url).pathname}\n${body.text}`)
    .digest('base64url');
  const stored = await storage.idempotency.find(principal.credential.id, key, now);
  if (!stored) return { credentialId: principal.credential.id, key, requestHash };
  if (stored.requestHash !== requestHash) {
    return problemResponse(c, {
      type: PROBLEM_TYPES.idempotencyKeyReused,
      title: 'Idempotency key reused',
      status: 422,
      detail: 'This Idempotency-Key was used within the last 24 hours for another request; send a new key for a new request',
    });
  }
  return replay(c, stored);
}

/** Stores the first answer in the write's transaction. */
export async function saveIdempotentAnswer(
  db: Kysely<Database>,
  storage: Storage,
  request: IdempotentRequest | undefined,
  answer: { status: number; body: unknown; location?: string },
  now: Date
): Promise<void> {
  if (!request) return;
  await storage.idempotency.save(
    db,
    request.credentialId,
    request.key,
    { requestHash: request.requestHash, status: answer.status, body: JSON.stringify(answer.body), location: answer.location ?? null },
    now
  );
}

/**
 * The answer a request with the same key committed while this one ran, if any. A refusal can
 * be the loser of such a race: it read the record after the winner changed it (the id now
 * taken, the partnership already suspended), so core refused; the client sent one request
 * twice and must get the first answer, not the refusal.
 */
export async function answeredMeanwhile(
  c: Context,
  storage: Storage,
  principal: Principal,
  body: WriteBody,
  now: Date,
  request: IdempotentRequest | undefined
): Promise<Response | undefined> {
  if (!request) return undefined;
  const again = await idempotencyOf(c, storage, principal, body, now);
  return again instanceof Response ? again : undefined;
}

/**
 * The `.catch` of a creation's transaction: when the same key was sent twice at once, the other
 * request committed first (its answer is stored, and this one hit the unique key): replay that
 * answer. Any other error is thrown again.
 */
export function replayOnKeyRace(
  c: Context,
  storage: Storage,
  principal: Principal,
  body: WriteBody,
  now: Date,
  request: IdempotentRequest | undefined
): (error: unknown) => Promise<Response> {
  return async (error) => {
    if (isUniqueViolation(error) && request) {
      const again = await idempotencyOf(c, storage, principal, body, now);
      if (again instanceof Response) return again;
    }
    throw error;
  };
}
