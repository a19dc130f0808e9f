import * as z from 'zod/mini';
import { AuditEntry } from '../audit/audit-entry.js';
import { OrganizationAdmission } from '../organization-writes/admission.js';
import { ContactErasure } from '../organization-writes/contact-erasure.js';
import { OrganizationPatch } from '../organization-writes/organization-patch.js';
import { OrganizationRevision, OrganizationWriteResult, ReturnRevisionBody, RevisionState } from '../organization-writes/organization-revision.js';
import { PartnershipDecision, PartnershipDecisionInput } from '../organization-writes/partnership-decision.js';
import { Organization, OrganizationId } from '../schemas/organization.js';
import { pageOf } from '../schemas/page.js';
import type { Operation } from './operations.js';
import { pagingQuery } from './paging-query.js';
import { PATHS } from './paths.js';

export const RevisionPage = pageOf(OrganizationRevision);
export const DecisionList = z.object({ items: z.array(PartnershipDecision) });
export const AuditPage = pageOf(AuditEntry);

/** Body of POST /v1/organizations/{id}/contact-erasures: the contact's value as stored (an address, a number). */
export const ContactErasureBody = ContactErasure;
export type ContactErasureBody = z.infer<typeof ContactErasureBody>;

const ifMatch = {
  'If-Match': { description: 'The ETag of the version you changed (from GET). Missing: 428; stale: 412 with the current version.', required: true },
};
const idempotencyKey = {
  'Idempotency-Key': {
    description: 'Any unique string (a UUID). Kept per credential for 24 hours: a replay returns the first result; the same key with another body is a 422.',
  },
};

export const organizationWriteOperations = {
  createOrganization: {
    method: 'post',
    path: PATHS.createOrganization,
    summary: 'Admit an organisation (Secretariat)',
    description: 'Creates the record of an organisation admitted as a partner. Record the admission decision with POST …/decisions.',
    tags: ['organizations', 'writes'],
    security: 'signed-in',
    headers: idempotencyKey,
    requestBody: { schema: OrganizationAdmission, description: 'The organisation as admitted; its partnership history is written by the decisions recorded for it.' },
    responses: { 201: { description: 'Created; Location names it', schema: Organization } },
    errors: [400, 401, 403, 409, 413, 415, 422, 429],
  },
  updateOrganization: {
    method: 'patch',
    path: PATHS.updateOrganization,
    summary: "Change an organisation's profile",
    description:
      "A JSON merge patch (RFC 7396). By the Secretariat: published at once (200). By the NGO's editor: a pending revision for the Secretariat to review (202); " +
      'public reads keep showing the published profile until then.',
    tags: ['organizations', 'writes'],
    security: 'signed-in',
    pathParams: { id: OrganizationId },
    headers: ifMatch,
    requestBody: { schema: OrganizationPatch, mediaType: 'application/merge-patch+json' },
    response: OrganizationWriteResult,
    responses: { 202: { description: 'Accepted for review: the pending revision', schema: OrganizationWriteResult } },
    errors: [400, 401, 403, 404, 412, 413, 415, 428, 429],
  },
  listRevisions: {
    method: 'get',
    path: PATHS.listRevisions,
    summary: 'Proposed profile changes',
    description: 'The Secretariat sees every revision; an NGO editor those of its organisation. Newest first.',
    tags: ['organizations', 'writes'],
    security: 'signed-in',
    query: {
      state: { description: 'pending (default), published or returned.', schema: { type: 'string', enum: [...RevisionState.options] } },
      organization: { description: 'Only this organisation’s revisions.', schema: { type: 'string' } },
      ...pagingQuery,
    },
    response: RevisionPage,
    errors: [400, 401, 429],
  },
  getRevision: {
    method: 'get',
    path: PATHS.getRevision,
    summary: 'One proposed profile change',
    tags: ['organizations', 'writes'],
    security: 'signed-in',
    pathParams: { id: z.string() },
    response: OrganizationRevision,
    errors: [401, 404, 429],
  },
  publishRevision: {
    method: 'post',
    path: PATHS.publishRevision,
    summary: 'Publish a proposed change (Secretariat)',
    description: 'Published at once for every reader. 409 when the profile changed since the revision was made: the problem carries the current version.',
    tags: ['organizations', 'writes'],
    security: 'signed-in',
    pathParams: { id: z.string() },
    response: OrganizationWriteResult,
    errors: [401, 403, 404, 409, 429],
  },
  returnRevision: {
    method: 'post',
    path: PATHS.returnRevision,
    summary: 'Return a proposed change with a reason (Secretariat)',
    tags: ['organizations', 'writes'],
    security: 'signed-in',
    pathParams: { id: z.string() },
    requestBody: { schema: ReturnRevisionBody },
    response: OrganizationRevision,
    errors: [400, 401, 403, 404, 409, 413, 415, 429],
  },
  listDecisions: {
    method: 'get',
    path: PATHS.listDecisions,
    summary: "An organisation's partnership decisions",
    description: 'Admission, reclassification, renewal, suspension and termination, oldest first, each with its deciding body, reference, date and evidence.',
    tags: ['organizations'],
    pathParams: { id: OrganizationId },
    response: DecisionList,
    errors: [400, 404],
  },
  recordDecision: {
    method: 'post',
    path: PATHS.recordDecision,
    summary: 'Record a partnership decision (Secretariat)',
    description:
      'Appends the decision to the history and updates the partnership in force (a new entry for admission, reclassification and renewal; the state for suspension and termination).',
    tags: ['organizations', 'writes'],
    security: 'signed-in',
    pathParams: { id: OrganizationId },
    headers: idempotencyKey,
    requestBody: { schema: PartnershipDecisionInput },
    responses: { 201: { description: 'Recorded', schema: PartnershipDecision } },
    errors: [400, 401, 403, 404, 409, 413, 415, 422, 429],
  },
  eraseContact: {
    method: 'post',
    path: PATHS.eraseContact,
    summary: "Erase a contact person's personal data (Secretariat)",
    description:
      'Removes the contact from the profile, its pending revisions and the copies in the audit log, and appends an audit entry saying so (without the data).',
    tags: ['organizations', 'writes'],
    security: 'signed-in',
    pathParams: { id: OrganizationId },
    requestBody: { schema: ContactErasureBody },
    response: OrganizationWriteResult,
    errors: [400, 401, 403, 404, 409, 413, 415, 429],
  },
  listAudit: {
    method: 'get',
    path: PATHS.listAudit,
    summary: 'The audit log (Secretariat)',
    description: 'Every accepted write, newest first.',
    tags: ['writes'],
    security: 'signed-in',
    query: {
      actor: { description: 'Person id.', schema: { type: 'string' } },
      action: { description: 'An audit action (organization.update, revision.publish…).', schema: { type: 'string' } },
      entityType: { description: 'organization, revision, decision, token, invitation, person.', schema: { type: 'string' } },
      entityId: { description: 'The record id.', schema: { type: 'string' } },
      since: { description: 'ISO instant, inclusive.', schema: { type: 'string', format: 'date-time' } },
      until: { description: 'ISO instant, exclusive.', schema: { type: 'string', format: 'date-time' } },
      ...pagingQuery,
    },
    response: AuditPage,
    errors: [400, 401, 403, 429],
  },
} as const satisfies Record<string, Operation>;
