import type { FieldIssue, Problem } from '../schemas/problem.js';

/** Problem types: URNs, so they never pretend to be a page someone can open. */
export const PROBLEM_TYPES = {
  invalidRequest: 'urn:ngo-liaison:problem:invalid-request',
  notFound: 'urn:ngo-liaison:problem:not-found',
  unavailable: 'urn:ngo-liaison:problem:unavailable',
  internal: 'urn:ngo-liaison:problem:internal',
} as const;

export function invalidRequestProblem(issues: FieldIssue[], detail?: string): Problem {
  return {
    type: PROBLEM_TYPES.invalidRequest,
    title: 'Invalid request',
    status: 400,
    detail: detail ?? issues.map((i) => `${i.path}: ${i.message}`).join('; '),
    errors: issues,
  };
}

export function notFoundProblem(detail: string): Problem {
  return { type: PROBLEM_TYPES.notFound, title: 'Not found', status: 404, detail };
}
