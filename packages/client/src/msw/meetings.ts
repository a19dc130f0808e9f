import { http, HttpResponse, type RequestHandler } from 'msw';
import {
  PATHS,
  buildPath,
  calendarFeedAudit,
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
  reviseEvent,
  sideOf,
  signedIn,
  type ForumEvent,
  type GoverningBodySession,
  type Meeting,
  type MeetingOutcome,
} from '@ngo-liaison/core';
import { COUNTRIES } from '@ngo-liaison/core/reference';
import { guarded } from './guard.js';
import { mswPattern, problemResponse } from './responses.js';
import { idempotent, principalOr, refused, refusal, signedInWrite, writeContext, type WorkflowDeps } from './write-adapter.js';

export interface MeetingData {
  sessions: readonly GoverningBodySession[];
  /** The events the event handlers serve: a meeting both parties made public is put here. */
  events: ForumEvent[];
}

/** iCalendar UIDs of the mock: stable across requests, like the server's PUBLIC_URL host. */
const UID_DOMAIN = 'liaison.example';
const ORGANIZER = 'liaison@localhost';

/** A feed secret shaped like the server's (`lif_` and 43 URL-safe characters). */
function newFeedSecret(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  const base64 = btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  return `lif_${base64}`;
}

/**
 * NGO ↔ National Commission meetings decided by core's meeting rules, as the server does (no
 * mail is sent: the invitations are the server's outbox). Private calendar feeds are kept in
 * memory: one secret per person, 404 once revoked or replaced.
 */
