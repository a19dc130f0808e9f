import type { Principal } from '../access/principal.js';
import type { RoleGrant } from '../access/roles.js';
import { forbiddenProblem, invalidRequestProblem, preconditionFailedProblem, preconditionRequiredProblem } from '../errors/problems.js';
import type { Organization } from '../schemas/organization.js';
import type { FieldIssue } from '../schemas/problem.js';
import type { AuditEntry } from '../audit/audit-entry.js';
import { applyMergePatch, isPlainObject } from './merge-patch.js';
import { EDITOR_FIELDS, SECRETARIAT_FIELDS, SERVER_OWNED_FIELDS } from './organization-patch.js';
import type { OrganizationRevision } from './organization-revision.js';
import { organizationWriteIssues } from './organization-write-issues.js';
import { actorOf, auditEntry, isRefusal, nextVersion, refuse, type Refusal, type VersionedOrganization, type WriteContext } from './write-context.js';
import { editorGrant, organizationNotFound, secretariatGrant, signedIn } from './write-permissions.js';

/** The Secretariat's change: published at once (200), with the new version. */
export interface PublishOutcome {
  kind: 'publish';
  organization: Organization;
  version: string;
  audit: AuditEntry;
}

/** An NGO editor's change: a pending revision for the Secretariat to review (202). */
export interface SubmitOutcome {
  kind: 'submit';
  revision: OrganizationRevision;
  audit: AuditEntry;
}

export interface PatchOptions extends WriteContext {
  /** The version the If-Match header names (versionFromIfMatch); undefined when it is missing or names none. */
  ifMatch: string | undefined;
}

const OWNED: ReadonlySet<string> = new Set(SERVER_OWNED_FIELDS);
const EDITABLE: ReadonlySet<string> = new Set(EDITOR_FIELDS);
const SECRETARIAT_ONLY: ReadonlySet<string> = new Set(SECRETARIAT_FIELDS.filter((field) => !EDITABLE.has(field)));

/** One issue per top-level field this role may not send: server-owned, Secretariat-only, or unknown. */
export function patchFieldIssues(patch: Record<string, unknown>, role: 'secretariat' | 'ngo-editor'): FieldIssue[] {
  return Object.keys(patch).flatMap((field): FieldIssue[] => {
    if (OWNED.has(field)) return [{ path: field, message: 'is set by the server; partnership changes are recorded as decisions', code: 'server-owned' }];
    if (SECRETARIAT_ONLY.has(field)) return role === 'secretariat' ? [] : [{ path: field, message: 'only the Secretariat may change it', code: 'not-allowed' }];
    if (EDITABLE.has(field)) return [];
    return [{ path: field, message: 'is not a field of an organisation', code: 'unknown-field' }];
  });
}

/**
 * What `PATCH /v1/organizations/{id}` does with a JSON merge patch (RFC 7396):
 * - 401 anonymous; 404 no such organisation; 403 signed in but neither the Secretariat nor an
 *   editor of this organisation (organisations are public: the record exists for everyone);
 * - 428 without If-Match; 412 when it names another version (with the current one);
 * - 400 for fields this role may not send or a result the write rules refuse, each issue with its code;
 * - the Secretariat's change is published (a new version); an editor's is a pending revision
 *   based on the version it was made against.
 */
export function decideOrganizationPatch(
  principal: Principal,
  current: VersionedOrganization | undefined,
  patch: unknown,
  options: PatchOptions
): PublishOutcome | SubmitOutcome | Refusal {
  const person = signedIn(principal);
  if (isRefusal(person)) return person;
  if (!current) return organizationNotFound();
  const id = current.organization.id;
  const secretariat = secretariatGrant(person);
  const grant: RoleGrant | undefined = secretariat ?? editorGrant(person, id);
  if (!grant) return refuse(forbiddenProblem(`You may not change organisation "${id}": only the Secretariat and its own editors may`));
  if (options.ifMatch === undefined) return refuse(preconditionRequiredProblem());
  if (options.ifMatch !== current.version) return refuse(preconditionFailedProblem({ version: current.version, record: current.organization }));

  if (!isPlainObject(patch)) return refuse(invalidRequestProblem([{ path: '(root)', message: 'must be a JSON object (a merge patch)', code: 'invalid-type' }]));
  if (Object.keys(patch).length === 0) return refuse(invalidRequestProblem([{ path: '(root)', message: 'changes nothing: name the fields to change', code: 'required' }]));
  const fieldIssues = patchFieldIssues(patch, secretariat ? 'secretariat' : 'ngo-editor');
  if (fieldIssues.length) return refuse(invalidRequestProblem(fieldIssues));
  const checked = organizationWriteIssues(applyMergePatch(current.organization, patch));
  if ('issues' in checked) return refuse(invalidRequestProblem(checked.issues));

  if (secretariat) {
    const version = nextVersion(current.version);
    const audit = auditEntry(person, grant, 'organization.update', { type: 'organization', id }, options, {
      before: current.organization,
      after: checked.organization,
    });
    return { kind: 'publish', organization: checked.organization, version, audit };
  }
  const revision: OrganizationRevision = {
    id: options.newId(),
    organizationId: id,
    state: 'pending',
    basedOnVersion: current.version,
    patch,
    proposed: checked.organization,
    submittedBy: actorOf(person),
    submittedAt: options.now.toISOString(),
  };
  const audit = auditEntry(person, grant, 'revision.submit', { type: 'revision', id: revision.id }, options, { after: revision });
  return { kind: 'submit', revision, audit };
}
