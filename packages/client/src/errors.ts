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