export function meetingHandlers(base: string, deps: WorkflowDeps, delay: number, { sessions, events }: MeetingData): RequestHandler[] {
  const { store } = deps;
  const meetings = new Map<string, Meeting>();
  /** secret → person, and person → when their feed was created. */
  const feeds = new Map<string, string>();
  const feedCreated = new Map<string, string>();
  const countries = new Map(COUNTRIES.map((country) => [country.code, country]));

  /** As the server: a change of public standing writes the event (confirmed while both agree, else cancelled). */
  function putEvent(meeting: Meeting, origin: string): void {
    const ngo = meeting.requester.side === 'ngo' ? meeting.requester : meeting.counterpart;
    const commission = meeting.requester.side === 'ngo' ? meeting.counterpart : meeting.requester;
    const organization = store.organizations.get(ngo.scope)?.organization;
    if (!organization) return;
    const id = meetingEventId(meeting.id);
    const index = events.findIndex((event) => event.id === id);
    const draft = eventOfMeeting(meeting, {
      organizationName: organization.name,
      countryName: countries.get(commission.scope)?.name ?? { en: commission.scope },
      fictional: organization.provenance.fictional,
      sourceUrl: new URL(buildPath(PATHS.getEvent, { id }), origin).href,
      now: deps.now(),
    });
    if (!draft) return;
    const event = reviseEvent(events[index], draft, deps.now());
    if (index >= 0) events[index] = event;
    else events.push(event);
  }

  function commit(outcome: MeetingOutcome, origin: string): Meeting {
    const meeting = outcome.publicChanged && isMeetingPublic(outcome.meeting) ? { ...outcome.meeting, eventId: meetingEventId(outcome.meeting.id) } : outcome.meeting;
    meetings.set(meeting.id, meeting);
    if (outcome.publicChanged) putEvent(meeting, origin);
    store.deliver(outcome.deliveries);
    store.audit.push(outcome.audit);
    return meeting;
  }

  const mine = (personId: string) =>
    [...meetings.values()].filter((m) => sideOf(m, personId)).sort((a, b) => b.createdAt.localeCompare(a.createdAt) || a.id.localeCompare(b.id));

  return [
    http.post(mswPattern(base, operations.requestMeeting.path), ({ request }) =>
      guarded(delay, async () => {
        const write = await signedInWrite(request, deps);
        if (write instanceof Response) return write;
        return idempotent(request, write.principal, write.body.text, deps, () => {
          const input = (write.body.value ?? {}) as { session?: unknown; organization?: unknown; counterpart?: unknown };
          const found = deps.accounts.people.find((person) => person.id === input.counterpart);
          const outcome = decideRequestMeeting(write.principal, write.body.value, {
            ...writeContext(deps),
            counterpart: found ? { personId: found.id, roles: found.roles, disabled: false } : undefined,
            organizationExists: typeof input.organization === 'string' && store.organizations.has(input.organization),
            session: sessions.find((session) => session.id === input.session),
          });
          if (isRefusal(outcome)) return refusal(outcome.problem);
          const meeting = commit(outcome, new URL(request.url).origin);
          return { status: 201, body: meeting, headers: { location: buildPath(PATHS.getMeeting, { id: meeting.id }) } };
        });
      }),
    ),

    http.get(mswPattern(base, operations.listMeetings.path), ({ request }) =>
      guarded(delay, () => {
        const principal = principalOr(request, deps);
        if (principal instanceof Response) return principal;
        const person = signedIn(principal);
        if (isRefusal(person)) return refusal(person.problem);
        return HttpResponse.json({ items: mine(person.personId) });
      }),
    ),

    // As the server: whom the caller may ask to meet (the fixture people are all enabled).
    http.get(mswPattern(base, operations.listMeetingCounterparts.path), ({ request }) =>
      guarded(delay, () => {
        const principal = principalOr(request, deps);
        if (principal instanceof Response) return principal;
        const person = signedIn(principal);
        if (isRefusal(person)) return refusal(person.problem);
        const query = parseMeetingCounterpartQuery(new URL(request.url).searchParams);
        const candidates = deps.accounts.people.map((p) => ({ personId: p.id, displayName: p.displayName, roles: p.roles, disabled: false }));
        const decided = decideMeetingCounterparts(principal, query, candidates, {
          organization: (id) => store.organizations.get(id)?.organization.name,
          country: (code) => countries.get(code)?.name,
        });
        return Array.isArray(decided) ? HttpResponse.json({ items: decided }) : refusal(decided.problem);
      }),
    ),

    http.get(mswPattern(base, operations.getMeeting.path), ({ request, params }) =>
      guarded(delay, () => {
        const principal = principalOr(request, deps);
        if (principal instanceof Response) return principal;
        const id = String(params.id);
        const outcome = decideReadMeeting(principal, id, meetings.get(id));
        return refused(outcome) ? refusal(outcome.problem) : HttpResponse.json(outcome);
      }),
    ),

    ...(
      [
        [operations.confirmMeeting, decideConfirmMeeting],
        [operations.declineMeeting, decideDeclineMeeting],
        [operations.setMeetingPublic, decideMeetingPublic],
        [operations.callOffMeeting, decideCallOffMeeting],
        [operations.counterProposeMeeting, decideCounterProposeMeeting],
      ] as const
    ).map(([operation, decide]) =>
      http.post(mswPattern(base, operation.path), ({ request, params }) =>
        guarded(delay, async () => {
          const write = await signedInWrite(request, deps);
          if (write instanceof Response) return write;
          const id = String(params.id);
          const outcome = decide(write.principal, id, meetings.get(id), write.body.value, writeContext(deps));
          if (isRefusal(outcome)) return refusal(outcome.problem);
          return HttpResponse.json(commit(outcome, new URL(request.url).origin));
        }),
      ),
    ),

    http.get(mswPattern(base, operations.getCalendarFeed.path), ({ request }) =>
      guarded(delay, () => {
        const principal = principalOr(request, deps);
        if (principal instanceof Response) return principal;
        const person = signedIn(principal);
        if (isRefusal(person)) return refusal(person.problem);
        const createdAt = feedCreated.get(person.personId);
        return HttpResponse.json(createdAt ? { active: true, createdAt } : { active: false });
      }),
    ),

    http.post(mswPattern(base, operations.createCalendarFeed.path), ({ request }) =>
      guarded(delay, () => {
        const principal = principalOr(request, deps);
        if (principal instanceof Response) return principal;
        const person = signedIn(principal);
        if (isRefusal(person)) return refusal(person.problem);
        for (const [secret, owner] of feeds) if (owner === person.personId) feeds.delete(secret);
        const secret = newFeedSecret();
        const createdAt = deps.now().toISOString();
        feeds.set(secret, person.personId);
        feedCreated.set(person.personId, createdAt);
        store.audit.push(calendarFeedAudit(person, 'calendar-feed.create', writeContext(deps)));
        const url = new URL(buildPath(PATHS.privateCalendarFeed, { secret }), new URL(request.url).origin).href;
        return HttpResponse.json({ url, createdAt }, { status: 201 });
      }),
    ),

    http.delete(mswPattern(base, operations.revokeCalendarFeed.path), ({ request }) =>
      guarded(delay, () => {
        const principal = principalOr(request, deps);
        if (principal instanceof Response) return principal;
        const person = signedIn(principal);
        if (isRefusal(person)) return refusal(person.problem);
        let revoked = false;
        for (const [secret, owner] of feeds) {
          if (owner !== person.personId) continue;
          feeds.delete(secret);
          revoked = true;
        }
        feedCreated.delete(person.personId);
        if (revoked) store.audit.push(calendarFeedAudit(person, 'calendar-feed.revoke', writeContext(deps)));
        return new HttpResponse(null, { status: 204 });
      }),
    ),

    http.get(`${base}/calendar/private/:file`, ({ params }) =>
      guarded(delay, () => {
        const owner = feeds.get(String(params.file).replace(/\.ics$/, ''));
        if (!owner) return problemResponse(notFoundProblem('No calendar feed at this address (revoked, replaced or never created)'));
        const body = meetingsFeed(mine(owner), { uidDomain: UID_DOMAIN, organizerEmail: ORGANIZER, now: deps.now() });
        return new HttpResponse(body, { headers: { 'content-type': ICS_MEDIA_TYPE } });
      }),
    ),
  ];
}
