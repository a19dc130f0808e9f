import type { FieldIssue, Problem } from '../schemas/problem.js';

/** Problem types: URNs, so they never pretend to be a page someone can open. */
export const PROBLEM_TYPES = {
  invalidRequest: 'urn:ngo-liaison:problem:invalid-request',
  notFound: 'urn:ngo-liaison:problem:not-found',
  unavailable: 'urn:ngo-liaison:problem:unavailable',
  internal: 'urn:ngo-liaison:problem:internal',
  /** 401: no credential, or one that is unknown, expired or revoked. */
  unauthorized: 'urn:ngo-liaison:problem:unauthorized',
  /** 403: signed in, and the record is readable, but this person's roles do not allow the change. */
  forbidden: 'urn:ngo-liaison:problem:forbidden',
  /** 409: the change races another (a publish whose base moved, a duplicate id). */
  conflict: 'urn:ngo-liaison:problem:conflict',
  /** 412: If-Match names a version that is no longer current; `currentVersion` and `current` say what is. */
  preconditionFailed: 'urn:ngo-liaison:problem:precondition-failed',
  /** 428: an update without If-Match. */
  preconditionRequired: 'urn:ngo-liaison:problem:precondition-required',
  /** 413: the body is larger than the route accepts. */
  tooLarge: 'urn:ngo-liaison:problem:too-large',
  /** 422: an Idempotency-Key reused with another body. */
  idempotencyKeyReused: 'urn:ngo-liaison:problem:idempotency-key-reused',
  /** 429: too many requests; Retry-After says when to try again. */
  rateLimited: 'urn:ngo-liaison:problem:rate-limited',
  /** 403 on a cookie session: the CSRF token is missing or wrong. */
  csrf: 'urn:ngo-liaison:problem:csrf',
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

export function unauthorizedProblem(detail = 'Sign in, or send a valid bearer token in the Authorization header'): Problem {
  return { type: PROBLEM_TYPES.unauthorized, title: 'Unauthorized', status: 401, detail };
}

export function forbiddenProblem(detail: string): Problem {
  return { type: PROBLEM_TYPES.forbidden, title: 'Forbidden', status: 403, detail };
}

export function conflictProblem(detail: string, current?: { version: string; record: unknown }): Problem {
  return {
    type: PROBLEM_TYPES.conflict,
    title: 'Conflict',
    status: 409,
    detail,
    ...(current ? { currentVersion: current.version, current: current.record } : {}),
  };
}

export function preconditionFailedProblem(current: { version: string; record: unknown }): Problem {
  return {
    type: PROBLEM_TYPES.preconditionFailed,
    title: 'Precondition failed',
    status: 412,
    detail: `The record changed since you read it; its current version is ${current.version}. Re-apply your change to it and send it again.`,
    currentVersion: current.version,
    current: current.record,
  };
}

export function preconditionRequiredProblem(): Problem {
  return {
    type: PROBLEM_TYPES.preconditionRequired,
    title: 'Precondition required',
    status: 428,
    detail: "Send If-Match with the ETag of the version you changed, so that nobody else's change is overwritten.",
  };
}
