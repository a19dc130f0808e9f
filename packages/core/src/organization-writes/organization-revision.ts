import * as z from 'zod/mini';
import { Organization, OrganizationId } from '../schemas/organization.js';
import { lineText } from '../schemas/plain-text.js';

/**
 * A change an NGO editor proposed to its organisation's profile: pending until the
 * Secretariat publishes it or returns it with a reason. It records the version it was based
 * on: publishing after the profile moved on is a 409 (re-apply, then publish).
 */
export const REVISION_STATES = ['pending', 'published', 'returned'] as const;
export const RevisionState = z.enum(REVISION_STATES);
export type RevisionState = z.infer<typeof RevisionState>;

/** Who did something, as the audit and the review page show it. */
export const Actor = z.object({ personId: z.string(), displayName: z.string() });
export type Actor = z.infer<typeof Actor>;

export const OrganizationRevision = z.object({
  id: z.string(),
  organizationId: OrganizationId,
  state: RevisionState,
  /** The organisation's version (its ETag without quotes) the patch was made against. */
  basedOnVersion: z.string(),
  /** The merge patch as sent. */
  patch: z.record(z.string(), z.unknown()),
  /** The organisation as it will read once published (the base with the patch applied). */
  proposed: Organization,
  submittedBy: Actor,
  /** ISO instant. */
  submittedAt: z.iso.datetime(),
  decidedBy: z.optional(Actor),
  decidedAt: z.optional(z.iso.datetime()),
  /** Why the Secretariat returned it (shown to the editor). */
  reason: z.optional(lineText(2000)),
});
export type OrganizationRevision = z.infer<typeof OrganizationRevision>;

/** Body of POST /v1/revisions/{id}/return. */
export const ReturnRevisionBody = z.strictObject({ reason: lineText(2000) });
export type ReturnRevisionBody = z.infer<typeof ReturnRevisionBody>;

/**
 * What a PATCH answers: `published` (200, the Secretariat's own change, or a publish) with the
 * new version, or `pending` (202, an editor's change waiting for review) with the revision.
 */
export const OrganizationWriteResult = z.discriminatedUnion('status', [
  z.object({ status: z.literal('published'), version: z.string(), organization: Organization }),
  z.object({ status: z.literal('pending'), revision: OrganizationRevision }),
]);
export type OrganizationWriteResult = z.infer<typeof OrganizationWriteResult>;
