import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { ANONYMOUS, PROBLEM_TYPES, unauthorizedProblem } from '@ngo-liaison/core';
import { problemResponse } from '../http/problem-response.js';
import type { Storage } from '../storage/storage.js';
import type { TokenRefusal } from './account-repository.js';
import './principal-of.js';

export interface AuthenticateOptions {
  /** The clock (tests pass a fixed one). */
  now?: () => Date;
}

export const SESSION_COOKIE = 'liaison_session';
export const CSRF_HEADER = 'X-CSRF-Token';

const REFUSAL_DETAIL: Record<TokenRefusal, string> = {
  invalid: 'The bearer token is not known; send a token issued by POST /v1/tokens or `liaison tokens create`',
  expired: 'The bearer token has expired; ask for a new one',
  revoked: 'The bearer token has been revoked; ask for a new one',
};

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** `Authorization: Bearer <token>` → the token, else undefined (other schemes are not Liaison's). */
export function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer[ ]+(\S+)\s*$/i.exec(header ?? '');
  return match?.[1];
}

/** An `Origin` header that names another host than the one the request was sent to (absent: not foreign). */
export function isForeignOrigin(c: Context): boolean {
  const origin = c.req.header('origin');
  if (origin === undefined) return false;
  try {
    return new URL(origin).host !== new URL(c.req.url).host;
  } catch {
    return true; // "null" (a sandboxed frame, a file) or garbage: not this server
  }
}

/**
 * Works out who is asking and sets `principal` on the context:
 * - a bearer token proves its holder; one that proves nobody (unknown, expired, revoked) is
 *   a 401 — never a silent fall back to anonymous, which would hide a revoked program's
 *   failure behind empty answers;
 * - else the `liaison_session` cookie of Liaison's own pages proves its person. On POST, PUT,
 *   PATCH and DELETE the cookie alone proves nothing (a browser sends it wherever the
 *   request comes from): `X-CSRF-Token` must be the session's CSRF token and `Origin`, when
 *   sent, this server's — else 403. A cookie that opens no current session is ignored (an
 *   old cookie must not break public reads);
 * - else anonymous.
 * The database is read on every request, so a revocation or a sign-out holds on every node at once.
 */
export function authenticate(storage: Storage, { now = () => new Date() }: AuthenticateOptions = {}): MiddlewareHandler {
  return async (c, next) => {
    const token = bearerToken(c.req.header('authorization'));
    if (token !== undefined) {
      const outcome = await storage.accounts.verifyToken(token, now());
      if (typeof outcome === 'string') {
        c.header('WWW-Authenticate', `Bearer realm="liaison", error="invalid_token"`);
        return problemResponse(c, unauthorizedProblem(REFUSAL_DETAIL[outcome]));
      }
      c.set('principal', outcome);
      return next();
    }
    const cookie = getCookie(c, SESSION_COOKIE);
    const session = cookie ? await storage.webSessions.verify(cookie, now()) : undefined;
    if (!session) {
      c.set('principal', ANONYMOUS);
      return next();
    }
    if (!SAFE_METHODS.has(c.req.method)) {
      const refusal = isForeignOrigin(c)
        ? `Origin ${c.req.header('origin')} is not this server's: a signed-in page of another site cannot write through your session`
        : !session.acceptsCsrf(c.req.header(CSRF_HEADER))
          ? `Send the session's CSRF token (csrfToken of GET /v1/session) in the ${CSRF_HEADER} header`
          : undefined;
      if (refusal) return problemResponse(c, { type: PROBLEM_TYPES.csrf, title: 'CSRF check failed', status: 403, detail: refusal });
    }
    c.set('principal', session.principal);
    return next();
  };
}
