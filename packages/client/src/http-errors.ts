import type { Problem } from '@ngo-liaison/core';
import { HttpError } from './errors.js';

/*
 * HttpError's subclasses by status, and the mapping from a response to them. The read Transport
 * maps with READ_ERRORS; WriteTransport with WRITE_ERRORS (write-errors.ts), so widgets that only
 * read bundle neither ConflictError nor PreconditionRequiredError.
 */

/** 401: no credential, or one that is unknown, expired or revoked. Sign in again. */
export class UnauthorizedError extends HttpError {
  override readonly name: string = 'UnauthorizedError';
}

/** 403: signed in, but these roles may not do this to this record (or, on a cookie session, the CSRF token was missing). */
export class ForbiddenError extends HttpError {
  override readonly name: string = 'ForbiddenError';
}

/** 404: no such record, or none this caller may read. */
export class NotFoundError extends HttpError {
  override readonly name: string = 'NotFoundError';
}

/**
 * 400: the request is invalid; `issues` name each field, with a stable `code` (FIELD_ERROR_CODES)
 * to translate. Also thrown before sending, without a request, when a write's body fails the
 * core schema (`sent` is then false).
 */
export class ValidationError extends HttpError {
  override readonly name: string = 'ValidationError';
  /** False when the client refused the body itself and nothing went over the network. */
  readonly sent: boolean;

  constructor(url: string, status: number, problem: Problem | undefined, requestId: string | undefined, sent = true) {
    super(url, status, problem, requestId);
    this.sent = sent;
  }
}

/**
 * 412 (If-Match names a version that is no longer current) or 409 (a publish whose base moved,
 * a duplicate): `currentVersion` is the ETag to send next, `current` the record as it now
 * stands, to show beside what the user typed.
 */
export class ConflictError extends HttpError {
  override readonly name: string = 'ConflictError';
  get currentVersion(): string | undefined {
    return this.problem?.currentVersion;
  }
  get current(): unknown {
    return this.problem?.current;
  }
}

/** 428: an update sent without If-Match. */
export class PreconditionRequiredError extends HttpError {
  override readonly name: string = 'PreconditionRequiredError';
}

/** 429: too many requests; `retryAfterSeconds` is the server's Retry-After, when it sent one. */
export class RateLimitedError extends HttpError {
  override readonly name: string = 'RateLimitedError';
  readonly retryAfterSeconds: number | undefined;

  constructor(url: string, status: number, problem: Problem | undefined, requestId: string | undefined, retryAfterSeconds: number | undefined) {
    super(url, status, problem, requestId);
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/** Retry-After as seconds from now: delta-seconds or an HTTP date (RFC 9110 §10.2.3). */
export function retryAfterSeconds(value: string | null, now = Date.now()): number | undefined {
  if (!value?.trim()) return undefined;
  if (/^\s*\d+\s*$/.test(value)) return Number(value);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - now) / 1000));
}

/** An HttpError class, by the status it stands for. */
export type HttpErrorClasses = Record<number, typeof UnauthorizedError>;

/**
 * The error class of each status a read may get (a table, not a switch: widgets bundle this).
 * 409, 412 and 428 answer writes only: WRITE_ERRORS (write-errors.ts) adds them, so widgets that
 * only read bundle neither ConflictError nor PreconditionRequiredError.
 */
export const READ_ERRORS: HttpErrorClasses = {
  400: ValidationError,
  401: UnauthorizedError,
  403: ForbiddenError,
  404: NotFoundError,
};

/** The one mapping from a response's status (and headers) to the client's error class, in `byStatus`. */
export function httpErrorOf(url: string, status: number, problem: Problem | undefined, headers: Headers, byStatus: HttpErrorClasses): HttpError {
  const requestId = headers.get('x-request-id') ?? undefined;
  if (status === 429) return new RateLimitedError(url, status, problem, requestId, retryAfterSeconds(headers.get('retry-after')));
  return new (byStatus[status] ?? HttpError)(url, status, problem, requestId);
}
