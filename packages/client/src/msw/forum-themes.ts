import { http, HttpResponse, type RequestHandler } from 'msw';
import {
  PATHS,
  buildPath,
  decideChooseForumTheme,
  decideProposeForumTheme,
  decideRegisterPhase,
  decideSupportForumTheme,
  decideWithdrawForumThemeSupport,
  decideWithdrawPhase,
  forumEventRefusal,
  isRefusal,
  notFoundProblem,
  operations,
  orderRegistrations,
  partyKey,
  pathParamsProblem,
  themeStandings,
  type ForumEvent,
  type ForumPhase,
  type ForumTheme,
  type ForumThemeChoice,
  type ForumThemeSupport,
  type Operation,
  type PhaseRegistration,
} from '@ngo-liaison/core';
import { guarded } from './guard.js';
import { mswPattern, problemResponse } from './responses.js';
import { anonymousRefusal, principalOr, refusal, signedInWrite, writeContext, type WorkflowDeps } from './write-adapter.js';

/**
 * Forum themes and phase registrations in memory, decided by core's forum-theme rules as the
 * server decides them (routes/forum-themes.ts): the same refusals, standings and inbox deliveries.
 */
export function forumThemeHandlers(base: string, deps: WorkflowDeps, delay: number, events: readonly ForumEvent[]): RequestHandler[] {
  const { store } = deps;
  const themes = new Map<string, ForumTheme>();
  let supports: ForumThemeSupport[] = [];
  const choices = new Map<string, ForumThemeChoice>();
  let registrations: PhaseRegistration[] = [];
  const eventOf = (id: string) => events.find((event) => event.id === id);
  const themesOf = (event: string) => [...themes.values()].filter((t) => t.event === event);
  const supportsOf = (event: string) => supports.filter((s) => themes.get(s.theme)?.event === event);
  /** Whether each stored organisation is fictional (core's mixing rule: real and fictional do not mix), as the server reads them. */
  const organizations = () => Object.fromEntries([...store.organizations.values()].map(({ organization }) => [organization.id, { fictional: organization.provenance.fictional }]));
  const standingOf = (theme: ForumTheme) => themeStandings([theme], supportsOf(theme.event), choices.get(theme.event))[0]!;

  /** The event of the path, or the problem (400 malformed, 404 unknown, 409 not a forum), as the server answers. */
  function forumEvent(operation: Pick<Operation, 'pathParams'>, id: string): Response | undefined {
    const malformed = pathParamsProblem(operation, { id });
    if (malformed) return problemResponse(malformed);
    const refused = forumEventRefusal(id, eventOf(id));
    return refused ? refusal(refused.problem) : undefined;
  }

  return [
    http.get(mswPattern(base, operations.listForumThemes.path), ({ params }) =>
      guarded(delay, () => {
        const id = String(params.id);
        const problem = forumEvent(operations.listForumThemes, id);
        if (problem) return problem;
        const choice = choices.get(id);
        return HttpResponse.json({ event: id, items: themeStandings(themesOf(id), supportsOf(id), choice), choice: choice ?? null });
      }),
    ),

    http.post(mswPattern(base, operations.proposeForumTheme.path), ({ request, params }) =>
      guarded(delay, async () => {
        const write = await signedInWrite(request, deps);
        if (write instanceof Response) return write;
        const id = String(params.id);
        const outcome = decideProposeForumTheme(write.principal, id, write.body.value, { ...writeContext(deps), event: eventOf(id), choice: choices.get(id), organizations: organizations() });
        if (isRefusal(outcome)) return refusal(outcome.problem);
        themes.set(outcome.theme.id, outcome.theme);
        store.audit.push(outcome.audit);
        return HttpResponse.json(outcome.theme, { status: 201, headers: { location: buildPath(PATHS.getForumTheme, { id: outcome.theme.id }) } });
      }),
    ),

    http.get(mswPattern(base, operations.getForumTheme.path), ({ params }) =>
      guarded(delay, () => {
        const theme = themes.get(String(params.id));
        return theme ? HttpResponse.json(standingOf(theme)) : problemResponse(notFoundProblem(`No forum theme with id "${String(params.id)}"`));
      }),
    ),

    http.post(mswPattern(base, operations.supportForumTheme.path), ({ request, params }) =>
      guarded(delay, async () => {
        const write = await signedInWrite(request, deps);
        if (write instanceof Response) return write;
        const id = String(params.id);
        const theme = themes.get(id);
        const context = { ...writeContext(deps), event: theme ? eventOf(theme.event) : undefined, choice: theme ? choices.get(theme.event) : undefined, organizations: organizations() };
        const outcome = decideSupportForumTheme(write.principal, id, theme, theme ? supportsOf(theme.event) : [], write.body.value, context);
        if (isRefusal(outcome)) return refusal(outcome.problem);
        supports.push(outcome.support);
        store.audit.push(outcome.audit);
        return HttpResponse.json(outcome.support, { status: 201 });
      }),
    ),

    http.post(mswPattern(base, operations.withdrawForumThemeSupport.path), ({ request, params }) =>
      guarded(delay, async () => {
        const write = await signedInWrite(request, deps);
        if (write instanceof Response) return write;
        const id = String(params.id);
        const theme = themes.get(id);
        const context = { ...writeContext(deps), event: undefined, choice: theme ? choices.get(theme.event) : undefined };
        const outcome = decideWithdrawForumThemeSupport(write.principal, id, theme, theme ? supportsOf(theme.event) : [], write.body.value, context);
        if (isRefusal(outcome)) return refusal(outcome.problem);
        const key = partyKey(outcome.supporter);
        supports = supports.filter((s) => !(s.theme === id && partyKey(s.supporter) === key));
        store.audit.push(outcome.audit);
        return HttpResponse.json(standingOf(theme!));
      }),
    ),

    http.post(mswPattern(base, operations.chooseForumTheme.path), ({ request, params }) =>
      guarded(delay, async () => {
        const write = await signedInWrite(request, deps);
        if (write instanceof Response) return write;
        const id = String(params.id);
        const outcome = decideChooseForumTheme(write.principal, id, themesOf(id), write.body.value, { ...writeContext(deps), event: eventOf(id), choice: choices.get(id) });
        if (isRefusal(outcome)) return refusal(outcome.problem);
        choices.set(id, outcome.choice);
        store.deliver(outcome.deliveries);
        store.audit.push(outcome.audit);
        return HttpResponse.json(outcome.choice, { status: 201 });
      }),
    ),

    http.get(mswPattern(base, operations.listPhaseRegistrations.path), ({ params }) =>
      guarded(delay, () => {
        const id = String(params.id);
        const problem = forumEvent(operations.listPhaseRegistrations, id);
        if (problem) return problem;
        return HttpResponse.json({ event: id, items: orderRegistrations(registrations.filter((r) => r.event === id)) });
      }),
    ),

    http.post(mswPattern(base, operations.registerPhase.path), ({ request, params }) =>
      guarded(delay, async () => {
        const write = await signedInWrite(request, deps);
        if (write instanceof Response) return write;
        const id = String(params.id);
        const outcome = decideRegisterPhase(write.principal, id, eventOf(id), registrations, write.body.value, writeContext(deps));
        if (isRefusal(outcome)) return refusal(outcome.problem);
        const { registration } = outcome;
        registrations = [...registrations.filter((r) => !(r.event === id && r.country === registration.country && r.phase === registration.phase)), registration];
        store.audit.push(outcome.audit);
        return HttpResponse.json(registration, { status: outcome.created ? 201 : 200 });
      }),
    ),

    http.delete(mswPattern(base, operations.withdrawPhaseRegistration.path), ({ request, params }) =>
      guarded(delay, () => {
        const principal = principalOr(request, deps);
        if (principal instanceof Response) return principal;
        const anonymous = anonymousRefusal(principal);
        if (anonymous) return anonymous;
        const slot = { id: String(params.id), country: String(params.country), phase: String(params.phase) };
        const malformed = pathParamsProblem(operations.withdrawPhaseRegistration, slot);
        if (malformed) return problemResponse(malformed);
        const outcome = decideWithdrawPhase(principal, slot.id, eventOf(slot.id), { country: slot.country, phase: slot.phase as ForumPhase }, registrations, writeContext(deps));
        if (isRefusal(outcome)) return refusal(outcome.problem);
        const { registration } = outcome;
        registrations = registrations.filter((r) => r !== registration);
        store.audit.push(outcome.audit);
        return new HttpResponse(null, { status: 204 });
      }),
    ),
  ];
}
