import { http, HttpResponse, type RequestHandler } from 'msw';
import {
  decidePublishRevision,
  decideReadRevision,
  decideReturnRevision,
  isRefusal,
  operations,
  parseRevisionQuery,
  revisionReadScope,
  signedIn,
  type OrganizationRevision,
} from '@ngo-liaison/core';
import { guarded } from './guard.js';
import { newestFirst } from './newest-first.js';
import { mswPattern } from './responses.js';
import { publishedAnswer } from './organization-writes.js';
import { principalOr, refusal, signedInWrite, writeContext, type WriteDeps } from './write-adapter.js';

/** Newest first (submission instant, then id), paged with core's cursors. */
const pageRevisions = (revisions: OrganizationRevision[], limit: number, cursor: string | undefined) =>
  newestFirst(revisions, (r) => [r.submittedAt, r.id], 'revisions', limit, cursor);

/** Proposed profile changes and the Secretariat's review, decided by core's revision rules. */
export function revisionHandlers(base: string, deps: WriteDeps, delay: number): RequestHandler[] {
  const { store } = deps;
  return [
    http.get(mswPattern(base, operations.listRevisions.path), ({ request }) =>
      guarded(delay, () => {
        const principal = principalOr(request, deps);
        if (principal instanceof Response) return principal;
        const person = signedIn(principal);
        if (isRefusal(person)) return refusal(person.problem);
        const query = parseRevisionQuery(new URL(request.url).searchParams);
        const scope = revisionReadScope(person);
        const visible = [...store.revisions.values()].filter(
          (r) =>
            r.state === query.state && (scope === 'all' || scope.includes(r.organizationId)) && (!query.organization || r.organizationId === query.organization)
        );
        return HttpResponse.json(pageRevisions(visible, query.limit, query.cursor));
      })
    ),

    http.get(mswPattern(base, operations.getRevision.path), ({ request, params }) =>
      guarded(delay, () => {
        const principal = principalOr(request, deps);
        if (principal instanceof Response) return principal;
        const id = String(params.id);
        const outcome = decideReadRevision(principal, id, store.revisions.get(id));
        return 'kind' in outcome ? refusal(outcome.problem) : HttpResponse.json(outcome);
      })
    ),

    http.post(mswPattern(base, operations.publishRevision.path), ({ request, params }) =>
      guarded(delay, () => {
        const principal = principalOr(request, deps);
        if (principal instanceof Response) return principal;
        const id = String(params.id);
        const revision = store.revisions.get(id);
        const current = revision ? store.organizations.get(revision.organizationId) : undefined;
        const outcome = decidePublishRevision(principal, id, revision, current, writeContext(deps));
        if (isRefusal(outcome)) return refusal(outcome.problem);
        store.publish(outcome.organization, outcome.version);
        store.revisions.set(id, outcome.revision);
        store.audit.push(outcome.audit);
        return publishedAnswer(outcome.organization, outcome.version);
      })
    ),

    http.post(mswPattern(base, operations.returnRevision.path), ({ request, params }) =>
      guarded(delay, async () => {
        const write = await signedInWrite(request, deps);
        if (write instanceof Response) return write;
        const { principal, body } = write;
        const id = String(params.id);
        const outcome = decideReturnRevision(principal, id, store.revisions.get(id), body.value, writeContext(deps));
        if (isRefusal(outcome)) return refusal(outcome.problem);
        store.revisions.set(id, outcome.revision);
        store.audit.push(outcome.audit);
        return HttpResponse.json(outcome.revision);
      })
    ),
  ];
}
