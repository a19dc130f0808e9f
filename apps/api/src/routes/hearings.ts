import { randomUUID } from 'node:crypto';
import type { Context, Hono } from 'hono';
import {
  buildPath,
  conflictProblem,
  decideAcceptHearing,
  decideDeclineHearing,
  decideReadHearing,
  decideRequestHearing,
  decideWithdrawHearing,
  eventOfHearing,
  hearingReadScope,
  isRefusal,
  notFoundProblem,
  operations,
  parseHearingQuery,
  pathParamsProblem,
  publicHearingOf,
  refuse,
  type GoverningBodySession,
  type Hearing,
  type Refusal,
} from '@ngo-liaison/core';
import type { Kysely } from 'kysely';
import { principalOf } from '../access/principal-of.js';
import { commitWrite } from '../http/commit-write.js';
import { answeredMeanwhile, idempotencyOf, replayOnKeyRace, saveIdempotentAnswer } from '../http/idempotency-key.js';
import { problemResponse } from '../http/problem-response.js';
import { routePath } from '../http/route-path.js';
import { signedInWrite } from '../http/signed-in-write.js';
import { limitWriteBody } from '../http/write-body.js';
import { anonymousRefusal, refusalResponse, writeAnswer } from '../http/write-response.js';
import type { Database } from '../storage/schema.js';
import type { Storage } from '../storage/storage.js';
import { holdsNul } from '../storage/nul-free.js';

export interface HearingRouteOptions {
  now: () => Date;
  /** PUBLIC_URL: the hearing's calendar event names the session's programme there as its source. */
  publicUrl?: string | undefined;
}

/** Two people decided the same request at once: the second finds it decided. */
class HearingRaceError extends Error {}

/**
 * NGO hearings on NGP agenda items (paragraphs 7–8 of the working-group paper): requested by an
 * NGO's editors, decided by the Secretariat, withdrawn by the NGO. Each write commits the
 * hearing, its inbox deliveries (which queue their notice mails), its calendar event and its
 * audit entry in one transaction. Accepted hearings are public in the session's programme.
 */
