import type { Principal } from '../access/principal.js';
import type { AuditEntry } from '../audit/audit-entry.js';
import { conflictProblem, invalidRequestProblem } from '../errors/problems.js';
import { safeParse } from '../errors/safe-parse.js';
import { issuesOf } from '../errors/issues-of.js';
import type { Organization } from '../schemas/organization.js';
import { ReturnRevisionBody, type OrganizationRevision } from './organization-revision.js';
import { actorOf, auditEntry, isRefusal, nextVersion, refuse, type Refusal, type VersionedOrganization, type WriteContext } from './write-context.js';
import { canReadRevision, requireSecretariat, revisionNotFound, signedIn } from './write-permissions.js';

/** A pending revision published: the organisation as proposed, one version on. */
export interface RevisionPublishOutcome {
  kind: 'publish';
  organization: Organization;
  version: string;
  revision: OrganizationRevision;
  audit: AuditEntry;
}

export interface RevisionReturnOutcome {
  kind: 'return';
  revision: OrganizationRevision;
  audit: AuditEntry;
}

/**
 * 401 anonymous; 404 when the revision does not exist or the caller may not read it (another
 * organisation's editor); 403 when they may read it but only the Secretariat may decide; 409
 * when it is no longer pending. Returns the deciding grant otherwise.
 */
function mayDecide(principal: Principal, revision: OrganizationRevision | undefined, id: string, what: string) {
  const person = signedIn(principal);
  if (isRefusal(person)) return person;
  if (!revision || !canReadRevision(person, revision)) return revisionNotFound(id);
  const grant = requireSecretariat(person, what);
  if ('kind' in grant) return grant;
  if (revision.state !== 'pending') return refuse(conflictProblem(`Revision "${id}" is already ${revision.state}`));
  return { person, grant, revision };
}

/**
 * `POST /v1/revisions/{id}/publish`: the Secretariat publishes a pending revision. When the
 * organisation moved on since the revision's base (another change was published), 409 with the
 * current version and record: the editor re-applies the change to it, or the Secretariat does.
 */
export function decidePublishRevision(
  principal: Principal,
  id: string,
  revision: OrganizationRevision | undefined,
  current: VersionedOrganization | undefined,
  context: WriteContext
): RevisionPublishOutcome | Refusal {
  const allowed = mayDecide(principal, revision, id, 'publish a revision');
  if ('kind' in allowed) return allowed;
  const { person, grant } = allowed;
  if (!current || current.version !== allowed.revision.basedOnVersion) {
    return refuse(
      conflictProblem(
        `The organisation changed since this revision was made (it was based on version ${allowed.revision.basedOnVersion}); re-apply the change to the current version`,
        current ? { version: current.version, record: current.organization } : undefined
      )
    );
  }
  const at = context.now.toISOString();
  const published: OrganizationRevision = { ...allowed.revision, state: 'published', decidedBy: actorOf(person), decidedAt: at };
  const audit = auditEntry(person, grant, 'revision.publish', { type: 'organization', id: current.organization.id }, context, {
    before: current.organization,
    after: published.proposed,
    note: `revision ${id}`,
  });
  return { kind: 'publish', organization: published.proposed, version: nextVersion(current.version), revision: published, audit };
}

/** `POST /v1/revisions/{id}/return`: the Secretariat sends a pending revision back with a reason the editor reads. */
export function decideReturnRevision(
  principal: Principal,
  id: string,
  revision: OrganizationRevision | undefined,
  body: unknown,
  context: WriteContext
): RevisionReturnOutcome | Refusal {
  const allowed = mayDecide(principal, revision, id, 'return a revision');
  if ('kind' in allowed) return allowed;
  const parsed = safeParse(ReturnRevisionBody, body);
  if (!parsed.success) return refuse(invalidRequestProblem(issuesOf(parsed.error)));
  const { person, grant } = allowed;
  const returned: OrganizationRevision = {
    ...allowed.revision,
    state: 'returned',
    decidedBy: actorOf(person),
    decidedAt: context.now.toISOString(),
    reason: parsed.data.reason,
  };
  const audit = auditEntry(person, grant, 'revision.return', { type: 'revision', id }, context, { note: parsed.data.reason });
  return { kind: 'return', revision: returned, audit };
}

/** `GET /v1/revisions/{id}`: the revision, or 401 / 404 (not readable is not found). */
export function decideReadRevision(principal: Principal, id: string, revision: OrganizationRevision | undefined): OrganizationRevision | Refusal {
  const person = signedIn(principal);
  if (isRefusal(person)) return person;
  return revision && canReadRevision(person, revision) ? revision : revisionNotFound(id);
}
