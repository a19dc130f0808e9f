import type { Context, Hono } from 'hono';
import { getCookie } from 'hono/cookie';
import { PROBLEM_TYPES, SignInRequest, invalidRequestProblem, operations, unauthorizedProblem, type CurrentSession } from '@ngo-liaison/core';
import type { AccountRouteOptions } from '../access/account-options.js';
import type { SignedIn } from '../access/account-repository.js';
import { SESSION_COOKIE, isForeignOrigin } from '../access/authenticate.js';
import { hashPassword, verifyPassword } from '../access/passwords.js';
import { principalOf } from '../access/principal-of.js';
import { clearSessionCookie, setSessionCookie } from '../access/session-cookie.js';
import { csrfTokenOf } from '../access/web-session-repository.js';
import { jsonBody, limitBody } from '../http/json-body.js';
import { problemResponse } from '../http/problem-response.js';
import { routePath } from '../http/route-path.js';
import type { Storage } from '../storage/storage.js';

/** Verified against when the e-mail is unknown, so a wrong e-mail takes as long as a wrong password. */
const NO_ONE = hashPassword('not anyone’s password');

/** The 401 of a signed-in-only route asked anonymously. */
export function signInRequired(c: Context): Response {
  c.header('WWW-Authenticate', 'Bearer realm="liaison"');
  return problemResponse(c, unauthorizedProblem());
}

/** 403 for a sign-in or an acceptance posted by a page of another site (login CSRF). */
export function foreignOriginProblem(c: Context): Response {
  return problemResponse(c, { type: PROBLEM_TYPES.csrf, title: 'CSRF check failed', status: 403, detail: `Origin ${c.req.header('origin')} is not this server's` });
}

export async function currentSessionBody(storage: Storage, principal: SignedIn, csrfToken?: string): Promise<CurrentSession> {
  const person = await storage.accounts.person(principal.personId);
  return {
    person: { id: principal.personId, displayName: principal.displayName, email: person?.email ?? null },
    roles: [...principal.roles],
    credential: principal.credential.kind,
    ...(csrfToken ? { csrfToken } : {}),
  };
}

/** GET, POST and DELETE /v1/session: who is signed in, sign in, sign out. */
export function currentSessionRoutes(app: Hono, storage: Storage, { production, now }: AccountRouteOptions): void {
  const path = routePath(operations.getCurrentSession.path);

  app.get(path, async (c) => {
    const principal = principalOf(c);
    c.header('cache-control', 'no-store'); // personal: no shared cache may keep it
    if (principal.kind !== 'person') return signInRequired(c);
    const cookie = principal.credential.kind === 'session' ? getCookie(c, SESSION_COOKIE) : undefined;
    return c.json(await currentSessionBody(storage, principal, cookie ? csrfTokenOf(cookie) : undefined));
  });

  app.post(path, limitBody(), async (c) => {
    if (isForeignOrigin(c)) return foreignOriginProblem(c);
    const { email, password } = await jsonBody(c, SignInRequest);
    const person = await storage.accounts.personByEmail(email);
    const matches = await verifyPassword(password, person?.passwordHash ?? (await NO_ONE));
    if (!person || !person.passwordHash || !matches || person.disabledAt) {
      return problemResponse(c, unauthorizedProblem('The e-mail or the password is wrong'));
    }
    const at = now();
    const started = await storage.webSessions.start(person.id, at);
    setSessionCookie(c, started.secret, started.expiresAt, production, at);
    const principal = await storage.accounts.principal(person.id, { kind: 'session', id: started.id });
    c.header('cache-control', 'no-store');
    return c.json(await currentSessionBody(storage, principal!, started.csrfToken));
  });

  app.delete(path, async (c) => {
    const principal = principalOf(c);
    if (principal.kind !== 'person') return signInRequired(c);
    if (principal.credential.kind !== 'session') {
      return problemResponse(c, invalidRequestProblem([{ path: 'Authorization', message: 'a bearer token has no session to end; revoke it with DELETE /v1/tokens/{id}' }]));
    }
    await storage.webSessions.end(principal.credential.id, now());
    clearSessionCookie(c, production);
    return c.body(null, 204);
  });
}
