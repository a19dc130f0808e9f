import type { Hono } from 'hono';
import { operations, unauthorizedProblem, type CurrentSession } from '@ngo-liaison/core';
import { principalOf } from '../access/principal-of.js';
import { problemResponse } from '../http/problem-response.js';
import { routePath } from '../http/route-path.js';
import type { Storage } from '../storage/storage.js';

/** GET /v1/session: who the request's credential proves, with their roles. */
export function currentSessionRoutes(app: Hono, storage: Storage): void {
  app.get(routePath(operations.getCurrentSession.path), async (c) => {
    const principal = principalOf(c);
    c.header('cache-control', 'no-store'); // personal: no shared cache may keep it
    if (principal.kind !== 'person') {
      c.header('WWW-Authenticate', 'Bearer realm="liaison"');
      return problemResponse(c, unauthorizedProblem());
    }
    const person = await storage.accounts.person(principal.personId);
    const body: CurrentSession = {
      person: { id: principal.personId, displayName: principal.displayName, email: person?.email ?? null },
      roles: [...principal.roles],
      credential: principal.credential.kind,
    };
    return c.json(body);
  });
}
