import type { FieldIssue, Problem } from '@ngo-liaison/core';

const BRAND = Symbol.for('ngo-liaison.client-error');

/**
 * Base of every error the client throws (an AbortError from the caller's own signal is
 * passed through untouched). `kind` lets callers switch without instanceof, which breaks
 * when two copies of the client end up on one page.
 */
export abstract class LiaisonError extends Error {
  abstract readonly kind: 'http' | 'network' | 'timeout' | 'response-validation';
  readonly [BRAND] = true;
  /** The request's URL, for logs. */
  readonly url: string;

  constructor(message: string, url: string, options?: { cause?: unknown }) {
    super(message, options);
    this.url = url;
  }
}

export function isLiaisonError(value: unknown): value is LiaisonError {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[BRAND] === true;
}

/**
 * The server answered with a 4xx/5xx; `problem` is its RFC 9457 body when it sent one. The
 * statuses a caller acts on have subclasses (ConflictError, ValidationError…), all of them
 * HttpErrors with `kind: 'http'`, so code that checks `HttpError` or `status` keeps working.
 */
export class HttpError extends LiaisonError {
  override readonly name: string = 'HttpError';
  readonly kind = 'http' as const;
  readonly status: number;
  readonly problem: Problem | undefined;
  readonly requestId: string | undefined;

  constructor(url: string, status: number, problem: Problem | undefined, requestId: string | undefined) {
    super(problem?.detail ?? problem?.title ?? `HTTP ${status}`, url);
    this.status = status;
    this.problem = problem;
    this.requestId = requestId;
  }

  /** Field-level problems (bad query parameters, invalid bodies), each with its stable `code` when the server gave one. */
  get issues(): FieldIssue[] {
    return this.problem?.errors ?? [];
  }
}

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
  if (value === null || value.trim() === '') return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - now) / 1000));
}

/** The one mapping from a response's status (and headers) to the client's error class. */
export function httpErrorOf(url: string, status: number, problem: Problem | undefined, headers: Headers): HttpError {
  const requestId = headers.get('x-request-id') ?? undefined;
  switch (status) {
    case 400:
      return new ValidationError(url, status, problem, requestId);
    case 401:
      return new UnauthorizedError(url, status, problem, requestId);
    case 403:
      return new ForbiddenError(url, status, problem, requestId);
    case 404:
      return new NotFoundError(url, status, problem, requestId);
    case 409:
    case 412:
      return new ConflictError(url, status, problem, requestId);
    case 428:
      return new PreconditionRequiredError(url, status, problem, requestId);
    case 429:
      return new RateLimitedError(url, status, problem, requestId, retryAfterSeconds(headers.get('retry-after')));
    default:
      return new HttpError(url, status, problem, requestId);
  }
}

/** The request never got a response (offline, DNS, CORS, connection refused). */
export class NetworkError extends LiaisonError {
  override readonly name = 'NetworkError';
  readonly kind = 'network' as const;

  constructor(url: string, cause: unknown) {
    super(`Network error while requesting ${url}`, url, { cause });
  }
}

/** No response within the client's timeout. */
export class TimeoutError extends LiaisonError {
  override readonly name = 'TimeoutError';
  readonly kind = 'timeout' as const;
  readonly timeoutMs: number;

  constructor(url: string, timeoutMs: number) {
    super(`No response from ${url} within ${timeoutMs} ms`, url);
    this.timeoutMs = timeoutMs;
  }
}

/** The server answered 2xx with a body that does not match the contract. */
export class ResponseValidationError extends LiaisonError {
  override readonly name = 'ResponseValidationError';
  readonly kind = 'response-validation' as const;
  readonly issues: FieldIssue[];

  constructor(url: string, issues: FieldIssue[]) {
    super(
      `Unexpected response from ${url}: ${issues
        .slice(0, 3)
        .map((i) => `${i.path}: ${i.message}`)
        .join('; ')}`,
      url,
    );
    this.issues = issues;
  }
}
