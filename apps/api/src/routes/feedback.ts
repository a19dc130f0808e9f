import { randomUUID } from 'node:crypto';
import type { Hono } from 'hono';
import {
  buildPath,
  conflictProblem,
  decideAcknowledgeFeedback,
  decideAnswerFeedback,
  decideReadFeedback,
  decideSendFeedback,
  feedbackReadScope,
  isRefusal,
  operations,
  parseFeedbackQuery,
  parseFeedbackSummaryQuery,
  refuse,
  summarizeFeedback,
  type Refusal,
} from '@ngo-liaison/core';
import { principalOf } from '../access/principal-of.js';
import { commitWrite } from '../http/commit-write.js';
import { answeredMeanwhile, idempotencyOf, replayOnKeyRace, saveIdempotentAnswer } from '../http/idempotency-key.js';
import { routePath } from '../http/route-path.js';
import { signedInWrite } from '../http/signed-in-write.js';
import { limitWriteBody } from '../http/write-body.js';
import { anonymousRefusal, refusalResponse, writeAnswer } from '../http/write-response.js';
import type { Storage } from '../storage/storage.js';
import { holdsNul } from '../storage/nul-free.js';
import type { WriteRouteOptions } from './organization-writes.js';

/** Two people of a sector decided the same feedback at once: the second finds it decided. */
class FeedbackRaceError extends Error {}

/**
 * NGOs' feedback to sectors on programme implementation: sent by the organisation's editors,
 * acknowledged and answered by the programme's sector (or the Secretariat), read by them and the
 * field office it names; counted by programme and country for the sector. Never public. Each
 * write commits the feedback, its inbox deliveries and its audit entry in one transaction.
 */
export function feedbackRoutes(app: Hono, storage: Storage, { now }: WriteRouteOptions): void {
  const raced = (id: string) => (error: unknown): Refusal => {
    if (error instanceof FeedbackRaceError) return refuse(conflictProblem(`Feedback "${id}" was decided meanwhile`));
    throw error;
  };

  app.post(routePath(operations.sendFeedback.path), limitWriteBody(), async (c) => {
    const write = await signedInWrite(c);
    if (write instanceof Response) return write;
    const { person, body } = write;
    const at = now();
    const idempotent = await idempotencyOf(c, storage, person, body, at);
    if (idempotent instanceof Response) return idempotent;
    const organization = (body.value as { organization?: unknown } | null)?.organization;
    // Read before the transaction: on SQLite it holds the one connection a first snapshot read would wait for.
    const { programmes } = await storage.programmes.snapshot();
    const outcome = await commitWrite(storage, async (db) => {
      const organizationExists = typeof organization === 'string' && !holdsNul(organization) && (await storage.organizations.versioned(organization, db)) !== undefined;
      const decided = decideSendFeedback(person, body.value, { now: at, newId: randomUUID, programmes, coverage: storage.fieldOffices.coverage, organizationExists });
      if (isRefusal(decided)) return decided;
      await storage.feedback.insert(db, decided.feedback);
      await storage.inbox.deliver(db, decided.deliveries);
      await storage.audit.append(db, decided.audit);
      const location = buildPath(operations.getFeedback.path, { id: decided.feedback.id });
      await saveIdempotentAnswer(db, storage, idempotent, { status: 201, body: decided.feedback, location }, at);
      return decided;
    }).catch(replayOnKeyRace(c, storage, person, body, at, idempotent));
    if (outcome instanceof Response) return outcome;
    if (isRefusal(outcome)) return (await answeredMeanwhile(c, storage, person, body, at, idempotent)) ?? refusalResponse(c, outcome);
    return writeAnswer(c, outcome.feedback, 201, { location: buildPath(operations.getFeedback.path, { id: outcome.feedback.id }) });
  });

  app.get(routePath(operations.listFeedback.path), async (c) => {
    const principal = principalOf(c);
    const anonymous = anonymousRefusal(c, principal);
    if (anonymous) return anonymous;
    const query = parseFeedbackQuery(new URL(c.req.url).searchParams);
    c.header('cache-control', 'private, no-store');
    return c.json(await storage.feedback.list({ ...query, scope: feedbackReadScope(principal) }));
  });

  app.get(routePath(operations.getFeedbackSummary.path), async (c) => {
    const principal = principalOf(c);
    const anonymous = anonymousRefusal(c, principal);
    if (anonymous) return anonymous;
    const { programme, country, sector } = parseFeedbackSummaryQuery(new URL(c.req.url).searchParams);
    const feedback = await storage.feedback.all({ programme, country, sector, scope: feedbackReadScope(principal) });
    c.header('cache-control', 'private, no-store');
    return c.json({ rows: summarizeFeedback(feedback) });
  });

  app.get(routePath(operations.getFeedback.path), async (c) => {
    const id = c.req.param('id') ?? '';
    const decided = decideReadFeedback(principalOf(c), id, await storage.feedback.get(id));
    if ('kind' in decided && isRefusal(decided)) return refusalResponse(c, decided);
    c.header('cache-control', 'private, no-store');
    return c.json(decided);
  });

  app.post(routePath(operations.acknowledgeFeedback.path), async (c) => {
    const id = c.req.param('id') ?? '';
    const outcome = await commitWrite(storage, async (db) => {
      const decided = decideAcknowledgeFeedback(principalOf(c), id, await storage.feedback.get(id, db), { now: now(), newId: randomUUID });
      if (isRefusal(decided)) return decided;
      if (!(await storage.feedback.replace(db, decided.feedback, 'sent'))) throw new FeedbackRaceError();
      await storage.inbox.deliver(db, decided.deliveries);
      await storage.audit.append(db, decided.audit);
      return decided;
    }).catch(raced(id));
    if (isRefusal(outcome)) return refusalResponse(c, outcome);
    return writeAnswer(c, outcome.feedback, 200);
  });

  app.post(routePath(operations.answerFeedback.path), limitWriteBody(), async (c) => {
    const write = await signedInWrite(c);
    if (write instanceof Response) return write;
    const { person, body } = write;
    const id = c.req.param('id') ?? '';
    const outcome = await commitWrite(storage, async (db) => {
      const stored = await storage.feedback.get(id, db);
      const decided = decideAnswerFeedback(person, id, stored, body.value, { now: now(), newId: randomUUID });
      if (isRefusal(decided)) return decided;
      if (!(await storage.feedback.replace(db, decided.feedback, stored!.state))) throw new FeedbackRaceError();
      await storage.inbox.deliver(db, decided.deliveries);
      await storage.audit.append(db, decided.audit);
      return decided;
    }).catch(raced(id));
    if (isRefusal(outcome)) return refusalResponse(c, outcome);
    return writeAnswer(c, outcome.feedback, 200);
  });
}
