import * as z from 'zod/mini';
import { CountryCode } from './country.js';
import { CompleteLocalizedText, LocalizedText, PartialLocalizedText } from './localized-text.js';
import { NameText } from './name-text.js';
import { OrganizationId } from './record-fields.js';
import { MatchCriterion, ProgrammeId } from './programme.js';
import { SectorCode } from './sector.js';

const unit = z.number().check(z.gte(0), z.lte(1));

/** One weight per criterion, normalised over the criteria that apply (they sum to 1, or all are 0). */
export const CriterionWeights = z.object({
  sector: unit,
  themes: unit,
  sdgs: unit,
  geography: unit,
  languages: unit,
  partnership: unit,
  'track-record': unit,
});
export type CriterionWeights = z.infer<typeof CriterionWeights>;

/** How one criterion scored: contribution = weight × fit. */
export const CriterionScore = z.object({
  criterion: MatchCriterion,
  /** Normalised weight. */
  weight: unit,
  /** Fit in [0, 1]; null when the criterion does not apply (e.g. a programme with no SDGs). */
  fit: z.nullable(unit),
  contribution: unit,
});
export type CriterionScore = z.infer<typeof CriterionScore>;

/** Why an organisation scored as it did, in words, in the six languages. */
export const MatchReason = z.object({
  criterion: MatchCriterion,
  /** Stable machine code, e.g. "geography.field-office", for clients that write their own text. */
  code: z.string(),
  /** Whether the reason raises the score, lowers it, or only informs. */
  polarity: z.enum(['positive', 'negative', 'neutral']),
  /** The facts behind the text (country codes, SDG numbers, counts). */
  params: z.record(z.string(), z.union([z.string(), z.number(), z.array(z.union([z.string(), z.number()]))])),
  text: CompleteLocalizedText,
});
export type MatchReason = z.infer<typeof MatchReason>;

/** What a match list needs to show an organisation and link to its profile. */
export const OrganizationSummary = z.object({
  id: OrganizationId,
  kind: z.enum(['ngo', 'foundation']),
  name: NameText,
  acronym: z.optional(PartialLocalizedText),
  sectors: z.array(SectorCode),
  headquarters: z.optional(z.object({ city: z.optional(z.string()), country: z.optional(CountryCode) })),
  fictional: z.boolean(),
});
export type OrganizationSummary = z.infer<typeof OrganizationSummary>;

export const ProgrammeSummary = z.object({
  id: ProgrammeId,
  sector: SectorCode,
  title: LocalizedText,
  fictional: z.boolean(),
});
export type ProgrammeSummary = z.infer<typeof ProgrammeSummary>;

const matchFields = {
  /** Weighted mean of the fits, in [0, 1], rounded to millionths. */
  score: unit,
  /** 1-based position in the whole ranking (not just this page). */
  rank: z.int().check(z.gte(1)),
  criteria: z.array(CriterionScore),
  reasons: z.array(MatchReason),
};

/** An organisation ranked for a programme (or for a sector's expert list). */
export const OrganizationMatch = z.object({ organization: OrganizationSummary, ...matchFields });
export type OrganizationMatch = z.infer<typeof OrganizationMatch>;

/** A programme ranked for an organisation. */
export const ProgrammeMatch = z.object({ programme: ProgrammeSummary, ...matchFields });
export type ProgrammeMatch = z.infer<typeof ProgrammeMatch>;

/** A programme's ranked organisations (GET /v1/programmes/{id}/matches). */
export const OrganizationMatchPage = z.object({
  programme: ProgrammeSummary,
  /** The weights used, after overrides and normalisation. */
  weights: CriterionWeights,
  items: z.array(OrganizationMatch),
  nextCursor: z.nullable(z.string()),
  total: z.int().check(z.gte(0)),
});
export type OrganizationMatchPage = z.infer<typeof OrganizationMatchPage>;

/** An organisation's ranked programmes (GET /v1/organizations/{id}/matches). */
export const ProgrammeMatchPage = z.object({
  organization: OrganizationSummary,
  items: z.array(ProgrammeMatch),
  nextCursor: z.nullable(z.string()),
  total: z.int().check(z.gte(0)),
});
export type ProgrammeMatchPage = z.infer<typeof ProgrammeMatchPage>;

/**
 * The computed proposal of a sector's experts: organisations scoring at least `threshold`
 * against the sector (GET /v1/sectors/{code}/expert-proposal). A proposal for the sector to
 * consider, labelled so by `kind`; the sector's own designations are a separate list
 * (GET /v1/sectors/{code}/experts).
 */
export const ExpertProposalPage = z.object({
  kind: z.literal('computed-proposal'),
  sector: SectorCode,
  threshold: unit,
  weights: CriterionWeights,
  items: z.array(OrganizationMatch),
  nextCursor: z.nullable(z.string()),
  /** Organisations at or above the threshold. */
  total: z.int().check(z.gte(0)),
});
export type ExpertProposalPage = z.infer<typeof ExpertProposalPage>;
