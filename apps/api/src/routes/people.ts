import type { Hono } from 'hono';
import { SetRolesRequest, conflictProblem, forbiddenProblem, isSecretariat, notFoundProblem, operations, type PersonList } from '@ngo-liaison/core';
import { checkGrantsExist } from '../access/check-grants.js';
import { principalOf } from '../access/principal-of.js';
import { jsonBody, limitBody } from '../http/json-body.js';
import { problemResponse } from '../http/problem-response.js';
import { routePath } from '../http/route-path.js';
import type { Storage } from '../storage/storage.js';
import { signInRequired } from './current-session.js';

/** The Secretariat's view of who has an account and which roles, and role changes (staff rotate). */
export function peopleRoutes(app: Hono, storage: Storage): void {
  app.get(routePath(operations.listPeople.path), async (c) => {
    const principal = principalOf(c);
    if (principal.kind !== 'person') return signInRequired(c);
    if (!isSecretariat(principal)) return problemResponse(c, forbiddenProblem('Only the Secretariat lists people'));
    c.header('cache-control', 'no-store');
    const body: PersonList = { items: await storage.accounts.people() };
    return c.json(body);
  });

  app.put(routePath(operations.setPersonRoles.path), limitBody(), async (c) => {
    const principal = principalOf(c);
    if (principal.kind !== 'person') return signInRequired(c);
    if (!isSecretariat(principal)) return problemResponse(c, forbiddenProblem('Only the Secretariat changes roles'));
    const id = c.req.param('id') ?? '';
    if (!(await storage.accounts.person(id))) return problemResponse(c, notFoundProblem(`No person with id "${id}"`));
    const { roles } = await jsonBody(c, SetRolesRequest);
    await checkGrantsExist(storage, roles);
    if ((await storage.accounts.setRoles(id, roles)) === 'last-secretariat') {
      return problemResponse(c, conflictProblem('This would leave nobody with the Secretariat role; give it to someone else first'));
    }
    c.header('cache-control', 'no-store');
    return c.json((await storage.accounts.person(id))!);
  });
}
