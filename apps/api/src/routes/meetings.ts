import { randomUUID } from 'node:crypto';
import type { Context, Hono } from 'hono';
import {
  buildPath,
  calendarFeedAudit,
  composeMeetingInvitations,
  conflictProblem,
  decideCallOffMeeting,
  decideConfirmMeeting,
  decideCounterProposeMeeting,
  decideDeclineMeeting,
  decideMeetingCounterparts,
  decideMeetingPublic,
  decideReadMeeting,
  decideRequestMeeting,
  eventOfMeeting,
  ICS_MEDIA_TYPE,
  isMeetingPublic,
  isRefusal,
  meetingEventId,
  meetingsFeed,
  notFoundProblem,
  operations,
  parseMeetingCounterpartQuery,
  refuse,
  signedIn,
  type Meeting,
  type Organization,
  type MeetingOutcome,
  type Refusal,
} from '@ngo-liaison/core';
import { COUNTRIES } from '@ngo-liaison/core/reference';
import type { Kysely } from 'kysely';
import { principalOf } from '../access/principal-of.js';
import { commitWrite } from '../http/commit-write.js';
import { answeredMeanwhile, idempotencyOf, replayOnKeyRace, saveIdempotentAnswer } from '../http/idempotency-key.js';
import { problemResponse } from '../http/problem-response.js';
import { routePath } from '../http/route-path.js';
import { signedInWrite } from '../http/signed-in-write.js';
import { limitWriteBody } from '../http/write-body.js';
import { refusalResponse, writeAnswer } from '../http/write-response.js';
import { DEFAULT_MAIL_FROM, mailAddressOf } from '../mail/mail-transport.js';
import type { Database } from '../storage/schema.js';
import type { Storage } from '../storage/storage.js';
import { holdsNul } from '../storage/nul-free.js';

export interface MeetingRouteOptions {
  now: () => Date;
  /** PUBLIC_URL: private feed URLs and public meeting events name it (default: the request's origin). */
  publicUrl?: string | undefined;
  /**
   * Right-hand side of iCalendar UIDs in invitations and feeds (default: the host of PUBLIC_URL,
   * else "ngo-liaison"), so a calendar keeps one entry per meeting across mails and feed polls.
   */
  uidDomain?: string | undefined;
  /** The ORGANIZER address of invitations: the sender of mails (MAIL_FROM). */
  organizerEmail?: string | undefined;
}

/** Two parties answered the same meeting at once: the second finds it moved on. */
class MeetingRaceError extends Error {}

const countries = new Map(COUNTRIES.map((country) => [country.code, country]));

/** Hono's path for `{secret}.ics`: the secret followed by the extension. */
const PRIVATE_FEED_PATH = routePath(operations.privateCalendarFeed.path).replace(':secret.ics', ':file{[A-Za-z0-9_-]+\\.ics}');

/**
 * NGO ↔ National Commission meetings (paper ¶13). Each write commits the meeting, the other
 * party's inbox delivery (which queues its notice mail), the iCalendar invitation to both
 * parties once confirmed (its cancellation once called off), the public calendar event when
 * both agreed, and the audit entry in one transaction. Each person's confirmed meetings are in their private calendar feed.
 */
