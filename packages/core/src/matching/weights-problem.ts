import { invalidRequestProblem } from '../errors/problems.js';
import type { Problem } from '../schemas/problem.js';
import type { Matcher } from './matcher.js';
import type { Weights } from './weights.js';

/*
 * The zero-weight rule of the matching routes, for the server and the msw handlers alike:
 * weights that leave no criterion counting would rank everything at 0, so the request is a 400.
 */
const ZERO_WEIGHTS = 'all weights are zero for the criteria that apply here; give at least one of them a positive weight';

const zeroWeights = (): Problem => invalidRequestProblem([{ path: 'weights', message: ZERO_WEIGHTS, code: 'invalid-value' }]);

/** GET /v1/programmes/{id}/matches: the 400 when nothing that applies to this programme keeps a weight. */
export function programmeWeightsProblem(matcher: Matcher, programmeId: string, weights: Partial<Weights> | undefined): Problem | undefined {
  return matcher.weighsSomething(programmeId, weights) ? undefined : zeroWeights();
}

/** GET /v1/organizations/{id}/matches: the 400 when weights were given and no programme keeps one. */
export function organizationWeightsProblem(matcher: Matcher, programmeIds: readonly string[], weights: Partial<Weights> | undefined): Problem | undefined {
  if (!weights || !programmeIds.length) return undefined;
  return programmeIds.some((id) => matcher.weighsSomething(id, weights)) ? undefined : zeroWeights();
}