export function hearingRoutes(app: Hono, storage: Storage, { now, publicUrl }: HearingRouteOptions): void {
  const raced = (id: string) => (error: unknown): Refusal => {
    if (error instanceof HearingRaceError) return refuse(conflictProblem(`Hearing request "${id}" was decided meanwhile`));
    throw error;
  };

  /** Writes the hearing's calendar event (accepted: confirmed; withdrawn after acceptance: cancelled). */
  async function writeEvent(c: Context, db: Kysely<Database>, hearing: Hearing, session: GoverningBodySession | undefined, at: Date): Promise<void> {
    const organization = (await storage.organizations.versioned(hearing.organization, db))?.organization;
    if (!session || !organization) return;
    const base = publicUrl ?? new URL(c.req.url).origin;
    const event = eventOfHearing(hearing, {
      session,
      organizationName: organization.name,
      fictional: organization.provenance.fictional,
      sourceUrl: new URL(buildPath(operations.listSessionHearings.path, { id: session.id }), base).href,
      now: at,
    });
    if (event) await storage.events.upsertIn(db, [event], at);
  }

  app.post(routePath(operations.requestHearing.path), limitWriteBody(), async (c) => {
    const write = await signedInWrite(c);
    if (write instanceof Response) return write;
    const { person, body } = write;
    const at = now();
    const idempotent = await idempotencyOf(c, storage, person, body, at);
    if (idempotent instanceof Response) return idempotent;
    const input = (body.value ?? {}) as { session?: unknown; organization?: unknown };
    // Read before the transaction: on SQLite it holds the one connection a snapshot read would wait for.
    const { byId } = await storage.sessions.snapshot();
    const session = typeof input.session === 'string' ? byId.get(input.session) : undefined;
    const outcome = await commitWrite(storage, async (db) => {
      const stored = typeof input.organization === 'string' && !holdsNul(input.organization) ? await storage.organizations.versioned(input.organization, db) : undefined;
      const organization = stored ? { fictional: stored.organization.provenance.fictional } : undefined;
      const decided = decideRequestHearing(person, body.value, { now: at, newId: randomUUID, session, organization });
      if (isRefusal(decided)) return decided;
      await storage.hearings.insert(db, decided.hearing);
      await storage.inbox.deliver(db, decided.deliveries);
      await storage.audit.append(db, decided.audit);
      await saveIdempotentAnswer(db, storage, idempotent, { status: 201, body: decided.hearing, location: buildPath(operations.getHearing.path, { id: decided.hearing.id }) }, at);
      return decided;
    }).catch(replayOnKeyRace(c, storage, person, body, at, idempotent));
    if (outcome instanceof Response) return outcome;
    if (isRefusal(outcome)) return (await answeredMeanwhile(c, storage, person, body, at, idempotent)) ?? refusalResponse(c, outcome);
    return writeAnswer(c, outcome.hearing, 201, { location: buildPath(operations.getHearing.path, { id: outcome.hearing.id }) });
  });

  app.get(routePath(operations.listHearings.path), async (c) => {
    const principal = principalOf(c);
    const anonymous = anonymousRefusal(c, principal);
    if (anonymous) return anonymous;
    const query = parseHearingQuery(new URL(c.req.url).searchParams);
    c.header('cache-control', 'private, no-store');
    return c.json(await storage.hearings.list({ ...query, scope: hearingReadScope(principal) }));
  });

  app.get(routePath(operations.listSessionHearings.path), async (c) => {
    const id = c.req.param('id') ?? '';
    const malformed = pathParamsProblem(operations.listSessionHearings, { id });
    if (malformed) return problemResponse(c, malformed);
    const { byId } = await storage.sessions.snapshot();
    if (!byId.has(id)) return problemResponse(c, notFoundProblem(`No session with id "${id}"`));
    c.header('cache-control', 'no-cache');
    return c.json({ items: (await storage.hearings.accepted(id)).map(publicHearingOf) });
  });

  app.get(routePath(operations.getHearing.path), async (c) => {
    const id = c.req.param('id') ?? '';
    const decided = decideReadHearing(principalOf(c), id, await storage.hearings.get(id));
    if ('kind' in decided && isRefusal(decided)) return refusalResponse(c, decided);
    c.header('cache-control', 'private, no-store');
    return c.json(decided);
  });

  for (const decision of ['accept', 'decline'] as const) {
    const operation = decision === 'accept' ? operations.acceptHearing : operations.declineHearing;
    app.post(routePath(operation.path), limitWriteBody(), async (c) => {
      const write = await signedInWrite(c);
      if (write instanceof Response) return write;
      const { person, body } = write;
      const id = c.req.param('id') ?? '';
      const at = now();
      const { byId } = await storage.sessions.snapshot();
      const outcome = await commitWrite(storage, async (db) => {
        const stored = await storage.hearings.get(id, db);
        const session = stored ? byId.get(stored.session) : undefined;
        const context = { now: at, newId: randomUUID };
        const decided = decision === 'accept' ? decideAcceptHearing(person, id, stored, body.value, session, context) : decideDeclineHearing(person, id, stored, body.value, session, context);
        if (isRefusal(decided)) return decided;
        if (!(await storage.hearings.replace(db, decided.hearing, 'requested'))) throw new HearingRaceError();
        if (decision === 'accept') await writeEvent(c, db, decided.hearing, session, at);
        await storage.inbox.deliver(db, decided.deliveries);
        await storage.audit.append(db, decided.audit);
        return decided;
      }).catch(raced(id));
      if (isRefusal(outcome)) return refusalResponse(c, outcome);
      return writeAnswer(c, outcome.hearing, 200);
    });
  }

  app.post(routePath(operations.withdrawHearing.path), async (c) => {
    const id = c.req.param('id') ?? '';
    const at = now();
    const { byId } = await storage.sessions.snapshot();
    const outcome = await commitWrite(storage, async (db) => {
      const stored = await storage.hearings.get(id, db);
      const decided = decideWithdrawHearing(principalOf(c), id, stored, { now: at, newId: randomUUID });
      if (isRefusal(decided)) return decided;
      if (!(await storage.hearings.replace(db, decided.hearing, stored!.state))) throw new HearingRaceError();
      if (stored!.state === 'accepted') await writeEvent(c, db, decided.hearing, byId.get(stored!.session), at);
      await storage.audit.append(db, decided.audit);
      return decided;
    }).catch(raced(id));
    if (isRefusal(outcome)) return refusalResponse(c, outcome);
    return writeAnswer(c, outcome.hearing, 200);
  });
}
