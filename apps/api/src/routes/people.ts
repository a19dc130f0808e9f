import type { Hono } from 'hono';
import { forbiddenProblem, isSecretariat, operations, type PersonList } from '@ngo-liaison/core';
import { principalOf } from '../access/principal-of.js';
import { problemResponse } from '../http/problem-response.js';
import { routePath } from '../http/route-path.js';
import type { Storage } from '../storage/storage.js';
import { signInRequired } from './current-session.js';

/** GET /v1/people: the Secretariat's view of who has an account and which roles. */
export function peopleRoutes(app: Hono, storage: Storage): void {
  app.get(routePath(operations.listPeople.path), async (c) => {
    const principal = principalOf(c);
    if (principal.kind !== 'person') return signInRequired(c);
    if (!isSecretariat(principal)) return problemResponse(c, forbiddenProblem('Only the Secretariat lists people'));
    c.header('cache-control', 'no-store');
    const body: PersonList = { items: await storage.accounts.people() };
    return c.json(body);
  });
}
