import { http, HttpResponse, type RequestHandler } from 'msw';
import {
  PATHS,
  buildPath,
  decideFollowUp,
  decideProposeAddressees,
  decideRecordRecommendation,
  filterRecommendations,
  isRefusal,
  notFoundProblem,
  operations,
  parseRecommendationQuery,
  recommendationView,
  type Recommendation,
  withEvaluations,
} from '@ngo-liaison/core';
import { guarded } from './guard.js';
import { newestFirst } from './newest-first.js';
import { mswPattern } from './responses.js';
import { idempotent, principalOr, refused, refusal, signedInWrite, writeContext, type WorkflowDeps } from './write-adapter.js';

/** Recommendations, their routing proposal and follow-ups, decided by core's recommendation rules. */
export function recommendationHandlers(base: string, deps: WorkflowDeps, delay: number): RequestHandler[] {
  const { store, programmes, coverage, eventExists } = deps;
  const context = () => ({ ...writeContext(deps), programmes, coverage, eventExists });
  const commit = (outcome: { recommendation: Recommendation; deliveries: Parameters<typeof store.deliver>[0]; audit: (typeof store.audit)[number] }) => {
    store.recommendations.set(outcome.recommendation.id, outcome.recommendation);
    store.deliver(outcome.deliveries);
    store.audit.push(outcome.audit);
  };

  return [
    http.post(mswPattern(base, operations.proposeAddressees.path), ({ request }) =>
      guarded(delay, async () => {
        const write = await signedInWrite(request, deps);
        if (write instanceof Response) return write;
        const outcome = decideProposeAddressees(write.principal, write.body.value, context());
        return refused(outcome) ? refusal(outcome.problem) : HttpResponse.json(outcome);
      }),
    ),

    http.post(mswPattern(base, operations.recordRecommendation.path), ({ request }) =>
      guarded(delay, async () => {
        const write = await signedInWrite(request, deps);
        if (write instanceof Response) return write;
        const { principal, body } = write;
        return idempotent(request, principal, body.text, deps, () => {
          const outcome = decideRecordRecommendation(principal, body.value, context());
          if (isRefusal(outcome)) return refusal(outcome.problem);
          commit(outcome);
          const location = buildPath(PATHS.getRecommendation, { id: outcome.recommendation.id });
          return { status: 201, body: recommendationView(principal, outcome.recommendation), headers: { location } };
        });
      }),
    ),

    http.get(mswPattern(base, operations.listRecommendations.path), ({ request }) =>
      guarded(delay, () => {
        const principal = principalOr(request, deps);
        if (principal instanceof Response) return principal;
        const query = parseRecommendationQuery(new URL(request.url).searchParams);
        // Filtered over what the reader sees, so a status filter never reveals a follow-up they may not read.
        const views = [...store.recommendations.values()].map((r) => withEvaluations(recommendationView(principal, r), [...store.consultations.values()]));
        const { items, nextCursor } = newestFirst(filterRecommendations(views, query), (r) => [r.recordedAt, r.id], 'recommendations', query.limit, query.cursor);
        return HttpResponse.json({ items, nextCursor });
      }),
    ),

    http.get(mswPattern(base, operations.getRecommendation.path), ({ request, params }) =>
      guarded(delay, () => {
        const principal = principalOr(request, deps);
        if (principal instanceof Response) return principal;
        const id = String(params.id);
        const recommendation = store.recommendations.get(id);
        if (!recommendation) return refusal(notFoundProblem(`No recommendation with id "${id}"`));
        return HttpResponse.json(withEvaluations(recommendationView(principal, recommendation), [...store.consultations.values()]));
      }),
    ),

    http.post(mswPattern(base, operations.recordFollowUp.path), ({ request, params }) =>
      guarded(delay, async () => {
        const write = await signedInWrite(request, deps);
        if (write instanceof Response) return write;
        const { principal, body } = write;
        const id = String(params.id);
        const outcome = decideFollowUp(principal, id, store.recommendations.get(id), body.value, context());
        if (isRefusal(outcome)) return refusal(outcome.problem);
        commit(outcome);
        return HttpResponse.json(recommendationView(principal, outcome.recommendation), { status: 201 });
      }),
    ),
  ];
}
