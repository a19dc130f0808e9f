import { http, HttpResponse, type RequestHandler } from 'msw';
import {
  admissionId,
  applyPartnershipDecision,
  decideAdmission,
  decideContactErasure,
  decideOrganizationPatch,
  eraseContactFromJson,
  eraseContactFromRevision,
  isRefusal,
  notFoundProblem,
  operations,
  PATHS,
  buildPath,
  organizationEtag,
  pathParamsProblem,
  versionFromIfMatch,
  type Organization,
  type OrganizationWriteResult,
} from '@ngo-liaison/core';
import { guarded } from './guard.js';
import { mswPattern, problemResponse } from './responses.js';
import { idempotent, refusal, signedInWrite, writeContext, type WriteDeps } from './write-adapter.js';

/** What a published change answers, as the server does: the new version, the record, and its ETag (the Secretariat's view). */
export function publishedAnswer(organization: Organization, version: string): Response {
  const result: OrganizationWriteResult = { status: 'published', version, organization };
  return HttpResponse.json(result, { headers: { etag: organizationEtag(version, 'partners'), 'cache-control': 'no-store' } });
}

/** Profile edits, admissions, partnership decisions and contact erasure, decided by core's organisation write rules. */
export function organizationWriteHandlers(base: string, deps: WriteDeps, delay: number): RequestHandler[] {
  const { store } = deps;

  return [
    http.patch(mswPattern(base, operations.updateOrganization.path), ({ request, params }) =>
      guarded(delay, async () => {
        const write = await signedInWrite(request, deps, { mergePatch: true });
        if (write instanceof Response) return write;
        const { principal, body } = write;
        const id = String(params.id);
        const outcome = decideOrganizationPatch(principal, store.organizations.get(id), body.value, {
          ...writeContext(deps),
          ifMatch: versionFromIfMatch(request.headers.get('if-match')),
        });
        if (isRefusal(outcome)) return refusal(outcome.problem);
        store.audit.push(outcome.audit);
        if (outcome.kind === 'publish') {
          store.publish(outcome.organization, outcome.version);
          return publishedAnswer(outcome.organization, outcome.version);
        }
        store.revisions.set(outcome.revision.id, outcome.revision);
        return HttpResponse.json({ status: 'pending', revision: outcome.revision } satisfies OrganizationWriteResult, { status: 202 });
      })
    ),

    http.post(mswPattern(base, operations.createOrganization.path), ({ request }) =>
      guarded(delay, async () => {
        const write = await signedInWrite(request, deps);
        if (write instanceof Response) return write;
        const { principal, body } = write;
        return idempotent(request, principal, body.text, deps, () => {
          const existing = store.organizations.get(admissionId(body.value) ?? '')?.organization;
          const outcome = decideAdmission(principal, body.value, existing, writeContext(deps));
          if (isRefusal(outcome)) return refusal(outcome.problem);
          store.publish(outcome.organization, outcome.version);
          store.audit.push(outcome.audit);
          const location = buildPath(PATHS.getOrganization, { id: outcome.organization.id });
          return { status: 201, body: outcome.organization, headers: { location, etag: organizationEtag(outcome.version, 'partners') } };
        });
      })
    ),

    http.get(mswPattern(base, operations.listDecisions.path), ({ params }) =>
      guarded(delay, () => {
        const id = String(params.id);
        const bad = pathParamsProblem(operations.listDecisions, { id });
        if (bad) return problemResponse(bad);
        if (!store.organizations.has(id)) return problemResponse(notFoundProblem(`No organisation with id "${id}"`));
        return HttpResponse.json({ items: store.decisions.get(id) ?? [] });
      })
    ),

    http.post(mswPattern(base, operations.recordDecision.path), ({ request, params }) =>
      guarded(delay, async () => {
        const write = await signedInWrite(request, deps);
        if (write instanceof Response) return write;
        const { principal, body } = write;
        const id = String(params.id);
        return idempotent(request, principal, body.text, deps, () => {
          const outcome = applyPartnershipDecision(principal, id, store.organizations.get(id), body.value, writeContext(deps));
          if (isRefusal(outcome)) return refusal(outcome.problem);
          store.publish(outcome.organization, outcome.version);
          store.decisions.set(id, [...(store.decisions.get(id) ?? []), outcome.decision]);
          store.audit.push(outcome.audit);
          return { status: 201, body: outcome.decision, headers: { location: buildPath(PATHS.listDecisions, { id }) } };
        });
      })
    ),

    http.post(mswPattern(base, operations.eraseContact.path), ({ request, params }) =>
      guarded(delay, async () => {
        const write = await signedInWrite(request, deps);
        if (write instanceof Response) return write;
        const { principal, body } = write;
        const id = String(params.id);
        const outcome = decideContactErasure(principal, id, store.organizations.get(id), body.value, writeContext(deps));
        if (isRefusal(outcome)) return refusal(outcome.problem);
        // The profile, its revisions and the audit log's copies, as the API does in one transaction.
        if (outcome.changed) store.publish(outcome.organization, outcome.version);
        for (const [revisionId, revision] of store.revisions) {
          if (revision.organizationId === id) store.revisions.set(revisionId, eraseContactFromRevision(revision, outcome.value));
        }
        store.audit.splice(0, store.audit.length, ...store.audit.map((entry) => eraseContactFromJson(entry, outcome.value)));
        store.audit.push(outcome.audit);
        return publishedAnswer(outcome.organization, outcome.version);
      })
    ),
  ];
}
