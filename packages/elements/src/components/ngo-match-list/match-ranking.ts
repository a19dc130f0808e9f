import {
  MATCH_CRITERIA,
  normalizeWeights,
  rescore,
  type CriterionScore,
  type MatchCriterion,
  type OrganizationMatch,
  type OrganizationMatchPage,
  type Weights,
} from '@ngo-liaison/core';

/*
 * Re-ranking in the browser. The server publishes each criterion's fit for every match;
 * the score under other weights is the weighted mean of those fits (core's `rescore`, the
 * formula the engine uses), so moving a slider re-orders the matches already loaded at once,
 * before the server answers with the exact ranking over every organisation.
 */

/** Slider range: whole steps from 0 to 10. */
export const SLIDER_MAX = 10;

/** Criteria that apply to the programme (the engine publishes a null fit for the others). */
export function applicableCriteria(page: OrganizationMatchPage): MatchCriterion[] {
  const first = page.items[0];
  if (!first) return MATCH_CRITERIA.filter((c) => page.weights[c] > 0);
  return first.criteria.filter((c) => c.fit !== null).map((c) => c.criterion);
}

/** Slider positions (0–10) that express the page's weights: the heaviest criterion at 10. */
export function slidersFrom(page: OrganizationMatchPage, applicable: readonly MatchCriterion[]): Weights {
  const max = Math.max(0, ...applicable.map((c) => page.weights[c]));
  const out = {} as Weights;
  for (const c of MATCH_CRITERIA) out[c] = max > 0 && applicable.includes(c) ? Math.round((SLIDER_MAX * page.weights[c]) / max) : 0;
  return out;
}

const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

/** The matches re-scored under `sliders`, best first (ties by id), ranks renumbered. */
export function rerank(items: readonly OrganizationMatch[], sliders: Weights): OrganizationMatch[] {
  const rescored = items.map((item) => {
    const fits = {} as Record<MatchCriterion, number | null>;
    for (const c of item.criteria) fits[c.criterion] = c.fit;
    const applies = {} as Record<MatchCriterion, boolean>;
    for (const c of MATCH_CRITERIA) applies[c] = fits[c] !== null && fits[c] !== undefined;
    const weights = normalizeWeights(sliders, applies);
    const criteria: CriterionScore[] = item.criteria.map((c) => ({
      criterion: c.criterion,
      weight: round6(weights[c.criterion]),
      fit: c.fit,
      contribution: round6(weights[c.criterion] * (c.fit ?? 0)),
    }));
    return { ...item, criteria, score: round6(rescore(fits, sliders)) };
  });
  rescored.sort((a, b) => b.score - a.score || (a.organization.id < b.organization.id ? -1 : a.organization.id > b.organization.id ? 1 : 0));
  return rescored.map((item, i) => ({ ...item, rank: i + 1 }));
}

/** `weights=` for the server: every criterion, so the server ranks exactly as the sliders say. */
export function sameWeights(a: Weights | undefined, b: Weights | undefined): boolean {
  if (!a || !b) return a === b;
  return MATCH_CRITERIA.every((c) => a[c] === b[c]);
}