export function meetingRoutes(app: Hono, storage: Storage, { now, publicUrl, uidDomain, organizerEmail = mailAddressOf(DEFAULT_MAIL_FROM) }: MeetingRouteOptions): void {
  const baseOf = (c: Context) => publicUrl ?? new URL(c.req.url).origin;
  // Not the request's Host: mails and feed polls must name each meeting with one UID (as events.ts does).
  const meetingUidDomain = uidDomain ?? (publicUrl ? new URL(publicUrl).hostname : 'ngo-liaison');

  const raced = (id: string) => (error: unknown): Refusal => {
    if (error instanceof MeetingRaceError) return refuse(conflictProblem(`Meeting "${id}" was answered meanwhile`));
    throw error;
  };

  /** The public calendar event of a meeting whose public standing changed: confirmed while both agree, else cancelled. */
  async function writeEvent(c: Context, db: Kysely<Database>, meeting: Meeting, at: Date): Promise<void> {
    const ngo = meeting.requester.side === 'ngo' ? meeting.requester : meeting.counterpart;
    const commission = meeting.requester.side === 'ngo' ? meeting.counterpart : meeting.requester;
    const organization = (await storage.organizations.versioned(ngo.scope, db))?.organization;
    if (!organization) return;
    const event = eventOfMeeting(meeting, {
      organizationName: organization.name,
      countryName: countries.get(commission.scope)?.name ?? { en: commission.scope },
      fictional: organization.provenance.fictional,
      sourceUrl: new URL(buildPath(operations.getEvent.path, { id: meetingEventId(meeting.id) }), baseOf(c)).href,
      now: at,
    });
    if (event) await storage.events.upsertIn(db, [event], at);
  }

  /** Commits what core decided: the meeting, its event, the inbox deliveries, the invitations and the audit entry. */
  async function commitOutcome(c: Context, db: Kysely<Database>, decided: MeetingOutcome, version: number | undefined, at: Date): Promise<Meeting> {
    const meeting = decided.publicChanged && isMeetingPublic(decided.meeting) ? { ...decided.meeting, eventId: meetingEventId(decided.meeting.id) } : decided.meeting;
    if (version === undefined) await storage.meetings.insert(db, meeting);
    else if (!(await storage.meetings.update(db, meeting, version))) throw new MeetingRaceError();
    if (decided.publicChanged) await writeEvent(c, db, meeting, at);
    await storage.inbox.deliver(db, decided.deliveries);
    // Confirmed: an iCalendar REQUEST to both parties; called off: a CANCEL of the same UID.
    if (decided.kind === 'confirm' || decided.kind === 'call-off') {
      const recipients = await storage.meetings.recipients(db, [meeting.requester.personId, meeting.counterpart.personId]);
      const mails = composeMeetingInvitations(meeting, recipients, { uidDomain: meetingUidDomain, organizerEmail, now: at });
      await storage.outbox.enqueue(mails, at, db);
    }
    await storage.audit.append(db, decided.audit);
    return meeting;
  }

  app.post(routePath(operations.requestMeeting.path), limitWriteBody(), async (c) => {
    const write = await signedInWrite(c);
    if (write instanceof Response) return write;
    const { person, body } = write;
    const at = now();
    const idempotent = await idempotencyOf(c, storage, person, body, at);
    if (idempotent instanceof Response) return idempotent;
    const input = (body.value ?? {}) as { session?: unknown; organization?: unknown; counterpart?: unknown };
    // Read before the transaction: on SQLite it holds the one connection a snapshot read would wait for.
    const { byId } = await storage.sessions.snapshot();
    const session = typeof input.session === 'string' ? byId.get(input.session) : undefined;
    const found = typeof input.counterpart === 'string' && !holdsNul(input.counterpart) ? await storage.accounts.person(input.counterpart) : undefined;
    const counterpart = found ? { personId: found.id, roles: found.roles, disabled: found.disabledAt !== null } : undefined;
    const outcome = await commitWrite(storage, async (db) => {
      const organizationExists = typeof input.organization === 'string' && !holdsNul(input.organization) && (await storage.organizations.versioned(input.organization, db)) !== undefined;
      const decided = decideRequestMeeting(person, body.value, { now: at, newId: randomUUID, session, counterpart, organizationExists });
      if (isRefusal(decided)) return decided;
      const meeting = await commitOutcome(c, db, decided, undefined, at);
      await saveIdempotentAnswer(db, storage, idempotent, { status: 201, body: meeting, location: buildPath(operations.getMeeting.path, { id: meeting.id }) }, at);
      return { kind: 'done' as const, meeting };
    }).catch(replayOnKeyRace(c, storage, person, body, at, idempotent));
    if (outcome instanceof Response) return outcome;
    if (isRefusal(outcome)) return (await answeredMeanwhile(c, storage, person, body, at, idempotent)) ?? refusalResponse(c, outcome);
    return writeAnswer(c, outcome.meeting, 201, { location: buildPath(operations.getMeeting.path, { id: outcome.meeting.id }) });
  });

  app.get(routePath(operations.listMeetings.path), async (c) => {
    const person = signedIn(principalOf(c));
    if (isRefusal(person)) return refusalResponse(c, person);
    c.header('cache-control', 'private, no-store');
    return c.json({ items: await storage.meetings.listFor(person.personId) });
  });

  // Whom the caller may ask to meet: names and scopes only (a meeting request names the person).
  app.get(routePath(operations.listMeetingCounterparts.path), async (c) => {
    const principal = principalOf(c);
    const person = signedIn(principal);
    if (isRefusal(person)) return refusalResponse(c, person);
    const query = parseMeetingCounterpartQuery(new URL(c.req.url).searchParams);
    const candidates = await storage.meetings.candidates();
    const organizationNames = new Map<string, Organization | undefined>();
    for (const candidate of candidates) {
      for (const grant of candidate.roles) {
        if (grant.role === 'ngo-editor' && !organizationNames.has(grant.organization)) organizationNames.set(grant.organization, await storage.organizations.get(grant.organization));
      }
    }
    const decided = decideMeetingCounterparts(principal, query, candidates, {
      organization: (id) => organizationNames.get(id)?.name,
      country: (code) => countries.get(code)?.name,
    });
    if (!Array.isArray(decided)) return refusalResponse(c, decided);
    c.header('cache-control', 'private, no-store');
    return c.json({ items: decided });
  });

  app.get(routePath(operations.getMeeting.path), async (c) => {
    const id = c.req.param('id') ?? '';
    const stored = holdsNul(id) ? undefined : await storage.meetings.get(id);
    const decided = decideReadMeeting(principalOf(c), id, stored?.meeting);
    if ('kind' in decided && isRefusal(decided)) return refusalResponse(c, decided);
    c.header('cache-control', 'private, no-store');
    return c.json(decided);
  });

  const answers = [
    [operations.confirmMeeting, decideConfirmMeeting],
    [operations.declineMeeting, decideDeclineMeeting],
    [operations.setMeetingPublic, decideMeetingPublic],
    [operations.callOffMeeting, decideCallOffMeeting],
    [operations.counterProposeMeeting, decideCounterProposeMeeting],
  ] as const;
  for (const [operation, decide] of answers) {
    app.post(routePath(operation.path), limitWriteBody(), async (c) => {
      const write = await signedInWrite(c);
      if (write instanceof Response) return write;
      const { person, body } = write;
      const id = c.req.param('id') ?? '';
      const at = now();
      const outcome = await commitWrite(storage, async (db) => {
        const stored = holdsNul(id) ? undefined : await storage.meetings.get(id, db);
        const decided = decide(person, id, stored?.meeting, body.value, { now: at, newId: randomUUID });
        if (isRefusal(decided)) return decided;
        return { kind: 'done' as const, meeting: await commitOutcome(c, db, decided, stored!.version, at) };
      }).catch(raced(id));
      if (isRefusal(outcome)) return refusalResponse(c, outcome);
      return writeAnswer(c, outcome.meeting, 200);
    });
  }

  // The private calendar feed: a secret URL per person, stored hashed, so it is shown only when created.
  app.get(routePath(operations.getCalendarFeed.path), async (c) => {
    const person = signedIn(principalOf(c));
    if (isRefusal(person)) return refusalResponse(c, person);
    const createdAt = await storage.meetings.feedCreatedAt(person.personId);
    c.header('cache-control', 'private, no-store');
    return c.json(createdAt ? { active: true, createdAt } : { active: false });
  });

  app.post(routePath(operations.createCalendarFeed.path), async (c) => {
    const person = signedIn(principalOf(c));
    if (isRefusal(person)) return refusalResponse(c, person);
    const at = now();
    const secret = await commitWrite(storage, async (db) => {
      const created = await storage.meetings.createFeed(person.personId, at, db);
      await storage.audit.append(db, calendarFeedAudit(person, 'calendar-feed.create', { now: at, newId: randomUUID }));
      return { kind: 'done' as const, secret: created };
    });
    if (isRefusal(secret)) return refusalResponse(c, secret);
    const url = new URL(buildPath(operations.privateCalendarFeed.path, { secret: secret.secret }), baseOf(c)).href;
    return writeAnswer(c, { url, createdAt: at.toISOString() }, 201);
  });

  app.delete(routePath(operations.revokeCalendarFeed.path), async (c) => {
    const person = signedIn(principalOf(c));
    if (isRefusal(person)) return refusalResponse(c, person);
    const at = now();
    await commitWrite(storage, async (db) => {
      if (await storage.meetings.revokeFeed(person.personId, db)) {
        await storage.audit.append(db, calendarFeedAudit(person, 'calendar-feed.revoke', { now: at, newId: randomUUID }));
      }
      return { kind: 'done' as const };
    });
    return c.body(null, 204);
  });

  app.get(PRIVATE_FEED_PATH, async (c) => {
    const secret = (c.req.param('file') ?? '').replace(/\.ics$/, '');
    const owner = await storage.meetings.feedOwner(secret);
    if (!owner) return problemResponse(c, notFoundProblem('No calendar feed at this address (revoked, replaced or never created)'));
    const body = meetingsFeed(await storage.meetings.listFor(owner), { uidDomain: meetingUidDomain, organizerEmail, now: now() });
    return c.body(body, 200, { 'content-type': ICS_MEDIA_TYPE, 'content-disposition': 'inline; filename="liaison-meetings.ics"', 'cache-control': 'private, no-cache' });
  });
}
