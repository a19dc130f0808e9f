import * as z from 'zod/mini';
import { Organization } from '../schemas/organization.js';

/**
 * What each role may change in an organisation with `PATCH /v1/organizations/{id}` (a JSON
 * merge patch, RFC 7396: a field set to null is removed). Everything else is refused with 400
 * naming the field: unknown fields (`unknown-field`), fields the server owns (`server-owned`:
 * id, partnership, timestamps, version), fields this role may not set (`not-allowed`).
 * Partnership changes only through recorded decisions (POST …/decisions), so that each has its
 * deciding body, reference, date and evidence, and the history stays public.
 */
export const EDITOR_FIELDS = [
  'name',
  'acronym',
  'formerNames',
  'scope',
  'headquarters',
  'founded',
  'website',
  'description',
  'sectors',
  'sdgs',
  'countriesOfPresence',
  'workingLanguages',
  'fieldsOfInterest',
  'contacts',
] as const;

/** The Secretariat also keeps the kind, identifiers, cooperation evidence and provenance. */
export const SECRETARIAT_FIELDS = [...EDITOR_FIELDS, 'kind', 'identifiers', 'cooperation', 'provenance'] as const;

/** Set by the server alone, whoever asks. */
export const SERVER_OWNED_FIELDS = ['id', 'partnership', 'version', 'revision', 'createdAt', 'updatedAt', 'evidence'] as const;

export type EditorField = (typeof EDITOR_FIELDS)[number];
export type SecretariatField = (typeof SECRETARIAT_FIELDS)[number];

/**
 * The body's shape for the contract (OpenAPI, client types): any subset of the Secretariat's
 * fields, each nullable (null removes an optional field; inside an object, such as one
 * language of `name`, null removes that key, as RFC 7396 says). Role rules, and the record
 * the patch makes, are checked in core's patch decision, not by this schema.
 */
export const OrganizationPatch = z.object(
  Object.fromEntries(SECRETARIAT_FIELDS.map((field) => [field, z.optional(z.nullable(Organization.shape[field]))])) as {
    [K in SecretariatField]: z.ZodMiniOptional<z.ZodMiniNullable<(typeof Organization.shape)[K]>>;
  }
);
export type OrganizationPatch = { [K in Exclude<SecretariatField, 'name'>]?: Organization[K] | null } & {
  /** One language set to null removes it (the record must keep a name in at least one). */
  name?: { [L in keyof Organization['name']]?: string | null };
};
