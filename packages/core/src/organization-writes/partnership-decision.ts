import * as z from 'zod/mini';
import { Evidence, OrganizationId, PartnershipCategory } from '../schemas/organization.js';
import { lineText } from '../schemas/plain-text.js';
import { Actor } from './organization-revision.js';

/**
 * Partnership decisions under the 2011 Directives: admission, reclassification (consultative
 * ↔ associate), renewal of an associate term, suspension and termination. Each is taken by a
 * body — the Director-General (consultative) or the Executive Board (associate) — and recorded
 * by the Secretariat with its reference, date and evidence. The history is public.
 */
export const DECISION_KINDS = ['admission', 'reclassification', 'renewal', 'suspension', 'termination'] as const;
export type DecisionKind = (typeof DECISION_KINDS)[number];

/** Body of POST /v1/organizations/{id}/decisions. */
export const PartnershipDecisionInput = z.strictObject({
  kind: z.enum(DECISION_KINDS),
  /** The category the decision grants (admission, reclassification, renewal); none for suspension or termination. */
  category: z.optional(PartnershipCategory),
  decidedBy: z.enum(['DG', 'EB']),
  /** "219 EX/Decision 30", a DG letter reference. */
  decisionRef: lineText(120),
  /** Day of the decision (YYYY-MM-DD). */
  date: z.iso.date(),
  /** At least one public page stating it. */
  evidence: z.array(Evidence).check(z.minLength(1)),
  note: z.optional(lineText(1000)),
});
export type PartnershipDecisionInput = z.infer<typeof PartnershipDecisionInput>;

/** A recorded decision, as GET /v1/organizations/{id}/decisions lists them (oldest first). */
export const PartnershipDecision = z.extend(PartnershipDecisionInput, {
  id: z.string(),
  organizationId: OrganizationId,
  recordedBy: Actor,
  /** ISO instant of recording. */
  recordedAt: z.iso.datetime(),
});
export type PartnershipDecision = z.infer<typeof PartnershipDecision>;
