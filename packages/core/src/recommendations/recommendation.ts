import * as z from 'zod/mini';
import { ForumEventId } from '../events/forum-event.js';
import { Addressee } from '../inbox/addressee.js';
import { Actor } from '../organization-writes/organization-revision.js';
import { CountryCode } from '../schemas/country.js';
import { AnyLanguageText } from '../schemas/localized-text.js';
import { lineText } from '../schemas/plain-text.js';
import { ProgrammeId } from '../schemas/programme.js';
import { SectorCode } from '../schemas/sector.js';
import { ConceptId } from '../vocabulary/concept-id.js';

/**
 * What a recommendation is about, as the Liaison Committee records it from an event's outputs
 * (the ICNGO, an International NGO Forum): the text, and the themes, sectors and countries it
 * concerns. Core proposes its addressees from these (routing-proposal.ts).
 */
export const RecommendationSubject = z.strictObject({
  /** The event whose outputs hold the recommendation. */
  event: ForumEventId,
  /** Its number or heading in the outputs ("Recommendation 4"). */
  reference: z.optional(lineText(80)),
  text: AnyLanguageText,
  /** Concept ids of the controlled vocabulary, as programmes and organisations use them. */
  themes: z.array(ConceptId).check(z.maxLength(24)),
  sectors: z.array(SectorCode).check(z.maxLength(5)),
  countries: z.array(CountryCode).check(z.maxLength(60)),
});
export type RecommendationSubject = z.infer<typeof RecommendationSubject>;

/** Why core proposes an addressee. */
export const RoutingReason = z.discriminatedUnion('code', [
  /** The recommendation names the sector. */
  z.object({ code: z.literal('named-sector') }),
  /** One of its themes is a concept of the sector's work (the vocabulary matching uses). */
  z.object({ code: z.literal('theme-of-sector'), theme: ConceptId }),
  /** One of its themes is a theme of a programme the sector leads. */
  z.object({ code: z.literal('programme-theme'), theme: ConceptId, programme: ProgrammeId }),
  /** The recommendation names the country (to its Member State). */
  z.object({ code: z.literal('named-country'), country: CountryCode }),
  /** The field office covers a named country (the most specific office covering it). */
  z.object({ code: z.literal('covers-country'), country: CountryCode }),
]);
export type RoutingReason = z.infer<typeof RoutingReason>;

export const ProposedAddressee = z.object({ addressee: Addressee, reasons: z.array(RoutingReason) });
export type ProposedAddressee = z.infer<typeof ProposedAddressee>;

/** POST /v1/recommendation-proposals answers with this: nothing is written. */
export const RoutingProposal = z.object({ addressees: z.array(ProposedAddressee) });
export type RoutingProposal = z.infer<typeof RoutingProposal>;

/** Body of POST /v1/recommendations: the subject and the addressees the Committee confirmed (or edited). */
export const RecommendationInput = z.extend(RecommendationSubject, {
  addressees: z.array(Addressee).check(z.minLength(1, 'needs at least one addressee'), z.maxLength(100)),
});
export type RecommendationInput = z.infer<typeof RecommendationInput>;

/**
 * An addressee's follow-up, in order: received → under consideration → in progress →
 * implemented or not retained. A status may skip ahead, never go back; the last two end it.
 */
export const FOLLOW_UP_STATUSES = ['received', 'under-consideration', 'in-progress', 'implemented', 'not-retained'] as const;
export const FollowUpStatus = z.enum(FOLLOW_UP_STATUSES);
export type FollowUpStatus = z.infer<typeof FollowUpStatus>;

/** Body of POST /v1/recommendations/{id}/follow-ups. */
export const FollowUpInput = z.strictObject({
  /** The addressee the caller follows up for (one of the caller's own). */
  addressee: Addressee,
  status: FollowUpStatus,
  note: z.optional(AnyLanguageText),
  /** Public follow-ups show in the public tracker and feeds; others only to the Committee, the Secretariat and the addressee. */
  public: z.boolean(),
});
export type FollowUpInput = z.infer<typeof FollowUpInput>;

export const FollowUp = z.object({
  status: FollowUpStatus,
  note: z.optional(AnyLanguageText),
  public: z.boolean(),
  /** ISO instant. */
  at: z.iso.datetime(),
  /** Who recorded it: absent from the public view (the addressee is who answers for it). */
  by: z.optional(Actor),
});
export type FollowUp = z.infer<typeof FollowUp>;

/** One addressee of a recommendation, why, and its follow-ups oldest first. */
export const AddresseeFollowUps = z.object({
  addressee: Addressee,
  /** Core's reasons when it proposed this addressee; empty when the Committee added it. */
  reasons: z.array(RoutingReason),
  followUps: z.array(FollowUp),
});
export type AddresseeFollowUps = z.infer<typeof AddresseeFollowUps>;

/** One published evaluation of the recommendation's event: its results are public at /v1/consultations/{id}/results. */
export const RecommendationEvaluation = z.object({
  consultationId: z.string(),
  title: AnyLanguageText,
  /** When its results were published (ISO instant). */
  publishedAt: z.iso.datetime({ offset: true }),
});
export type RecommendationEvaluation = z.infer<typeof RecommendationEvaluation>;

export const Recommendation = z.object({
  id: z.string(),
  event: ForumEventId,
  reference: z.optional(z.string()),
  text: AnyLanguageText,
  themes: z.array(ConceptId),
  sectors: z.array(SectorCode),
  countries: z.array(CountryCode),
  /** ISO instant. */
  recordedAt: z.iso.datetime(),
  /** Absent from the public view. */
  recordedBy: z.optional(Actor),
  /** What core proposed when it was recorded, for the history of how it was routed. */
  proposal: z.array(ProposedAddressee),
  addressees: z.array(AddresseeFollowUps),
  /**
   * The published evaluations of its event (consultations attached to the event), whose results
   * feed its follow-up; read beside it, never stored with it (recommendation-evaluations.ts).
   */
  evaluations: z.optional(z.array(RecommendationEvaluation)),
});
export type Recommendation = z.infer<typeof Recommendation>;
