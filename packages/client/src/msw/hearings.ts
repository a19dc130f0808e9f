import { http, HttpResponse, type RequestHandler } from 'msw';
import {
  PATHS,
  buildPath,
  canReadHearing,
  decideAcceptHearing,
  decideDeclineHearing,
  decideReadHearing,
  decideRequestHearing,
  decideWithdrawHearing,
  eventOfHearing,
  isRefusal,
  notFoundProblem,
  operations,
  parseHearingQuery,
  pathParamsProblem,
  publicHearingOf,
  signedIn,
  type ForumEvent,
  type GoverningBodySession,
  type Hearing,
} from '@ngo-liaison/core';
import { guarded } from './guard.js';
import { newestFirst } from './newest-first.js';
import { mswPattern, problemResponse } from './responses.js';
import { principalOr, refused, refusal, signedInWrite, writeContext, type WorkflowDeps } from './write-adapter.js';

export interface HearingData {
  sessions: readonly GoverningBodySession[];
  /** The events the event handlers serve: an accepted hearing's event is put here. */
  events: ForumEvent[];
}

/** NGO hearings on NGP agenda items, decided by core's hearing rules; accepted ones join the served events. */
export function hearingHandlers(base: string, deps: WorkflowDeps, delay: number, { sessions, events }: HearingData): RequestHandler[] {
  const { store } = deps;
  const hearings = new Map<string, Hearing>();
  const sessionOf = (id: unknown) => (typeof id === 'string' ? sessions.find((session) => session.id === id) : undefined);

  /** As the server: the hearing's event is written with the decision (accepted: confirmed; withdrawn: cancelled). */
  function putEvent(hearing: Hearing, origin: string): void {
    const session = sessionOf(hearing.session);
    const organization = store.organizations.get(hearing.organization)?.organization;
    if (!session || !organization) return;
    const at = deps.now();
    const index = events.findIndex((event) => event.id === hearing.eventId);
    const event = eventOfHearing(hearing, {
      session,
      organizationName: organization.name,
      fictional: organization.provenance.fictional,
      sourceUrl: new URL(buildPath(PATHS.listSessionHearings, { id: session.id }), origin).href,
      ...(index >= 0 ? { previous: events[index]! } : {}),
      now: at,
    });
    if (!event) return;
    if (index >= 0) events[index] = event;
    else events.push(event);
  }

  return [
    http.post(mswPattern(base, operations.requestHearing.path), ({ request }) =>
      guarded(delay, async () => {
        const write = await signedInWrite(request, deps);
        if (write instanceof Response) return write;
        const input = (write.body.value ?? {}) as { session?: unknown; organization?: unknown };
        const stored = typeof input.organization === 'string' ? store.organizations.get(input.organization) : undefined;
        const organization = stored ? { fictional: stored.organization.provenance.fictional } : undefined;
        const outcome = decideRequestHearing(write.principal, write.body.value, { ...writeContext(deps), session: sessionOf(input.session), organization });
        if (isRefusal(outcome)) return refusal(outcome.problem);
        hearings.set(outcome.hearing.id, outcome.hearing);
        store.deliver(outcome.deliveries);
        store.audit.push(outcome.audit);
        return HttpResponse.json(outcome.hearing, { status: 201, headers: { location: buildPath(PATHS.getHearing, { id: outcome.hearing.id }) } });
      }),
    ),

    http.get(mswPattern(base, operations.listHearings.path), ({ request }) =>
      guarded(delay, () => {
        const principal = principalOr(request, deps);
        if (principal instanceof Response) return principal;
        const person = signedIn(principal);
        if (isRefusal(person)) return refusal(person.problem);
        const query = parseHearingQuery(new URL(request.url).searchParams);
        const items = [...hearings.values()].filter(
          (h) =>
            canReadHearing(person, h) &&
            (!query.session || h.session === query.session) &&
            (!query.state || h.state === query.state) &&
            (!query.organization || h.organization === query.organization),
        );
        return HttpResponse.json(newestFirst(items, (h) => [h.requestedAt, h.id], 'hearings', query.limit, query.cursor));
      }),
    ),

    http.get(mswPattern(base, operations.listSessionHearings.path), ({ params }) =>
      guarded(delay, () => {
        const id = String(params.id);
        const malformed = pathParamsProblem(operations.listSessionHearings, { id });
        if (malformed) return problemResponse(malformed);
        if (!sessionOf(id)) return problemResponse(notFoundProblem(`No session with id "${id}"`));
        const accepted = [...hearings.values()].filter((h) => h.session === id && h.state === 'accepted');
        accepted.sort((a, b) => Date.parse(a.slot!.start) - Date.parse(b.slot!.start));
        return HttpResponse.json({ items: accepted.map(publicHearingOf) });
      }),
    ),

    http.get(mswPattern(base, operations.getHearing.path), ({ request, params }) =>
      guarded(delay, () => {
        const principal = principalOr(request, deps);
        if (principal instanceof Response) return principal;
        const id = String(params.id);
        const outcome = decideReadHearing(principal, id, hearings.get(id));
        return refused(outcome) ? refusal(outcome.problem) : HttpResponse.json(outcome);
      }),
    ),

    ...(['accept', 'decline'] as const).map((decision) =>
      http.post(mswPattern(base, (decision === 'accept' ? operations.acceptHearing : operations.declineHearing).path), ({ request, params }) =>
        guarded(delay, async () => {
          const write = await signedInWrite(request, deps);
          if (write instanceof Response) return write;
          const id = String(params.id);
          const stored = hearings.get(id);
          const session = sessionOf(stored?.session);
          const decide = decision === 'accept' ? decideAcceptHearing : decideDeclineHearing;
          const outcome = decide(write.principal, id, stored, write.body.value, session, writeContext(deps));
          if (isRefusal(outcome)) return refusal(outcome.problem);
          hearings.set(id, outcome.hearing);
          if (decision === 'accept') putEvent(outcome.hearing, new URL(request.url).origin);
          store.deliver(outcome.deliveries);
          store.audit.push(outcome.audit);
          return HttpResponse.json(outcome.hearing);
        }),
      ),
    ),

    http.post(mswPattern(base, operations.withdrawHearing.path), ({ request, params }) =>
      guarded(delay, () => {
        const principal = principalOr(request, deps);
        if (principal instanceof Response) return principal;
        const id = String(params.id);
        const stored = hearings.get(id);
        const outcome = decideWithdrawHearing(principal, id, stored, writeContext(deps));
        if (isRefusal(outcome)) return refusal(outcome.problem);
        hearings.set(id, outcome.hearing);
        if (stored?.state === 'accepted') putEvent(outcome.hearing, new URL(request.url).origin);
        store.audit.push(outcome.audit);
        return HttpResponse.json(outcome.hearing);
      }),
    ),
  ];
}
