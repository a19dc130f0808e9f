import { randomUUID } from 'node:crypto';
import type { Hono } from 'hono';
import type { Kysely } from 'kysely';
import {
  actionSubmissionReadScope,
  buildPath,
  conflictProblem,
  decidePublishAction,
  decideReadActionSubmission,
  decideReturnAction,
  decideSubmitAction,
  isRefusal,
  operations,
  parseActionSubmissionQuery,
  refuse,
  type ActionWriteContext,
  type Programme,
  type Refusal,
} from '@ngo-liaison/core';
import { principalOf } from '../access/principal-of.js';
import { commitWrite } from '../http/commit-write.js';
import { answeredMeanwhile, idempotencyOf, replayOnKeyRace, saveIdempotentAnswer } from '../http/idempotency-key.js';
import { routePath } from '../http/route-path.js';
import { signedInWrite } from '../http/signed-in-write.js';
import { limitWriteBody } from '../http/write-body.js';
import { anonymousRefusal, refusalResponse, writeAnswer } from '../http/write-response.js';
import type { Database } from '../storage/schema.js';
import type { Storage } from '../storage/storage.js';
import { holdsNul } from '../storage/nul-free.js';
import type { WriteRouteOptions } from './organization-writes.js';

/** Two focal points decided the same submission at once: the second finds it decided. */
class SubmissionRaceError extends Error {}

/**
 * Actions on the ground: reported with POST /v1/actions (an NGO editor's wait for the
 * programme's sector; a field office's own and the Secretariat's are published at once), read
 * by the Secretariat, the programme's sector and their actor, published or returned by the
 * sector or the Secretariat. A published action is written to `actions` and delivered to the
 * inboxes concerned in the same transaction as the submission and its audit entry.
 */
export function actionSubmissionRoutes(app: Hono, storage: Storage, { now }: WriteRouteOptions): void {
  /**
   * What core needs beside the request: the clock, ids, programmes, coverage, the actor
   * organisation as stored. The programmes come from the snapshot, read before the transaction
   * begins: on SQLite the transaction holds the one connection a first read would wait for.
   */
  async function contextOf(db: Kysely<Database>, programmes: readonly Programme[], at: Date, organizationId?: string): Promise<ActionWriteContext> {
    const stored = organizationId ? await storage.organizations.versioned(organizationId, db) : undefined;
    return {
      now: at,
      newId: randomUUID,
      programmes,
      coverage: storage.fieldOffices.coverage,
      ...(stored ? { organization: { id: stored.organization.id, fictional: stored.organization.provenance.fictional } } : {}),
    };
  }

  const raced = (id: string) => (error: unknown): Refusal => {
    if (error instanceof SubmissionRaceError) return refuse(conflictProblem(`Action submission "${id}" was decided meanwhile`));
    throw error;
  };

  app.post(routePath(operations.submitAction.path), limitWriteBody(), async (c) => {
    const write = await signedInWrite(c);
    if (write instanceof Response) return write;
    const { person, body } = write;
    const at = now();
    const idempotent = await idempotencyOf(c, storage, person, body, at);
    if (idempotent instanceof Response) return idempotent;
    const actor = (body.value as { actor?: { kind?: unknown; organization?: unknown } } | null)?.actor;
    const organizationId = actor?.kind === 'organization' && typeof actor.organization === 'string' && !holdsNul(actor.organization) ? actor.organization : undefined;
    const { programmes } = await storage.programmes.snapshot();
    const outcome = await commitWrite(storage, async (db) => {
      const decided = decideSubmitAction(person, body.value, await contextOf(db, programmes, at, organizationId));
      if (isRefusal(decided)) return decided;
      await storage.actionSubmissions.insert(db, decided.submission);
      if (decided.action) await storage.programmes.insertAction(db, decided.action);
      await storage.inbox.deliver(db, decided.deliveries);
      await storage.audit.append(db, decided.audit);
      const location = buildPath(operations.getActionSubmission.path, { id: decided.submission.action.id });
      await saveIdempotentAnswer(db, storage, idempotent, { status: decided.action ? 201 : 202, body: decided.submission, location }, at);
      return decided;
    }).catch(replayOnKeyRace(c, storage, person, body, at, idempotent));
    if (outcome instanceof Response) return outcome;
    if (isRefusal(outcome)) return (await answeredMeanwhile(c, storage, person, body, at, idempotent)) ?? refusalResponse(c, outcome);
    const location = buildPath(operations.getActionSubmission.path, { id: outcome.submission.action.id });
    return writeAnswer(c, outcome.submission, outcome.action ? 201 : 202, { location });
  });

  app.get(routePath(operations.listActionSubmissions.path), async (c) => {
    const principal = principalOf(c);
    const anonymous = anonymousRefusal(c, principal);
    if (anonymous) return anonymous;
    const query = parseActionSubmissionQuery(new URL(c.req.url).searchParams);
    const { programmes } = await storage.programmes.snapshot();
    const page = await storage.actionSubmissions.list({ ...query, scope: actionSubmissionReadScope(principal, programmes) });
    c.header('cache-control', 'private, no-store');
    return c.json(page);
  });

  app.get(routePath(operations.getActionSubmission.path), async (c) => {
    const id = c.req.param('id') ?? '';
    const { programmes } = await storage.programmes.snapshot();
    const decided = decideReadActionSubmission(principalOf(c), id, await storage.actionSubmissions.get(id), programmes);
    if ('kind' in decided && isRefusal(decided)) return refusalResponse(c, decided);
    c.header('cache-control', 'private, no-store');
    return c.json(decided);
  });

  app.post(routePath(operations.publishAction.path), async (c) => {
    const id = c.req.param('id') ?? '';
    const { programmes } = await storage.programmes.snapshot();
    const outcome = await commitWrite(storage, async (db) => {
      const decided = decidePublishAction(principalOf(c), id, await storage.actionSubmissions.get(id, db), await contextOf(db, programmes, now()));
      if (isRefusal(decided)) return decided;
      if (!(await storage.actionSubmissions.replace(db, decided.submission, 'pending'))) throw new SubmissionRaceError();
      await storage.programmes.insertAction(db, decided.action);
      await storage.inbox.deliver(db, decided.deliveries);
      await storage.audit.append(db, decided.audit);
      return decided;
    }).catch(raced(id));
    if (isRefusal(outcome)) return refusalResponse(c, outcome);
    return writeAnswer(c, outcome.submission, 200);
  });

  app.post(routePath(operations.returnAction.path), limitWriteBody(), async (c) => {
    const write = await signedInWrite(c);
    if (write instanceof Response) return write;
    const { person, body } = write;
    const id = c.req.param('id') ?? '';
    const { programmes } = await storage.programmes.snapshot();
    const outcome = await commitWrite(storage, async (db) => {
      const decided = decideReturnAction(person, id, await storage.actionSubmissions.get(id, db), body.value, await contextOf(db, programmes, now()));
      if (isRefusal(decided)) return decided;
      if (!(await storage.actionSubmissions.replace(db, decided.submission, 'pending'))) throw new SubmissionRaceError();
      await storage.inbox.deliver(db, decided.deliveries);
      await storage.audit.append(db, decided.audit);
      return decided;
    }).catch(raced(id));
    if (isRefusal(outcome)) return refusalResponse(c, outcome);
    return writeAnswer(c, outcome.submission, 200);
  });
}
