import { http, HttpResponse, type RequestHandler } from 'msw';
import {
  PATHS,
  buildPath,
  canReadFeedback,
  decideAcknowledgeFeedback,
  decideAnswerFeedback,
  decideReadFeedback,
  decideSendFeedback,
  isRefusal,
  operations,
  parseFeedbackQuery,
  parseFeedbackSummaryQuery,
  signedIn,
  summarizeFeedback,
  type Feedback,
  type FeedbackSummary,
} from '@ngo-liaison/core';
import { guarded } from './guard.js';
import { newestFirst } from './newest-first.js';
import { mswPattern } from './responses.js';
import { idempotent, principalOr, refused, refusal, signedInWrite, writeContext, type WorkflowDeps } from './write-adapter.js';

/** The organisation feedback names, when the body names one (core judges the rest). */
const organizationOf = (body: unknown): string | undefined => {
  const organization = (body as { organization?: unknown } | null)?.organization;
  return typeof organization === 'string' ? organization : undefined;
};

/** NGOs' feedback to the sectors, its acknowledgement, answer and summary, decided by core's feedback rules. */
export function feedbackHandlers(base: string, deps: WorkflowDeps, delay: number): RequestHandler[] {
  const { store, programmes, coverage } = deps;
  const context = (organizationExists = true) => ({ ...writeContext(deps), programmes, coverage, organizationExists });
  const commit = (outcome: { feedback: Feedback; deliveries: Parameters<typeof store.deliver>[0]; audit: (typeof store.audit)[number] }) => {
    store.feedback.set(outcome.feedback.id, outcome.feedback);
    store.deliver(outcome.deliveries);
    store.audit.push(outcome.audit);
  };
  /** The signed-in caller and the feedback they may read that matches the query's filters. */
  const readable = (request: Request) => {
    const principal = principalOr(request, deps);
    if (principal instanceof Response) return principal;
    const person = signedIn(principal);
    if (isRefusal(person)) return refusal(person.problem);
    const query = parseFeedbackQuery(new URL(request.url).searchParams);
    const items = [...store.feedback.values()].filter(
      (f) =>
        canReadFeedback(person, f) &&
        (!query.programme || f.programme === query.programme) &&
        (!query.country || f.country === query.country) &&
        (!query.sector || f.sector === query.sector) &&
        (!query.state || f.state === query.state) &&
        (!query.organization || f.organization === query.organization),
    );
    return { query, items };
  };

  return [
    http.post(mswPattern(base, operations.sendFeedback.path), ({ request }) =>
      guarded(delay, async () => {
        const write = await signedInWrite(request, deps);
        if (write instanceof Response) return write;
        const { principal, body } = write;
        return idempotent(request, principal, body.text, deps, () => {
          const organization = organizationOf(body.value);
          const outcome = decideSendFeedback(principal, body.value, context(organization !== undefined && store.organizations.has(organization)));
          if (isRefusal(outcome)) return refusal(outcome.problem);
          commit(outcome);
          return { status: 201, body: outcome.feedback, headers: { location: buildPath(PATHS.getFeedback, { id: outcome.feedback.id }) } };
        });
      }),
    ),

    http.get(mswPattern(base, operations.listFeedback.path), ({ request }) =>
      guarded(delay, () => {
        const found = readable(request);
        if (found instanceof Response) return found;
        return HttpResponse.json(newestFirst(found.items, (f) => [f.sentAt, f.id], 'feedback', found.query.limit, found.query.cursor));
      }),
    ),

    http.get(mswPattern(base, operations.getFeedbackSummary.path), ({ request }) =>
      guarded(delay, () => {
        // The summary takes the list's filters but no state, organisation or paging.
        parseFeedbackSummaryQuery(new URL(request.url).searchParams);
        const found = readable(request);
        if (found instanceof Response) return found;
        const summary: FeedbackSummary = { rows: summarizeFeedback(found.items) };
        return HttpResponse.json(summary);
      }),
    ),

    http.get(mswPattern(base, operations.getFeedback.path), ({ request, params }) =>
      guarded(delay, () => {
        const principal = principalOr(request, deps);
        if (principal instanceof Response) return principal;
        const id = String(params.id);
        const outcome = decideReadFeedback(principal, id, store.feedback.get(id));
        return refused(outcome) ? refusal(outcome.problem) : HttpResponse.json(outcome);
      }),
    ),

    http.post(mswPattern(base, operations.acknowledgeFeedback.path), ({ request, params }) =>
      guarded(delay, () => {
        const principal = principalOr(request, deps);
        if (principal instanceof Response) return principal;
        const id = String(params.id);
        const outcome = decideAcknowledgeFeedback(principal, id, store.feedback.get(id), context());
        if (isRefusal(outcome)) return refusal(outcome.problem);
        commit(outcome);
        return HttpResponse.json(outcome.feedback);
      }),
    ),

    http.post(mswPattern(base, operations.answerFeedback.path), ({ request, params }) =>
      guarded(delay, async () => {
        const write = await signedInWrite(request, deps);
        if (write instanceof Response) return write;
        const { principal, body } = write;
        const id = String(params.id);
        const outcome = decideAnswerFeedback(principal, id, store.feedback.get(id), body.value, context());
        if (isRefusal(outcome)) return refusal(outcome.problem);
        commit(outcome);
        return HttpResponse.json(outcome.feedback);
      }),
    ),
  ];
}
