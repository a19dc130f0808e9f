import type { Context, MiddlewareHandler } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import { sql } from 'kysely';
import { PROBLEM_TYPES } from '@ngo-liaison/core';
import { principalOf } from '../access/principal-of.js';
import type { Storage } from '../storage/storage.js';
import { problemResponse } from './problem-response.js';

/** Requests per minute; 0 turns a limit off. */
export interface RateLimits {
  /** Per bearer token or session, counted in the database: shared by every node. */
  signedInPerMinute: number;
  /** Per client address, counted in this node's memory. */
  anonymousPerMinute: number;
}

/** `npm start`'s defaults: far above what a person or a polite program sends, low enough to stop a runaway loop. */
export const DEFAULT_RATE_LIMITS: RateLimits = { signedInPerMinute: 600, anonymousPerMinute: 6000 };
export const NO_RATE_LIMITS: RateLimits = { signedInPerMinute: 0, anonymousPerMinute: 0 };

const WINDOW_MS = 60_000;

/**
 * Fixed one-minute windows. A signed-in caller's count is one row per credential and minute
 * (`rate_limit_windows`), incremented by an upsert: every node adds to the same count, so a
 * token cannot get N times its limit by spreading requests over N nodes, and the row costs
 * one small write per signed-in request (there are few: people's edits and their programs).
 * Anonymous readers are many and cheap to serve; their counts stay in memory, per node,
 * by client address (behind a proxy that is the proxy's: raise the limit there).
 */
export function rateLimit(storage: Storage, limits: RateLimits, now: () => Date = () => new Date()): MiddlewareHandler {
  const anonymous = new Map<string, number>();
  let anonymousWindow = 0;
  let swept = 0;

  async function signedInCount(bucket: string, windowStart: number): Promise<number> {
    const start = new Date(windowStart).toISOString();
    if (swept !== windowStart) {
      swept = windowStart; // once per minute per node: old windows go
      await storage.db.deleteFrom('rate_limit_windows').where('window_start', '<', new Date(windowStart - WINDOW_MS).toISOString()).execute();
    }
    const row = await storage.db
      .insertInto('rate_limit_windows')
      .values({ bucket, window_start: start, count: 1 })
      .onConflict((oc) => oc.columns(['bucket', 'window_start']).doUpdateSet({ count: sql<number>`rate_limit_windows.count + 1` }))
      .returning('count')
      .executeTakeFirstOrThrow();
    return Number(row.count);
  }

  function anonymousCount(c: Context, windowStart: number): number {
    if (anonymousWindow !== windowStart) {
      anonymous.clear();
      anonymousWindow = windowStart;
    }
    let address = 'unknown';
    try {
      address = getConnInfo(c).remote.address ?? address;
    } catch {
      // not served by @hono/node-server (app.request in a test): one shared bucket
    }
    const count = (anonymous.get(address) ?? 0) + 1;
    anonymous.set(address, count);
    return count;
  }

  return async (c, next) => {
    const principal = principalOf(c);
    const limit = principal.kind === 'person' ? limits.signedInPerMinute : limits.anonymousPerMinute;
    if (limit <= 0 || c.req.method === 'OPTIONS') return next();
    const at = now().getTime();
    const windowStart = at - (at % WINDOW_MS);
    const count = principal.kind === 'person' ? await signedInCount(`${principal.credential.kind}:${principal.credential.id}`, windowStart) : anonymousCount(c, windowStart);
    const reset = Math.max(1, Math.ceil((windowStart + WINDOW_MS - at) / 1000));
    const headers = { 'RateLimit-Limit': String(limit), 'RateLimit-Remaining': String(Math.max(0, limit - count)), 'RateLimit-Reset': String(reset) };
    if (count > limit) {
      for (const [name, value] of Object.entries(headers)) c.header(name, value);
      c.header('Retry-After', String(reset));
      return problemResponse(c, {
        type: PROBLEM_TYPES.rateLimited,
        title: 'Too many requests',
        status: 429,
        detail: `At most ${limit} requests a minute ${principal.kind === 'person' ? 'per token or session' : 'per client without a credential'}; try again in ${reset} s`,
      });
    }
    await next();
    for (const [name, value] of Object.entries(headers)) c.header(name, value);
  };
}

function wholeNumber(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number of requests a minute (0 turns the limit off), got "${raw}"`);
  return value;
}

/** RATE_LIMIT_PER_MINUTE (signed-in, per token or session) and RATE_LIMIT_ANONYMOUS_PER_MINUTE (per client, per node). */
export function rateLimitsFromEnv(env: NodeJS.ProcessEnv): RateLimits {
  return {
    signedInPerMinute: wholeNumber(env, 'RATE_LIMIT_PER_MINUTE', DEFAULT_RATE_LIMITS.signedInPerMinute),
    anonymousPerMinute: wholeNumber(env, 'RATE_LIMIT_ANONYMOUS_PER_MINUTE', DEFAULT_RATE_LIMITS.anonymousPerMinute),
  };
}
