import { randomUUID } from 'node:crypto';
import type { Context, Hono } from 'hono';
import type { Kysely } from 'kysely';
import {
  buildPath,
  conflictProblem,
  decideChooseForumTheme,
  decideProposeForumTheme,
  decideRegisterPhase,
  decideSupportForumTheme,
  decideWithdrawForumThemeSupport,
  decideWithdrawPhase,
  forumEventRefusal,
  grantsOf,
  isRefusal,
  notFoundProblem,
  operations,
  partyKey,
  pathParamsProblem,
  refuse,
  themeStandings,
  type ForumPhase,
  type Operation,
  type Principal,
  type Refusal,
} from '@ngo-liaison/core';
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
import { isUniqueViolation } from '../storage/unique-violation.js';

export interface ForumThemeRouteOptions {
  now: () => Date;
}

/**
 * Forums and the ICNGO prepared with Member States (paragraphs 9–12 of the working-group paper):
 * themes proposed and supported by Member States and NGOs with public standings, the
 * Secretariat's choice (delivered to the proposers' inboxes, and so by mail, in its transaction),
 * and Member States' participation in each phase. Core decides; each write commits its rows and
 * its audit entry in one transaction.
 */
export function forumThemeRoutes(app: Hono, storage: Storage, { now }: ForumThemeRouteOptions): void {
  /** Two writes at once hit a primary key (a second support, a second choice): the later one is a 409. */
  const raced = (detail: string) => (error: unknown): Refusal => {
    if (isUniqueViolation(error)) return refuse(conflictProblem(detail));
    throw error;
  };

  /** The event of the path, or the problem to answer (400 malformed id, 404 unknown, 409 not a forum). */
  async function forumEvent(c: Context, operation: Pick<Operation, 'pathParams'>) {
    const id = c.req.param('id') ?? '';
    const malformed = pathParamsProblem(operation, { id });
    if (malformed) return problemResponse(c, malformed);
    const event = await storage.events.get(id);
    const refused = forumEventRefusal(id, event);
    return refused ? refusalResponse(c, refused) : { id, event: event! };
  }

  /** Whether each organisation the person edits is fictional: real and fictional records do not mix (core's mixing rule). */
  async function editedOrganizations(person: Principal, db: Kysely<Database>): Promise<Record<string, { fictional: boolean }>> {
    const found: Record<string, { fictional: boolean }> = {};
    for (const { organization } of grantsOf(person, 'ngo-editor')) {
      const stored = await storage.organizations.versioned(organization, db);
      if (stored) found[organization] = { fictional: stored.organization.provenance.fictional };
    }
    return found;
  }

  async function standingOf(themeId: string) {
    const theme = await storage.forumThemes.get(themeId);
    if (!theme) return undefined;
    const [themes, supports, choice] = await Promise.all([[theme], storage.forumThemes.supportsOf(theme.event), storage.forumThemes.choiceOf(theme.event)]);
    return themeStandings(themes, supports, choice)[0];
  }

  app.get(routePath(operations.listForumThemes.path), async (c) => {
    const found = await forumEvent(c, operations.listForumThemes);
    if (found instanceof Response) return found;
    const [themes, supports, choice] = await Promise.all([storage.forumThemes.themesOf(found.id), storage.forumThemes.supportsOf(found.id), storage.forumThemes.choiceOf(found.id)]);
    c.header('cache-control', 'no-cache');
    return c.json({ event: found.id, items: themeStandings(themes, supports, choice), choice: choice ?? null });
  });

  app.post(routePath(operations.proposeForumTheme.path), limitWriteBody(), async (c) => {
    const write = await signedInWrite(c);
    if (write instanceof Response) return write;
    const { person, body } = write;
    const id = c.req.param('id') ?? '';
    const at = now();
    // A proposal gets its id here: a retried request with the same Idempotency-Key gets the first answer, not a second theme.
    const idempotent = await idempotencyOf(c, storage, person, body, at);
    if (idempotent instanceof Response) return idempotent;
    const event = await storage.events.get(id);
    const outcome = await commitWrite(storage, async (db) => {
      await storage.forumThemes.lockEvent(db, id);
      const context = { now: at, newId: randomUUID, event, choice: await storage.forumThemes.choiceOf(id, db), organizations: await editedOrganizations(person, db) };
      const decided = decideProposeForumTheme(person, id, body.value, context);
      if (isRefusal(decided)) return decided;
      await storage.forumThemes.insertTheme(db, decided.theme);
      await storage.audit.append(db, decided.audit);
      const location = buildPath(operations.getForumTheme.path, { id: decided.theme.id });
      await saveIdempotentAnswer(db, storage, idempotent, { status: 201, body: decided.theme, location }, at);
      return decided;
    }).catch(replayOnKeyRace(c, storage, person, body, at, idempotent));
    if (outcome instanceof Response) return outcome;
    if (isRefusal(outcome)) return (await answeredMeanwhile(c, storage, person, body, at, idempotent)) ?? refusalResponse(c, outcome);
    return writeAnswer(c, outcome.theme, 201, { location: buildPath(operations.getForumTheme.path, { id: outcome.theme.id }) });
  });

  app.get(routePath(operations.getForumTheme.path), async (c) => {
    const id = c.req.param('id') ?? '';
    const standing = await standingOf(id);
    if (!standing) return problemResponse(c, notFoundProblem(`No forum theme with id "${id}"`));
    c.header('cache-control', 'no-cache');
    return c.json(standing);
  });

  app.post(routePath(operations.supportForumTheme.path), limitWriteBody(), async (c) => {
    const write = await signedInWrite(c);
    if (write instanceof Response) return write;
    const id = c.req.param('id') ?? '';
    const at = now();
    const theme = await storage.forumThemes.get(id);
    const event = theme ? await storage.events.get(theme.event) : undefined;
    const outcome = await commitWrite(storage, async (db) => {
      if (theme) await storage.forumThemes.lockEvent(db, theme.event);
      const supports = theme ? await storage.forumThemes.supportsOf(theme.event, db) : [];
      const choice = theme ? await storage.forumThemes.choiceOf(theme.event, db) : undefined;
      const organizations = await editedOrganizations(write.person, db);
      const decided = decideSupportForumTheme(write.person, id, theme, supports, write.body.value, { now: at, newId: randomUUID, event, choice, organizations });
      if (isRefusal(decided)) return decided;
      await storage.forumThemes.insertSupport(db, theme!.event, decided.support);
      await storage.audit.append(db, decided.audit);
      return decided;
    }).catch(raced(`You already support theme "${id}"`));
    if (isRefusal(outcome)) return refusalResponse(c, outcome);
    return writeAnswer(c, outcome.support, 201);
  });

  app.post(routePath(operations.withdrawForumThemeSupport.path), limitWriteBody(), async (c) => {
    const write = await signedInWrite(c);
    if (write instanceof Response) return write;
    const id = c.req.param('id') ?? '';
    const at = now();
    const theme = await storage.forumThemes.get(id);
    const outcome = await commitWrite(storage, async (db) => {
      if (theme) await storage.forumThemes.lockEvent(db, theme.event);
      const supports = theme ? await storage.forumThemes.supportsOf(theme.event, db) : [];
      const choice = theme ? await storage.forumThemes.choiceOf(theme.event, db) : undefined;
      const decided = decideWithdrawForumThemeSupport(write.person, id, theme, supports, write.body.value, { now: at, newId: randomUUID, event: undefined, choice });
      if (isRefusal(decided)) return decided;
      // Withdrawn meanwhile by another request of the same party: nothing left to withdraw.
      if (!(await storage.forumThemes.deleteSupport(db, id, decided.supporter))) return refuse(notFoundProblem(`${partyKey(decided.supporter)} does not support theme "${id}"`));
      await storage.audit.append(db, decided.audit);
      return decided;
    });
    if (isRefusal(outcome)) return refusalResponse(c, outcome);
    return writeAnswer(c, await standingOf(id), 200);
  });

  app.post(routePath(operations.chooseForumTheme.path), limitWriteBody(), async (c) => {
    const write = await signedInWrite(c);
    if (write instanceof Response) return write;
    const id = c.req.param('id') ?? '';
    const at = now();
    const event = await storage.events.get(id);
    const outcome = await commitWrite(storage, async (db) => {
      await storage.forumThemes.lockEvent(db, id);
      const themes = await storage.forumThemes.themesOf(id, db);
      const decided = decideChooseForumTheme(write.person, id, themes, write.body.value, { now: at, newId: randomUUID, event, choice: await storage.forumThemes.choiceOf(id, db) });
      if (isRefusal(decided)) return decided;
      await storage.forumThemes.insertChoice(db, decided.choice);
      await storage.inbox.deliver(db, decided.deliveries);
      await storage.audit.append(db, decided.audit);
      return decided;
    }).catch(raced(`The theme of event "${id}" was chosen meanwhile`));
    if (isRefusal(outcome)) return refusalResponse(c, outcome);
    return writeAnswer(c, outcome.choice, 201);
  });

  app.get(routePath(operations.listPhaseRegistrations.path), async (c) => {
    const found = await forumEvent(c, operations.listPhaseRegistrations);
    if (found instanceof Response) return found;
    c.header('cache-control', 'no-cache');
    return c.json({ event: found.id, items: await storage.forumThemes.registrationsOf(found.id) });
  });

  app.post(routePath(operations.registerPhase.path), limitWriteBody(), async (c) => {
    const write = await signedInWrite(c);
    if (write instanceof Response) return write;
    const id = c.req.param('id') ?? '';
    const at = now();
    const event = await storage.events.get(id);
    const outcome = await commitWrite(storage, async (db) => {
      const registrations = await storage.forumThemes.registrationsOf(id, db);
      const decided = decideRegisterPhase(write.person, id, event, registrations, write.body.value, { now: at, newId: randomUUID });
      if (isRefusal(decided)) return decided;
      await storage.forumThemes.saveRegistration(db, decided.registration, decided.created);
      await storage.audit.append(db, decided.audit);
      return decided;
    }).catch(raced(`Member State registered for this phase of event "${id}" meanwhile: send again to change the role`));
    if (isRefusal(outcome)) return refusalResponse(c, outcome);
    return writeAnswer(c, outcome.registration, outcome.created ? 201 : 200);
  });

  app.delete(routePath(operations.withdrawPhaseRegistration.path), async (c) => {
    const anonymous = anonymousRefusal(c, principalOf(c));
    if (anonymous) return anonymous;
    const params = { id: c.req.param('id') ?? '', country: c.req.param('country') ?? '', phase: c.req.param('phase') ?? '' };
    const malformed = pathParamsProblem(operations.withdrawPhaseRegistration, params);
    if (malformed) return problemResponse(c, malformed);
    const at = now();
    const event = await storage.events.get(params.id);
    const slot = { country: params.country, phase: params.phase as ForumPhase };
    const outcome = await commitWrite(storage, async (db) => {
      const registrations = await storage.forumThemes.registrationsOf(params.id, db);
      const decided = decideWithdrawPhase(principalOf(c), params.id, event, slot, registrations, { now: at, newId: randomUUID });
      if (isRefusal(decided)) return decided;
      if (!(await storage.forumThemes.deleteRegistration(db, decided.registration))) return refuse(notFoundProblem(`Member State ${slot.country} is not registered for the ${slot.phase} of event "${params.id}"`));
      await storage.audit.append(db, decided.audit);
      return decided;
    });
    if (isRefusal(outcome)) return refusalResponse(c, outcome);
    c.header('cache-control', 'no-store');
    return c.body(null, 204);
  });
}
