import { randomUUID } from 'node:crypto';
import type { Hono } from 'hono';
import {
  buildPath,
  conflictProblem,
  decideFollowUp,
  decideProposeAddressees,
  decideRecordRecommendation,
  decodeCursor,
  encodeCursor,
  filterRecommendations,
  isRefusal,
  notFoundProblem,
  operations,
  parseRecommendationQuery,
  recommendationView,
  refuse,
  type RecommendationContext,
  withEvaluations,
} from '@ngo-liaison/core';
import { principalOf } from '../access/principal-of.js';
import { commitWrite } from '../http/commit-write.js';
import { answeredMeanwhile, idempotencyOf, replayOnKeyRace, saveIdempotentAnswer } from '../http/idempotency-key.js';
import { problemResponse } from '../http/problem-response.js';
import { readerDependent } from '../http/reader-view.js';
import { routePath } from '../http/route-path.js';
import { signedInWrite } from '../http/signed-in-write.js';
import { limitWriteBody, type WriteBody } from '../http/write-body.js';
import { refusalResponse, writeAnswer } from '../http/write-response.js';
import type { Storage } from '../storage/storage.js';
import { holdsNul } from '../storage/nul-free.js';
import type { WriteRouteOptions } from './organization-writes.js';

const LIST = 'recommendations';

/** Two addressees followed up the same recommendation at once: the second is asked to send again. */
class FollowUpRaceError extends Error {}

/**
 * Recommendations of events' outputs: core proposes who they concern (writing nothing), the
 * Liaison Committee (or the Secretariat) records them with the addressees it confirmed, and each
 * addressee follows up for itself. Public reads show each addressee's public follow-ups; the
 * Committee, the Secretariat and an addressee (its own) see the others (core's recommendationView).
 */
export function recommendationRoutes(app: Hono, storage: Storage, { now }: WriteRouteOptions): void {
  /** Core's context: the clock, ids, programmes and coverage (routing), and whether the body's event exists. */
  async function contextOf(body: WriteBody, at: Date): Promise<RecommendationContext> {
    const event = (body.value as { event?: unknown } | null)?.event;
    const known = typeof event === 'string' && event.length <= 200 && !holdsNul(event) && (await storage.events.get(event)) !== undefined;
    const { programmes } = await storage.programmes.snapshot();
    return { now: at, newId: randomUUID, programmes, coverage: storage.fieldOffices.coverage, eventExists: (id) => known && id === event };
  }

  app.post(routePath(operations.proposeAddressees.path), limitWriteBody(), async (c) => {
    const write = await signedInWrite(c);
    if (write instanceof Response) return write;
    const proposal = decideProposeAddressees(write.person, write.body.value, await contextOf(write.body, now()));
    if ('kind' in proposal && isRefusal(proposal)) return refusalResponse(c, proposal);
    return writeAnswer(c, proposal, 200);
  });

  app.post(routePath(operations.recordRecommendation.path), limitWriteBody(), async (c) => {
    const write = await signedInWrite(c);
    if (write instanceof Response) return write;
    const { person, body } = write;
    const at = now();
    const idempotent = await idempotencyOf(c, storage, person, body, at);
    if (idempotent instanceof Response) return idempotent;
    const context = await contextOf(body, at);
    const outcome = await commitWrite(storage, async (db) => {
      const decided = decideRecordRecommendation(person, body.value, context);
      if (isRefusal(decided)) return decided;
      await storage.recommendations.insert(db, decided.recommendation);
      await storage.inbox.deliver(db, decided.deliveries);
      await storage.audit.append(db, decided.audit);
      const location = buildPath(operations.getRecommendation.path, { id: decided.recommendation.id });
      await saveIdempotentAnswer(db, storage, idempotent, { status: 201, body: recommendationView(person, decided.recommendation), location }, at);
      return decided;
    }).catch(replayOnKeyRace(c, storage, person, body, at, idempotent));
    if (outcome instanceof Response) return outcome;
    if (isRefusal(outcome)) return (await answeredMeanwhile(c, storage, person, body, at, idempotent)) ?? refusalResponse(c, outcome);
    const location = buildPath(operations.getRecommendation.path, { id: outcome.recommendation.id });
    return writeAnswer(c, recommendationView(person, outcome.recommendation), 201, { location });
  });

  app.get(routePath(operations.listRecommendations.path), async (c) => {
    const principal = principalOf(c);
    const { limit, cursor, ...filter } = parseRecommendationQuery(new URL(c.req.url).searchParams);
    const after = cursor === undefined ? Infinity : Number(decodeCursor(cursor, LIST, 1)[0]);
    const stored = (await storage.recommendations.all()).filter((row) => row.seq < after);
    const seqOf = new Map(stored.map((row) => [row.recommendation.id, row.seq]));
    // Filtered over what the reader sees, so a status filter never reveals a follow-up they may not read.
    const selected = filterRecommendations(stored.map((row) => recommendationView(principal, row.recommendation)), filter);
    const consultations = await storage.consultations.all();
    const items = selected.slice(0, limit).map((recommendation) => withEvaluations(recommendation, consultations));
    readerDependent(c, principal);
    return c.json({ items, nextCursor: selected.length > limit ? encodeCursor(LIST, [seqOf.get(items.at(-1)!.id)!]) : null });
  });

  app.get(routePath(operations.getRecommendation.path), async (c) => {
    const id = c.req.param('id') ?? '';
    const principal = principalOf(c);
    const recommendation = await storage.recommendations.get(id);
    if (!recommendation) return problemResponse(c, notFoundProblem(`No recommendation with id "${id}"`));
    readerDependent(c, principal);
    // The published evaluations of its event feed its follow-up (paragraph 12): read beside it.
    return c.json(withEvaluations(recommendationView(principal, recommendation), await storage.consultations.all()));
  });

  app.post(routePath(operations.recordFollowUp.path), limitWriteBody(), async (c) => {
    const write = await signedInWrite(c);
    if (write instanceof Response) return write;
    const { person, body } = write;
    const id = c.req.param('id') ?? '';
    const outcome = await commitWrite(storage, async (db) => {
      const stored = await storage.recommendations.stored(id, db);
      const decided = decideFollowUp(person, id, stored?.recommendation, body.value, { now: now(), newId: randomUUID });
      if (isRefusal(decided)) return decided;
      if (!(await storage.recommendations.replace(db, decided.recommendation, stored!.data))) throw new FollowUpRaceError();
      await storage.inbox.deliver(db, decided.deliveries);
      await storage.audit.append(db, decided.audit);
      return decided;
    }).catch((error: unknown) => {
      if (error instanceof FollowUpRaceError) return refuse(conflictProblem(`Recommendation "${id}" was followed up meanwhile; send the follow-up again`));
      throw error;
    });
    if (isRefusal(outcome)) return refusalResponse(c, outcome);
    return writeAnswer(c, recommendationView(person, outcome.recommendation), 201, { location: buildPath(operations.getRecommendation.path, { id }) });
  });
}
