import * as z from 'zod/mini';
import { CountryCode } from './country.js';
import { FieldOfficeCode } from './field-office.js';
import { LocalizedText } from './localized-text.js';
import { Provenance } from './record-fields.js';
import { ConceptId } from '../vocabulary/concept-id.js';
import { SectorCode } from './sector.js';

/** Lower-case slug ids shared by programmes, actions and focal points. */
const slug = (example: string) =>
  z.string().check(
    z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, `must be a lower-case slug such as "${example}"`),
    z.maxLength(80),
  );

export const ProgrammeId = slug('memory-of-the-world');
export type ProgrammeId = z.infer<typeof ProgrammeId>;

/** A Sustainable Development Goal, 1–17. */
export const SdgNumber = z.int().check(z.gte(1), z.lte(17));

/** ISO 639 language code ("fr", "pt", "haw"). */
export const LanguageCode = z.string().check(z.regex(/^[a-z]{2,3}$/, 'must be an ISO 639 language code such as "fr"'));

/** A span of dates (YYYY-MM-DD); an open end means "ongoing". */
export const DatePeriod = z.object({
  start: z.iso.date(),
  end: z.optional(z.iso.date()),
});
export type DatePeriod = z.infer<typeof DatePeriod>;

/**
 * What the matching engine weighs when it ranks partners for a programme. Each criterion
 * yields a fit in [0, 1]; the score is the weighted mean of the fits that apply.
 */
export const MATCH_CRITERIA = [
  'sector',
  'themes',
  'sdgs',
  'geography',
  'languages',
  'partnership',
  'track-record',
] as const;
export const MatchCriterion = z.enum(MATCH_CRITERIA);
export type MatchCriterion = z.infer<typeof MatchCriterion>;

/** A partner-selection criterion and its relative weight (any non-negative scale; normalised when scoring). */
export const CriterionWeight = z.object({
  criterion: MatchCriterion,
  weight: z.number().check(z.gte(0), z.lte(1000)),
});
export type CriterionWeight = z.infer<typeof CriterionWeight>;

/** A theme: a concept id of the controlled vocabulary (`@ngo-liaison/core/vocabulary`). */
export const ThemeTag = ConceptId;

export const Programme = z.object({
  id: ProgrammeId,
  /** The lead sector. */
  sector: SectorCode,
  title: LocalizedText,
  description: z.optional(LocalizedText),
  period: z.optional(DatePeriod),
  sdgs: z.array(SdgNumber),
  /** At most 24, so the matching kernel can keep one bit per theme. */
  themes: z.array(ThemeTag).check(z.maxLength(24)),
  /** Countries concerned (ISO alpha-2). Empty with no field offices: a global programme. */
  countries: z.array(CountryCode),
  /** Field offices concerned; when `countries` is empty, their coverage is the programme's area. */
  fieldOffices: z.array(FieldOfficeCode),
  /** Languages partners must work in (ISO 639-1). */
  workingLanguages: z.array(LanguageCode),
  /**
   * Partner-selection criteria with weights, as a call for partners would publish them.
   * Empty: the engine's default weights. Otherwise criteria not listed weigh nothing.
   */
  criteria: z.array(CriterionWeight),
  provenance: Provenance,
});
export type Programme = z.infer<typeof Programme>;
