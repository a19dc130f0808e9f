import { http, HttpResponse, type RequestHandler } from 'msw';
import {
  PATHS,
  canReadActionSubmission,
  buildPath,
  decidePublishAction,
  decideReadActionSubmission,
  decideReturnAction,
  decideSubmitAction,
  isRefusal,
  operations,
  parseActionSubmissionQuery,
  signedIn,
  type SubmittedAction,
} from '@ngo-liaison/core';
import { guarded } from './guard.js';
import { newestFirst } from './newest-first.js';
import { mswPattern } from './responses.js';
import { idempotent, principalOr, refused, refusal, signedInWrite, writeContext, type WorkflowDeps } from './write-adapter.js';

/** The organisation a submission names as its actor, when the body names one (core judges the rest). */
function actorOrganization(body: unknown): string | undefined {
  const actor = (body as { actor?: { kind?: unknown; organization?: unknown } } | null)?.actor;
  return actor?.kind === 'organization' && typeof actor.organization === 'string' ? actor.organization : undefined;
}

/** POST /v1/actions and the review of submissions, decided by core's action write rules. */
export function actionWriteHandlers(base: string, deps: WorkflowDeps, delay: number): RequestHandler[] {
  const { store, programmes, coverage } = deps;
  const context = (organizationId?: string) => {
    const stored = organizationId ? store.organizations.get(organizationId)?.organization : undefined;
    return {
      ...writeContext(deps),
      programmes,
      coverage,
      ...(stored ? { organization: { id: stored.id, fictional: stored.provenance.fictional } } : {}),
    };
  };
  /** Commits what a decision wrote, as the API does in one transaction. */
  const commit = (outcome: { submission: SubmittedAction; deliveries: Parameters<typeof store.deliver>[0]; audit: (typeof store.audit)[number] }) => {
    store.submissions.set(outcome.submission.action.id, outcome.submission);
    store.deliver(outcome.deliveries);
    store.audit.push(outcome.audit);
  };

  return [
    http.post(mswPattern(base, operations.submitAction.path), ({ request }) =>
      guarded(delay, async () => {
        const write = await signedInWrite(request, deps);
        if (write instanceof Response) return write;
        const { principal, body } = write;
        return idempotent(request, principal, body.text, deps, () => {
          const outcome = decideSubmitAction(principal, body.value, context(actorOrganization(body.value)));
          if (isRefusal(outcome)) return refusal(outcome.problem);
          commit(outcome);
          const { submission } = outcome;
          const location = buildPath(PATHS.getActionSubmission, { id: submission.action.id });
          return { status: submission.state === 'published' ? 201 : 202, body: submission, headers: { location } };
        });
      }),
    ),

    http.get(mswPattern(base, operations.listActionSubmissions.path), ({ request }) =>
      guarded(delay, () => {
        const principal = principalOr(request, deps);
        if (principal instanceof Response) return principal;
        const person = signedIn(principal);
        if (isRefusal(person)) return refusal(person.problem);
        const query = parseActionSubmissionQuery(new URL(request.url).searchParams);
        const visible = [...store.submissions.values()].filter(
          (submission) =>
            submission.state === query.state &&
            (!query.programme || submission.action.programme === query.programme) &&
            (!query.organization || (submission.action.actor.kind === 'organization' && submission.action.actor.organization === query.organization)) &&
            canReadActionSubmission(person, submission, programmes),
        );
        return HttpResponse.json(newestFirst(visible, (s) => [s.submittedAt, s.action.id], 'action-submissions', query.limit, query.cursor));
      }),
    ),

    http.get(mswPattern(base, operations.getActionSubmission.path), ({ request, params }) =>
      guarded(delay, () => {
        const principal = principalOr(request, deps);
        if (principal instanceof Response) return principal;
        const id = String(params.id);
        const outcome = decideReadActionSubmission(principal, id, store.submissions.get(id), programmes);
        return refused(outcome) ? refusal(outcome.problem) : HttpResponse.json(outcome);
      }),
    ),

    http.post(mswPattern(base, operations.publishAction.path), ({ request, params }) =>
      guarded(delay, () => {
        const principal = principalOr(request, deps);
        if (principal instanceof Response) return principal;
        const id = String(params.id);
        const outcome = decidePublishAction(principal, id, store.submissions.get(id), context());
        if (isRefusal(outcome)) return refusal(outcome.problem);
        commit(outcome);
        return HttpResponse.json(outcome.submission);
      }),
    ),

    http.post(mswPattern(base, operations.returnAction.path), ({ request, params }) =>
      guarded(delay, async () => {
        const write = await signedInWrite(request, deps);
        if (write instanceof Response) return write;
        const { principal, body } = write;
        const id = String(params.id);
        const outcome = decideReturnAction(principal, id, store.submissions.get(id), body.value, context());
        if (isRefusal(outcome)) return refusal(outcome.problem);
        commit(outcome);
        return HttpResponse.json(outcome.submission);
      }),
    ),
  ];
}
