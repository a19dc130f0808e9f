import { randomUUID } from 'node:crypto';
import type { Hono } from 'hono';
import {
  conflictProblem,
  decidePublishRevision,
  decideReadRevision,
  decideReturnRevision,
  isRefusal,
  operations,
  organizationEtag,
  parseRevisionQuery,
  refuse,
  revisionReadScope,
  type OrganizationWriteResult,
} from '@ngo-liaison/core';
import { principalOf } from '../access/principal-of.js';
import { VersionRaceError, commitWrite } from '../http/commit-write.js';
import { routePath } from '../http/route-path.js';
import { signedInWrite } from '../http/signed-in-write.js';
import { limitWriteBody } from '../http/write-body.js';
import { anonymousRefusal, refusalResponse, writeAnswer } from '../http/write-response.js';
import type { Storage } from '../storage/storage.js';
import type { WriteRouteOptions } from './organization-writes.js';

/** Two people decided the same revision at once: the second finds it decided. */
class RevisionRaceError extends Error {}

/**
 * Editors' proposed changes: listed and read by the Secretariat and the organisation's own
 * editors (others: an empty list, 404 for one), published or returned by the Secretariat.
 */
export function revisionRoutes(app: Hono, storage: Storage, { now }: WriteRouteOptions): void {
  app.get(routePath(operations.listRevisions.path), async (c) => {
    const principal = principalOf(c);
    const anonymous = anonymousRefusal(c, principal);
    if (anonymous) return anonymous;
    const query = parseRevisionQuery(new URL(c.req.url).searchParams);
    const page = await storage.revisions.list({ ...query, scope: revisionReadScope(principal) });
    c.header('cache-control', 'private, no-store');
    return c.json(page);
  });

  app.get(routePath(operations.getRevision.path), async (c) => {
    const id = c.req.param('id') ?? '';
    const decided = decideReadRevision(principalOf(c), id, await storage.revisions.get(id));
    if ('kind' in decided && isRefusal(decided)) return refusalResponse(c, decided);
    c.header('cache-control', 'private, no-store');
    return c.json(decided);
  });

  app.post(routePath(operations.publishRevision.path), async (c) => {
    const id = c.req.param('id') ?? '';
    const context = { now: now(), newId: randomUUID };
    const outcome = await commitWrite(storage, async (db) => {
      const revision = await storage.revisions.get(id, db);
      const current = revision ? await storage.organizations.versioned(revision.organizationId, db) : undefined;
      const decided = decidePublishRevision(principalOf(c), id, revision, current, context);
      if (isRefusal(decided)) return decided;
      if (!(await storage.organizations.publish(db, decided.organization, decided.version, current!.version))) throw new VersionRaceError();
      if (!(await storage.revisions.replace(db, decided.revision, 'pending'))) throw new RevisionRaceError();
      await storage.audit.append(db, decided.audit);
      return decided;
    }).catch(async (error: unknown) => {
      if (error instanceof RevisionRaceError) return refuse(conflictProblem(`Revision "${id}" was decided meanwhile`));
      if (!(error instanceof VersionRaceError)) throw error;
      const revision = await storage.revisions.get(id);
      const current = revision && (await storage.organizations.versioned(revision.organizationId));
      return refuse(conflictProblem('The organisation changed meanwhile; re-apply the change to the current version', current ? { version: current.version, record: current.organization } : undefined));
    });
    if (isRefusal(outcome)) return refusalResponse(c, outcome);
    const result: OrganizationWriteResult = { status: 'published', version: outcome.version, organization: outcome.organization };
    return writeAnswer(c, result, 200, { etag: organizationEtag(outcome.version, 'partners') });
  });

  app.post(routePath(operations.returnRevision.path), limitWriteBody(), async (c) => {
    const write = await signedInWrite(c);
    if (write instanceof Response) return write;
    const { person: principal, body } = write;
    const id = c.req.param('id') ?? '';
    const context = { now: now(), newId: randomUUID };
    const outcome = await commitWrite(storage, async (db) => {
      const decided = decideReturnRevision(principal, id, await storage.revisions.get(id, db), body.value, context);
      if (isRefusal(decided)) return decided;
      if (!(await storage.revisions.replace(db, decided.revision, 'pending'))) throw new RevisionRaceError();
      await storage.audit.append(db, decided.audit);
      return decided;
    }).catch((error: unknown) => {
      if (error instanceof RevisionRaceError) return refuse(conflictProblem(`Revision "${id}" was decided meanwhile`));
      throw error;
    });
    if (isRefusal(outcome)) return refusalResponse(c, outcome);
    return writeAnswer(c, outcome.revision, 200);
  });
}
