import { randomUUID } from 'node:crypto';
import type { Hono } from 'hono';
import { applyPartnershipDecision, buildPath, isRefusal, notFoundProblem, operations, pathParamsProblem, refuse, conflictProblem } from '@ngo-liaison/core';
import { VersionRaceError, commitWrite } from '../http/commit-write.js';
import { answeredMeanwhile, idempotencyOf, saveIdempotentAnswer } from '../http/idempotency-key.js';
import { problemResponse } from '../http/problem-response.js';
import { routePath } from '../http/route-path.js';
import { signedInWrite } from '../http/signed-in-write.js';
import { limitWriteBody } from '../http/write-body.js';
import { refusalResponse, writeAnswer } from '../http/write-response.js';
import { isUniqueViolation } from '../storage/unique-violation.js';
import type { Storage } from '../storage/storage.js';
import type { WriteRouteOptions } from './organization-writes.js';

/** Partnership decisions: the public history of an organisation, recorded by the Secretariat. */
export function partnershipDecisionRoutes(app: Hono, storage: Storage, { now }: WriteRouteOptions): void {
  app.get(routePath(operations.listDecisions.path), async (c) => {
    const id = c.req.param('id') ?? '';
    const malformed = pathParamsProblem(operations.listDecisions, { id });
    if (malformed) return problemResponse(c, malformed);
    if (!(await storage.organizations.get(id))) return problemResponse(c, notFoundProblem(`No organisation with id "${id}"`));
    return c.json({ items: await storage.decisions.list(id) });
  });

  app.post(routePath(operations.recordDecision.path), limitWriteBody(), async (c) => {
    const write = await signedInWrite(c);
    if (write instanceof Response) return write;
    const { person: principal, body } = write;
    const id = c.req.param('id') ?? '';
    const at = now();
    const idempotent = await idempotencyOf(c, storage, principal, body, at);
    if (idempotent instanceof Response) return idempotent;
    const location = buildPath(operations.listDecisions.path, { id });
    const outcome = await commitWrite(storage, async (db) => {
      const current = await storage.organizations.versioned(id, db);
      const decided = applyPartnershipDecision(principal, id, current, body.value, { now: at, newId: randomUUID });
      if (isRefusal(decided)) return decided;
      if (!(await storage.organizations.publish(db, decided.organization, decided.version, current!.version))) throw new VersionRaceError();
      await storage.decisions.insert(db, decided.decision);
      await storage.audit.append(db, decided.audit);
      await saveIdempotentAnswer(db, storage, idempotent, { status: 201, body: decided.decision, location }, at);
      return decided;
    }).catch(async (error: unknown) => {
      // The same key sent twice at once: the other request committed first (its answer is stored), replay it.
      if ((isUniqueViolation(error) || error instanceof VersionRaceError) && idempotent) {
        const again = await idempotencyOf(c, storage, principal, body, at);
        if (again instanceof Response) return again;
      }
      if (error instanceof VersionRaceError) return refuse(conflictProblem('The organisation changed while the decision was recorded; send it again'));
      throw error;
    });
    if (outcome instanceof Response) return outcome;
    if (isRefusal(outcome)) return (await answeredMeanwhile(c, storage, principal, body, at, idempotent)) ?? refusalResponse(c, outcome);
    return writeAnswer(c, outcome.decision, 201, { location });
  });
}
