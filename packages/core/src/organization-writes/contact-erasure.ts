import * as z from 'zod/mini';
import type { Principal } from '../access/principal.js';
import type { AuditEntry } from '../audit/audit-entry.js';
import { invalidRequestProblem } from '../errors/problems.js';
import { safeParse } from '../errors/safe-parse.js';
import { issuesOf } from '../errors/issues-of.js';
import type { Organization } from '../schemas/organization.js';
import { isPlainObject } from './merge-patch.js';
import type { OrganizationRevision } from './organization-revision.js';
import { auditEntry, isRefusal, nextVersion, refuse, type Refusal, type VersionedOrganization, type WriteContext } from './write-context.js';
import { organizationNotFound, requireSecretariat, signedIn } from './write-permissions.js';

/*
 * Erasing a contact person's personal data on request: the contact whose value (an address, a
 * number) is named goes from the profile, from every revision of the organisation (its patch and
 * its proposed record) and from the copies the audit log keeps (before/after), and the log says
 * that an erasure happened — without the data. The API applies these functions in one
 * transaction; they only rewrite records.
 */

export const ContactErasure = z.strictObject({ value: z.string().check(z.minLength(1), z.maxLength(300)) });

export interface ErasureOutcome {
  kind: 'erase';
  value: string;
  organization: Organization;
  /** A new version when the profile held the contact; the same one when only copies did. */
  version: string;
  changed: boolean;
  audit: AuditEntry;
}

/** `json` with every contact whose value is `value` left out of every `contacts` list, at any depth. */
export function eraseContactFromJson<T>(json: T, value: string): T {
  if (Array.isArray(json)) return json.map((item: unknown) => eraseContactFromJson(item, value)) as T;
  if (!isPlainObject(json)) return json;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(json)) {
    out[key] =
      key === 'contacts' && Array.isArray(item)
        ? item.filter((contact: unknown) => !(isPlainObject(contact) && contact.value === value)).map((contact: unknown) => eraseContactFromJson(contact, value))
        : eraseContactFromJson(item, value);
  }
  return out as T;
}

export const eraseContactFromOrganization = (org: Organization, value: string): Organization => eraseContactFromJson(org, value);

export const eraseContactFromRevision = (revision: OrganizationRevision, value: string): OrganizationRevision => eraseContactFromJson(revision, value);

/** Whether `json` holds a contact with `value` anywhere (what the adapter rewrites). */
export function holdsContact(json: unknown, value: string): boolean {
  return JSON.stringify(eraseContactFromJson(json, value)) !== JSON.stringify(json);
}

/**
 * `POST /v1/organizations/{id}/contact-erasures` (the Secretariat): 401 anonymous, 404 no such
 * organisation, 403 any other role, 400 a bad body. Succeeds also when only copies hold the
 * contact (the profile dropped it earlier): the copies are what is left to erase.
 */
export function decideContactErasure(principal: Principal, id: string, current: VersionedOrganization | undefined, body: unknown, context: WriteContext): ErasureOutcome | Refusal {
  const person = signedIn(principal);
  if (isRefusal(person)) return person;
  if (!current) return organizationNotFound(id);
  const grant = requireSecretariat(person, "erase a contact's personal data");
  if ('kind' in grant) return grant;
  const parsed = safeParse(ContactErasure, body);
  if (!parsed.success) return refuse(invalidRequestProblem(issuesOf(parsed.error)));
  const { value } = parsed.data;
  const organization = eraseContactFromOrganization(current.organization, value);
  const changed = organization.contacts.length !== current.organization.contacts.length;
  const audit = auditEntry(person, grant, 'contact.erase', { type: 'organization', id }, context, {
    note: "Erased a contact person's personal data on request, from the profile, its revisions and the audit log's copies",
  });
  return { kind: 'erase', value, organization, version: changed ? nextVersion(current.version) : current.version, changed, audit };
}
