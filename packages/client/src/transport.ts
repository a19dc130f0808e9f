import * as z from 'zod/mini';
import { Problem, issuesOf, safeParse } from '@ngo-liaison/core';
import { HttpError, NetworkError, ResponseValidationError, TimeoutError } from './errors.js';
import { retryDelay } from './retry-policy.js';

export interface TransportOptions {
  /** URL of the API's `/v1`, absolute or relative to the page (`/v1`). */
  baseUrl: string;
  /** A fetch to use instead of the global one (tests, server-side rendering, proxies). */
  fetch?: typeof fetch;
  /** Per-attempt timeout in milliseconds (default 10,000). */
  timeout?: number;
  /** Retries of idempotent requests on 408/429/5xx and network errors (default 2). */
  retries?: number;
}

export interface RequestOptions {
  searchParams?: URLSearchParams;
  signal?: AbortSignal | undefined;
}

function resolveBaseUrl(baseUrl: string): string {
  const base = (globalThis as { document?: { baseURI?: string } }).document?.baseURI;
  const absolute = new URL(baseUrl, base).href;
  return absolute.endsWith('/') ? absolute : `${absolute}/`;
}

/** Resolves after `ms`, or rejects with the caller's reason as soon as `signal` aborts. */
function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * The one place that talks HTTP, on the platform's fetch: bounded, jittered retries of GETs
 * (retry-policy.ts), a timeout per attempt, the caller's AbortSignal honoured throughout,
 * failures mapped to the client's typed errors, bodies validated against core's schemas.
 * (It replaced ky, whose ~4 kB min+gzip the calendar embed's 40 kB budget could not hold;
 * the behaviour kept is the one the tests pin down.)
 */
export class Transport {
  readonly baseUrl: string;
  readonly #fetch: typeof fetch;
  readonly #timeout: number;
  readonly #retries: number;

  constructor(options: TransportOptions) {
    this.baseUrl = resolveBaseUrl(options.baseUrl);
    this.#timeout = options.timeout ?? 10_000;
    this.#retries = options.retries ?? 2;
    // Looked up per call, not bound now: test tools (msw) patch the global fetch later.
    this.#fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  }

  /** Absolute URL of a path below `/v1`, with its query. */
  url(path: string, searchParams?: URLSearchParams): string {
    const url = new URL(path, this.baseUrl);
    if (searchParams) url.search = searchParams.toString();
    return url.href;
  }

  async get<T extends z.ZodMiniType>(path: string, schema: T, options: RequestOptions = {}): Promise<z.output<T>> {
    const url = this.url(path, options.searchParams);
    const { signal } = options;
    const response = await this.#send(url, signal);
    let body: unknown;
    try {
      body = await response.json();
    } catch (error) {
      if (signal?.aborted) throw signal.reason ?? error;
      if (error instanceof SyntaxError) throw new ResponseValidationError(url, [{ path: '(root)', message: 'body is not valid JSON' }]);
      throw new NetworkError(url, error);
    }
    const result = safeParse(schema, body);
    if (!result.success) throw new ResponseValidationError(url, issuesOf(result.error));
    return result.data;
  }

  /** A 2xx response, after as many retries as the policy allows. */
  async #send(url: string, signal: AbortSignal | undefined): Promise<Response> {
    for (let attempt = 0; ; attempt++) {
      let response: Response | undefined;
      let failure: unknown;
      try {
        response = await this.#attempt(url, signal);
        if (response.ok) return response;
      } catch (error) {
        // The caller cancelled: give them back their own AbortError, not a wrapped one.
        if (signal?.aborted) throw signal.reason ?? error;
        // A timed-out attempt is not retried: the caller has already waited `timeout`.
        if (error instanceof TimeoutError) throw error;
        failure = new NetworkError(url, error);
      }
      const delay = attempt < this.#retries ? retryDelay(attempt, response) : undefined;
      if (delay === undefined) throw response ? await httpError(url, response) : failure;
      await response?.body?.cancel().catch(() => undefined);
      await sleep(delay, signal);
    }
  }

  /** One request, aborted by the caller's signal or by the per-attempt timeout. */
  async #attempt(url: string, signal: AbortSignal | undefined): Promise<Response> {
    signal?.throwIfAborted();
    const controller = new AbortController();
    const timeout = new TimeoutError(url, this.#timeout);
    const timer = setTimeout(() => controller.abort(timeout), this.#timeout);
    const onAbort = (): void => controller.abort(signal?.reason);
    signal?.addEventListener('abort', onAbort, { once: true });
    try {
      return await this.#fetch(url, { headers: { accept: 'application/json' }, signal: controller.signal });
    } catch (error) {
      throw controller.signal.reason === timeout ? timeout : error;
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }
  }
}

/** Our HttpError for a non-2xx response, with its problem+json body when it has one. */
async function httpError(url: string, response: Response): Promise<HttpError> {
  let problem: Problem | undefined;
  try {
    const parsed = safeParse(Problem, await response.json());
    if (parsed.success) problem = parsed.data;
  } catch {
    // Not JSON (a proxy's HTML error page, say): the status alone will do.
  }
  return new HttpError(url, response.status, problem, response.headers.get('x-request-id') ?? undefined);
}

/** Contract paths start with /v1; the client's base URL already points there. */
export function relativePath(contractPath: string): string {
  return contractPath.replace(/^\/v1\//, '');
}
