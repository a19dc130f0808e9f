import {
  ContactErasureBody,
  DecisionList,
  Organization,
  OrganizationAdmission,
  OrganizationPatch,
  OrganizationWriteResult,
  PATHS,
  PartnershipDecision,
  PartnershipDecisionInput,
  buildPath,
  patchFieldIssues,
} from '@ngo-liaison/core';
import { ResponseValidationError } from '../errors.js';
import { assertValidBody, refusedBody } from './write-body.js';
import { relativePath } from '../transport.js';
import type { WriteTransport } from '../write-transport.js';
import { idempotentCreation, type CreateOptions } from './write-options.js';

export interface UpdateOptions {
  /** The `version` from `getForEdit` (or a ConflictError's `currentVersion`): sent as If-Match. */
  ifMatch: string;
  signal?: AbortSignal;
}

/** The organisation writes: profile edits, admissions, partnership decisions, erasure. */
export interface OrganizationWritesResource {
  /** The organisation as its caller may edit it, with its `version` (the ETag) to send back with `update`. */
  getForEdit(id: string, options?: { signal?: AbortSignal }): Promise<{ organization: Organization; version: string }>;
  /**
   * A JSON merge patch (a field set to null is removed) with If-Match. The Secretariat's is
   * published at once (`status: 'published'`, the new `version`); an NGO editor's waits for
   * review (`status: 'pending'`, the revision). A stale `ifMatch` throws ConflictError (412)
   * with the `currentVersion` and the `current` record; none at all, PreconditionRequiredError.
   */
  update(id: string, patch: OrganizationPatch, options: UpdateOptions): Promise<OrganizationWriteResult>;
  /** Admits an organisation (Secretariat); its partnership history is written by `recordDecision`. */
  create(organization: OrganizationAdmission, options?: CreateOptions): Promise<Organization>;
  /** Partnership decisions, oldest first (public). */
  decisions(id: string, options?: { signal?: AbortSignal }): Promise<PartnershipDecision[]>;
  /** Records a partnership decision (Secretariat). */
  recordDecision(id: string, input: PartnershipDecisionInput, options?: CreateOptions): Promise<PartnershipDecision>;
  /** Erases a contact person's personal data everywhere, audit copies included (Secretariat). */
  eraseContact(id: string, value: string, options?: { signal?: AbortSignal }): Promise<OrganizationWriteResult>;
}

/**
 * An ETag as If-Match wants it: a version given bare (`7`) is quoted (`"7"`), so that the
 * `version` of a write result and a problem's `currentVersion` can be sent back as they are.
 */
const asEntityTag = (version: string): string => (/^(W\/)?"|^\*$/.test(version.trim()) ? version.trim() : `"${version.trim()}"`);

/** Whether a patch value removes something (null at any depth: RFC 7396's "remove this key"). */
const removesSomething = (value: unknown): boolean => value === null || (typeof value === 'object' && Object.values(value as object).some(removesSomething));

/**
 * A merge patch checked before sending: no unknown or server-owned field (core's field lists;
 * which fields the caller's role may change is the server's to say), and every value that
 * removes nothing valid for its field. A value that removes something (`website: null`,
 * `name: { fr: null }`) can only be judged on the record it makes: the server checks that.
 */
function assertValidPatch(transport: WriteTransport, path: string, patch: OrganizationPatch): void {
  const fields = patchFieldIssues(patch as Record<string, unknown>, 'secretariat');
  if (fields.length) throw refusedBody(transport, path, fields);
  const values = Object.fromEntries(Object.entries(patch).filter(([, value]) => !removesSomething(value)));
  assertValidBody(transport, path, OrganizationPatch, values);
}

export function organizationWritesResource(transport: WriteTransport): OrganizationWritesResource {
  return {
    async getForEdit(id, { signal } = {}) {
      const path = relativePath(buildPath(PATHS.getOrganization, { id }));
      const { data, headers } = await transport.send(path, Organization, { method: 'get', signal });
      const version = headers.get('etag');
      if (!version) throw new ResponseValidationError(transport.url(path), [{ path: 'ETag', message: 'the response has no ETag to send back as If-Match' }]);
      return { organization: data, version };
    },
    async update(id, patch, { ifMatch, signal }) {
      const path = relativePath(buildPath(PATHS.updateOrganization, { id }));
      assertValidPatch(transport, path, patch);
      const sent = await transport.send(path, OrganizationWriteResult, {
        method: 'patch',
        json: patch,
        contentType: 'application/merge-patch+json',
        headers: { 'if-match': asEntityTag(ifMatch) },
        signal,
      });
      return sent.data;
    },
    async create(organization, options = {}) {
      const path = relativePath(PATHS.createOrganization);
      assertValidBody(transport, path, OrganizationAdmission, organization);
      const sent = await transport.send(path, Organization, { method: 'post', json: organization, ...idempotentCreation(options) });
      return sent.data;
    },
    async decisions(id, { signal } = {}) {
      return (await transport.get(relativePath(buildPath(PATHS.listDecisions, { id })), DecisionList, { signal })).items;
    },
    async recordDecision(id, input, options = {}) {
      const path = relativePath(buildPath(PATHS.recordDecision, { id }));
      assertValidBody(transport, path, PartnershipDecisionInput, input);
      const sent = await transport.send(path, PartnershipDecision, { method: 'post', json: input, ...idempotentCreation(options) });
      return sent.data;
    },
    async eraseContact(id, value, { signal } = {}) {
      const path = relativePath(buildPath(PATHS.eraseContact, { id }));
      const body: ContactErasureBody = { value };
      assertValidBody(transport, path, ContactErasureBody, body);
      return (await transport.send(path, OrganizationWriteResult, { method: 'post', json: body, signal })).data;
    },
  };
}
