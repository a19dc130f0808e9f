import { randomUUID } from 'node:crypto';
import type { Hono } from 'hono';
import {
  admissionId,
  buildPath,
  conflictProblem,
  decideAdmission,
  decideContactErasure,
  decideOrganizationPatch,
  eraseContactFromRevision,
  holdsContact,
  isRefusal,
  operations,
  organizationEtag,
  preconditionFailedProblem,
  refuse,
  versionFromIfMatch,
  type OrganizationWriteResult,
} from '@ngo-liaison/core';
import { VersionRaceError, commitWrite } from '../http/commit-write.js';
import { answeredMeanwhile, idempotencyOf, saveIdempotentAnswer } from '../http/idempotency-key.js';
import { routePath } from '../http/route-path.js';
import { signedInWrite } from '../http/signed-in-write.js';
import { limitWriteBody } from '../http/write-body.js';
import { refusalResponse, writeAnswer } from '../http/write-response.js';
import { isUniqueViolation } from '../storage/unique-violation.js';
import type { Storage } from '../storage/storage.js';

export interface WriteRouteOptions {
  now: () => Date;
}

/**
 * Writes to organisations: profile changes (PATCH, If-Match), admission (POST, Idempotency-Key)
 * and contact erasure. Each route works out the principal, asks core, and commits the outcome
 * with its audit entry in one transaction (commitWrite).
 */
export function organizationWriteRoutes(app: Hono, storage: Storage, { now }: WriteRouteOptions): void {
  app.patch(routePath(operations.updateOrganization.path), limitWriteBody(), async (c) => {
    const write = await signedInWrite(c, { mergePatch: true });
    if (write instanceof Response) return write;
    const { person: principal, body } = write;
    const id = c.req.param('id') ?? '';
    const context = { now: now(), newId: randomUUID, ifMatch: versionFromIfMatch(c.req.header('if-match')) };
    const outcome = await commitWrite(storage, async (db) => {
      const current = await storage.organizations.versioned(id, db);
      const decided = decideOrganizationPatch(principal, current, body.value, context);
      if (isRefusal(decided)) return decided;
      if (decided.kind === 'publish') {
        if (!(await storage.organizations.publish(db, decided.organization, decided.version, current!.version))) throw new VersionRaceError();
      } else {
        await storage.revisions.insert(db, decided.revision);
      }
      await storage.audit.append(db, decided.audit);
      return decided;
    }).catch(async (error: unknown) => {
      if (!(error instanceof VersionRaceError)) throw error;
      const current = (await storage.organizations.versioned(id))!;
      return refuse(preconditionFailedProblem({ version: current.version, record: current.organization }));
    });
    if (isRefusal(outcome)) return refusalResponse(c, outcome);
    if (outcome.kind === 'submit') return writeAnswer(c, { status: 'pending', revision: outcome.revision } satisfies OrganizationWriteResult, 202);
    const result: OrganizationWriteResult = { status: 'published', version: outcome.version, organization: outcome.organization };
    return writeAnswer(c, result, 200, { etag: organizationEtag(outcome.version, 'partners') });
  });

  app.post(routePath(operations.createOrganization.path), limitWriteBody(), async (c) => {
    const write = await signedInWrite(c);
    if (write instanceof Response) return write;
    const { person: principal, body } = write;
    const at = now();
    const idempotent = await idempotencyOf(c, storage, principal, body, at);
    if (idempotent instanceof Response) return idempotent;
    const id = admissionId(body.value);
    const location = id ? buildPath(operations.getOrganization.path, { id }) : '';
    const outcome = await commitWrite(storage, async (db) => {
      const existing = id ? await storage.organizations.versioned(id, db) : undefined;
      const decided = decideAdmission(principal, body.value, existing?.organization, { now: at, newId: randomUUID });
      if (isRefusal(decided)) return decided;
      await storage.organizations.create(db, decided.organization);
      await storage.audit.append(db, decided.audit);
      await saveIdempotentAnswer(db, storage, idempotent, { status: 201, body: decided.organization, location }, at);
      return decided;
    }).catch(async (error: unknown) => {
      if (!isUniqueViolation(error)) throw error;
      // The same key sent twice at once (the other one stored its answer), or the id taken meanwhile.
      const again = idempotent ? await idempotencyOf(c, storage, principal, body, at) : undefined;
      return again instanceof Response ? again : refuse(conflictProblem(`An organisation with id "${id}" exists already; ids are never reused`));
    });
    if (outcome instanceof Response) return outcome;
    if (isRefusal(outcome)) return (await answeredMeanwhile(c, storage, principal, body, at, idempotent)) ?? refusalResponse(c, outcome);
    return writeAnswer(c, outcome.organization, 201, { location, etag: organizationEtag(outcome.version, 'partners') });
  });

  app.post(routePath(operations.eraseContact.path), limitWriteBody(), async (c) => {
    const write = await signedInWrite(c);
    if (write instanceof Response) return write;
    const { person: principal, body } = write;
    const id = c.req.param('id') ?? '';
    const context = { now: now(), newId: randomUUID };
    const outcome = await commitWrite(storage, async (db) => {
      const current = await storage.organizations.versioned(id, db);
      const decided = decideContactErasure(principal, id, current, body.value, context);
      if (isRefusal(decided)) return decided;
      if (decided.changed && !(await storage.organizations.publish(db, decided.organization, decided.version, current!.version))) throw new VersionRaceError();
      for (const revision of await storage.revisions.ofOrganization(id, db)) {
        if (holdsContact(revision, decided.value)) await storage.revisions.replace(db, eraseContactFromRevision(revision, decided.value));
      }
      await storage.audit.eraseContact(db, decided.value);
      await storage.idempotency.eraseContact(db, decided.value);
      await storage.audit.append(db, decided.audit);
      return decided;
    }).catch((error: unknown) => {
      if (error instanceof VersionRaceError) return refuse(conflictProblem('The organisation changed during the erasure; send it again'));
      throw error;
    });
    if (isRefusal(outcome)) return refusalResponse(c, outcome);
    const result: OrganizationWriteResult = { status: 'published', version: outcome.version, organization: outcome.organization };
    return writeAnswer(c, result, 200, { etag: organizationEtag(outcome.version, 'partners') });
  });
}
