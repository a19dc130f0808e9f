import { ValidationError } from '../errors/validation-error.js';
import { MATCH_CRITERIA, type MatchCriterion, type Programme } from '../schemas/programme.js';

/** A weight per criterion, on any non-negative scale. */
export type Weights = Record<MatchCriterion, number>;

/** Weights used when a programme publishes no criteria of its own. */
export const DEFAULT_WEIGHTS: Readonly<Weights> = {
  sector: 3,
  themes: 2,
  sdgs: 1,
  geography: 2,
  languages: 1,
  partnership: 0.5,
  'track-record': 1,
};

/** The programme's published criteria, or the defaults when it lists none. */
export function programmeWeights(programme: Pick<Programme, 'criteria'>): Weights {
  if (programme.criteria.length === 0) return { ...DEFAULT_WEIGHTS };
  const weights = Object.fromEntries(MATCH_CRITERIA.map((c) => [c, 0])) as Weights;
  for (const { criterion, weight } of programme.criteria) weights[criterion] = weight;
  return weights;
}

/** Overrides some weights, keeping the others. */
export function withWeights(base: Weights, override: Partial<Weights> | undefined): Weights {
  return override ? { ...base, ...override } : base;
}

/**
 * Normalises weights over the criteria that apply to a programme (a programme with no SDGs
 * cannot be matched on SDGs), so they sum to 1. When nothing applies, every weight is 0 and
 * every score 0: never NaN.
 */
export function normalizeWeights(weights: Weights, applies: Readonly<Record<MatchCriterion, boolean>>): Weights {
  let total = 0;
  for (const c of MATCH_CRITERIA) if (applies[c]) total += weights[c];
  const out = {} as Weights;
  for (const c of MATCH_CRITERIA) out[c] = applies[c] && total > 0 ? weights[c] / total : 0;
  return out;
}

/**
 * The weighted mean of criterion fits, summed in MATCH_CRITERIA order (the same order as
 * the engine, so a re-ranking in the browser agrees with the server). A fit of null (the
 * criterion does not apply) counts as nothing, and the remaining weights are renormalised.
 */
export function rescore(fits: Readonly<Record<MatchCriterion, number | null>>, weights: Weights): number {
  const applies = Object.fromEntries(MATCH_CRITERIA.map((c) => [c, fits[c] !== null])) as Record<MatchCriterion, boolean>;
  const normal = normalizeWeights(weights, applies);
  let score = 0;
  for (const c of MATCH_CRITERIA) score += normal[c] * (fits[c] ?? 0);
  return score;
}

/** `weights=geography:3,sector:1`: the query-string form of partial weights. */
export function formatWeightsParam(weights: Partial<Weights>): string {
  return MATCH_CRITERIA.filter((c) => weights[c] !== undefined)
    .map((c) => `${c}:${weights[c]}`)
    .join(',');
}

/**
 * Reads `weights` query values ("geography:3,sector:1", possibly repeated). Throws a
 * ValidationError naming the parameter for unknown criteria, negative or non-numeric
 * values, and duplicates.
 */
export function parseWeightsParam(values: readonly string[], parameter = 'weights'): Partial<Weights> {
  const out: Partial<Weights> = {};
  const problems: string[] = [];
  for (const part of values.flatMap((v) => v.split(','))) {
    const match = /^\s*([a-z-]+)\s*[:=]\s*(\S+)\s*$/.exec(part);
    if (!match) {
      problems.push(`"${part}" is not criterion:weight (e.g. geography:3)`);
      continue;
    }
    const [, name, raw] = match as unknown as [string, string, string];
    if (!(MATCH_CRITERIA as readonly string[]).includes(name)) {
      problems.push(`unknown criterion "${name}"; allowed: ${MATCH_CRITERIA.join(', ')}`);
      continue;
    }
    const value = /^\d+(\.\d+)?$/.test(raw) ? Number(raw) : Number.NaN;
    if (!Number.isFinite(value)) {
      problems.push(`${name} must be a non-negative number, got "${raw}"`);
      continue;
    }
    if (value > 1000) {
      problems.push(`${name} must be at most 1000`);
      continue;
    }
    if (out[name as MatchCriterion] !== undefined) problems.push(`${name} is given twice`);
    out[name as MatchCriterion] = value;
  }
  if (problems.length) throw new ValidationError(problems.map((message) => ({ path: parameter, message })), 'Invalid query');
  return out;
}

/** Throws when no criterion carries any weight (a ranking by nothing). */
export function assertSomeWeight(weights: Weights, parameter = 'weights'): void {
  if (MATCH_CRITERIA.every((c) => weights[c] === 0)) {
    throw new ValidationError([{ path: parameter, message: 'all weights are zero; give at least one criterion a positive weight' }], 'Invalid query');
  }
}
