import type { MiddlewareHandler } from 'hono';
import { ANONYMOUS, unauthorizedProblem } from '@ngo-liaison/core';
import { problemResponse } from '../http/problem-response.js';
import type { Storage } from '../storage/storage.js';
import type { TokenRefusal } from './account-repository.js';
import './principal-of.js';

export interface AuthenticateOptions {
  /** The clock (tests pass a fixed one). */
  now?: () => Date;
}

const REFUSAL_DETAIL: Record<TokenRefusal, string> = {
  invalid: 'The bearer token is not known; send a token issued by POST /v1/tokens or `liaison tokens create`',
  expired: 'The bearer token has expired; ask for a new one',
  revoked: 'The bearer token has been revoked; ask for a new one',
};

/** `Authorization: Bearer <token>` → the token, else undefined (other schemes are not Liaison's). */
export function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer[ ]+(\S+)\s*$/i.exec(header ?? '');
  return match?.[1];
}

/**
 * Works out who is asking and sets `principal` on the context: a person proved by a bearer
 * token, else anonymous. A bearer token that proves nobody (unknown, expired, revoked) is a
 * 401 — never a silent fall back to anonymous, which would hide a revoked program's failure
 * behind empty answers. The database is read on every request, so a revocation holds on
 * every node at once.
 */
export function authenticate(storage: Storage, { now = () => new Date() }: AuthenticateOptions = {}): MiddlewareHandler {
  return async (c, next) => {
    const token = bearerToken(c.req.header('authorization'));
    if (token === undefined) {
      c.set('principal', ANONYMOUS);
      return next();
    }
    const outcome = await storage.accounts.verifyToken(token, now());
    if (typeof outcome === 'string') {
      c.header('WWW-Authenticate', `Bearer realm="liaison", error="invalid_token"`);
      return problemResponse(c, unauthorizedProblem(REFUSAL_DETAIL[outcome]));
    }
    c.set('principal', outcome);
    return next();
  };
}
