import * as z from 'zod/mini';
import type { Principal } from '../access/principal.js';
import type { AuditEntry } from '../audit/audit-entry.js';
import { conflictProblem, invalidRequestProblem } from '../errors/problems.js';
import { Organization, PartnershipEntry } from '../schemas/organization.js';
import type { FieldIssue } from '../schemas/problem.js';
import { isPlainObject } from './merge-patch.js';
import { SERVER_OWNED_FIELDS } from './organization-patch.js';
import { organizationWriteIssues } from './organization-write-issues.js';
import { auditEntry, FIRST_VERSION, isRefusal, refuse, type Refusal, type WriteContext } from './write-context.js';
import { requireSecretariat, signedIn } from './write-permissions.js';

/**
 * Body of `POST /v1/organizations`: an organisation as admitted, without a partnership
 * history — that is written by the decisions recorded for it (POST …/decisions), each with its
 * deciding body, reference, date and evidence. `partnership` may be sent empty.
 */
export const OrganizationAdmission = z.extend(Organization, { partnership: z.optional(z.array(PartnershipEntry)) });
export type OrganizationAdmission = z.infer<typeof OrganizationAdmission>;

export interface AdmissionOutcome {
  kind: 'create';
  organization: Organization;
  version: string;
  audit: AuditEntry;
}

/** The id a creation body names, so the adapter can look up whether it is taken before deciding. */
export function admissionId(body: unknown): string | undefined {
  return isPlainObject(body) && typeof body.id === 'string' ? body.id : undefined;
}

/** Server-owned fields in a creation body. The id is the caller's (a readable slug), everything else there is the server's. */
function serverOwnedIssues(body: Record<string, unknown>): FieldIssue[] {
  const issues: FieldIssue[] = SERVER_OWNED_FIELDS.filter((field) => field !== 'id' && field !== 'partnership' && field in body).map((field) => ({
    path: field,
    message: 'is set by the server',
    code: 'server-owned',
  }));
  if (Array.isArray(body.partnership) ? body.partnership.length > 0 : body.partnership !== undefined) {
    issues.push({ path: 'partnership', message: 'is written by the decisions recorded for the organisation (POST …/decisions); send none', code: 'server-owned' });
  }
  return issues;
}

/**
 * `POST /v1/organizations` (the Secretariat admits an organisation): 401 anonymous, 403 for any
 * other role, 400 for server-owned or unknown fields and whatever the write rules refuse, 409
 * when `existing` (the record stored under the body's id) is there. Version 1, empty partnership.
 */
export function decideAdmission(principal: Principal, body: unknown, existing: Organization | undefined, context: WriteContext): AdmissionOutcome | Refusal {
  const person = signedIn(principal);
  if (isRefusal(person)) return person;
  const grant = requireSecretariat(person, 'admit an organisation');
  if ('kind' in grant) return grant;
  if (!isPlainObject(body)) return refuse(invalidRequestProblem([{ path: '(root)', message: 'must be a JSON object (an organisation)', code: 'invalid-type' }]));
  const owned = serverOwnedIssues(body);
  if (owned.length) return refuse(invalidRequestProblem(owned));
  const checked = organizationWriteIssues({ ...body, partnership: [] });
  if ('issues' in checked) return refuse(invalidRequestProblem(checked.issues));
  const { organization } = checked;
  if (existing) return refuse(conflictProblem(`An organisation with id "${organization.id}" exists already; ids are never reused`));
  const audit = auditEntry(person, grant, 'organization.create', { type: 'organization', id: organization.id }, context, { after: organization });
  return { kind: 'create', organization, version: FIRST_VERSION, audit };
}
