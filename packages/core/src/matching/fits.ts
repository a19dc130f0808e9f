import type { PartnerStanding } from '../organizations/partnership.js';
import type { PartnershipState } from '../schemas/organization.js';

/*
 * The formulas behind each criterion's fit, in one place. Both the reference implementation
 * (explain.ts, which also writes the reasons) and the fast kernel (match-index.ts) call these,
 * so the two agree to the last bit; a property test checks that they do.
 *
 * Every fit is in [0, 1] and never decreases when an organisation gains a matching sector,
 * theme, SDG, country, language or action: the monotonicity the property tests check.
 */

/** An organisation covering this many of a programme's items (themes, SDGs, countries) fits fully. */
export const SATURATION = 3;

/** Share of a programme's items the organisation covers, counting up to SATURATION of them. */
export function overlapFit(matched: number, total: number): number {
  if (total <= 0 || matched <= 0) return 0;
  return Math.min(1, matched / Math.min(total, SATURATION));
}

/** Lead sector listed: 1; only its themes belong to the sector: 0.5; otherwise 0. */
export function sectorFit(listsSector: boolean, themesInSector: boolean): number {
  return listsSector ? 1 : themesInSector ? 0.5 : 0;
}

/** Related themes (one step broader or narrower in the vocabulary) count half. */
export const RELATED_THEME = 0.5;

export function themeFit(exact: number, related: number, total: number): number {
  return overlapFit(exact + RELATED_THEME * related, total);
}

/**
 * Geographic levels of a country relative to a programme: 3 a programme country, 2 covered
 * by a field office concerned, 1 in a region concerned, 0 elsewhere.
 */
export type GeoLevel = 0 | 1 | 2 | 3;
export const GEO_LEVEL_FIT: readonly number[] = [0, 0.3, 0.6, 1];

/** 70 % for the closest presence, 30 % for breadth across the programme's countries. */
export function geographyFit(bestLevel: number, presentIn: number, programmeCountries: number): number {
  return 0.7 * (GEO_LEVEL_FIT[bestLevel] ?? 0) + 0.3 * overlapFit(presentIn, programmeCountries);
}

/** One shared working language is enough to work together. */
export function languageFit(shared: number): number {
  return shared > 0 ? 1 : 0;
}

/**
 * Whether a partnership is in force: a suspended or ended one counts for nothing, a pending
 * one for half. Neither the category nor the evidence enters the score: an organisation is
 * not a weaker partner because we know less about it (an unstated category, or no source
 * attesting the partnership at all, scores as a stated one).
 */
export function partnershipFit(standing: PartnerStanding, state: PartnershipState | undefined): number {
  if (standing === 'former' || state === 'suspended' || state === 'terminated') return 0;
  return standing === 'pending' || state === 'pending' ? 0.5 : 1;
}

/**
 * Track record from recorded actions: half for any action in this very programme, up to
 * 30 % for actions in programmes of the same sector (two are enough), 20 % for any action
 * in one of the programme's countries.
 */
export function trackRecordFit(inProgramme: number, inSector: number, inCountries: number): number {
  return 0.5 * (inProgramme > 0 ? 1 : 0) + 0.3 * Math.min(1, inSector / 2) + 0.2 * (inCountries > 0 ? 1 : 0);
}

/** Scores are compared and published in millionths, so float noise never reorders a ranking. */
export const SCORE_SCALE = 1_000_000;

export function toScoreUnits(score: number): number {
  return Math.round(score * SCORE_SCALE);
}
