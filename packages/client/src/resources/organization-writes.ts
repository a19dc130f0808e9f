import {
  ContactErasureBody,
  DecisionList,
  Organization,
  OrganizationPatch,
  OrganizationWriteResult,
  PATHS,
  PartnershipDecision,
  PartnershipDecisionInput,
  buildPath,
} from '@ngo-liaison/core';
import { ResponseValidationError } from '../errors.js';
import { relativePath, type Transport } from '../transport.js';
import { idempotencyHeaders, type CreateOptions } from './write-options.js';

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
  /** Admits an organisation (Secretariat). */
  create(organization: Organization, options?: CreateOptions): Promise<Organization>;
  /** Partnership decisions, oldest first (public). */
  decisions(id: string, options?: { signal?: AbortSignal }): Promise<PartnershipDecision[]>;
  /** Records a partnership decision (Secretariat). */
  recordDecision(id: string, input: PartnershipDecisionInput, options?: CreateOptions): Promise<PartnershipDecision>;
  /** Erases a contact person's personal data everywhere, audit copies included (Secretariat). */
  eraseContact(id: string, value: string, options?: { signal?: AbortSignal }): Promise<OrganizationWriteResult>;
}

export function organizationWritesResource(transport: Transport): OrganizationWritesResource {
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
      transport.assertValidBody(path, OrganizationPatch, patch);
      const sent = await transport.send(path, OrganizationWriteResult, {
        method: 'patch',
        json: patch,
        contentType: 'application/merge-patch+json',
        headers: { 'if-match': ifMatch },
        signal,
      });
      return sent.data;
    },
    async create(organization, options = {}) {
      const path = relativePath(PATHS.createOrganization);
      transport.assertValidBody(path, Organization, organization);
      const sent = await transport.send(path, Organization, { method: 'post', json: organization, headers: idempotencyHeaders(options), signal: options.signal });
      return sent.data;
    },
    async decisions(id, { signal } = {}) {
      return (await transport.get(relativePath(buildPath(PATHS.listDecisions, { id })), DecisionList, { signal })).items;
    },
    async recordDecision(id, input, options = {}) {
      const path = relativePath(buildPath(PATHS.recordDecision, { id }));
      transport.assertValidBody(path, PartnershipDecisionInput, input);
      const sent = await transport.send(path, PartnershipDecision, { method: 'post', json: input, headers: idempotencyHeaders(options), signal: options.signal });
      return sent.data;
    },
    async eraseContact(id, value, { signal } = {}) {
      const path = relativePath(buildPath(PATHS.eraseContact, { id }));
      const body: ContactErasureBody = { value };
      transport.assertValidBody(path, ContactErasureBody, body);
      return (await transport.send(path, OrganizationWriteResult, { method: 'post', json: body, signal })).data;
    },
  };
}
