import ky, { HTTPError, TimeoutError as KyTimeoutError, type KyInstance } from 'ky';
import * as z from 'zod/mini';
import { Problem, issuesOf, safeParse } from '@ngo-liaison/core';
import { HttpError, NetworkError, ResponseValidationError, TimeoutError } from './errors.js';

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

/** One place that talks to ky: maps its errors to ours and validates bodies. */
export class Transport {
  readonly baseUrl: string;
  readonly #ky: KyInstance;
  readonly #timeout: number;

  constructor(options: TransportOptions) {
    this.baseUrl = resolveBaseUrl(options.baseUrl);
    this.#timeout = options.timeout ?? 10_000;
    this.#ky = ky.create({
      prefixUrl: this.baseUrl,
      timeout: this.#timeout,
      // Bounded, jittered retries; a server asking for more than 30 s of patience gets none.
      retry: {
        limit: options.retries ?? 2,
        methods: ['get'],
        statusCodes: [408, 429, 500, 502, 503, 504],
        backoffLimit: 5_000,
        maxRetryAfter: 30_000,
        jitter: true,
      },
      ...(options.fetch ? { fetch: options.fetch } : {}),
      headers: { accept: 'application/json' },
    });
  }

  /** Absolute URL of a path below `/v1`, with its query. */
  url(path: string, searchParams?: URLSearchParams): string {
    const url = new URL(path, this.baseUrl);
    if (searchParams) url.search = searchParams.toString();
    return url.href;
  }

  async get<T extends z.ZodMiniType>(path: string, schema: T, options: RequestOptions = {}): Promise<z.output<T>> {
    const url = this.url(path, options.searchParams);
    let body: unknown;
    try {
      const response = await this.#ky.get(path, {
        ...(options.searchParams ? { searchParams: options.searchParams } : {}),
        ...(options.signal ? { signal: options.signal } : {}),
      });
      body = await response.json();
    } catch (error) {
      throw await this.#mapError(error, url, options.signal);
    }
    const result = safeParse(schema, body);
    if (!result.success) throw new ResponseValidationError(url, issuesOf(result.error));
    return result.data;
  }

  async #mapError(error: unknown, url: string, signal: AbortSignal | undefined): Promise<unknown> {
    // The caller cancelled: give them back their own AbortError, not a wrapped one.
    if (signal?.aborted) return signal.reason ?? error;
    if (error instanceof HTTPError) {
      const { response } = error;
      let problem: Problem | undefined;
      try {
        const parsed = safeParse(Problem, await response.clone().json());
        if (parsed.success) problem = parsed.data;
      } catch {
        // Not JSON (a proxy's HTML error page, say): the status alone will do.
      }
      return new HttpError(url, response.status, problem, response.headers.get('x-request-id') ?? undefined);
    }
    if (error instanceof KyTimeoutError) return new TimeoutError(url, this.#timeout);
    if (error instanceof SyntaxError) return new ResponseValidationError(url, [{ path: '(root)', message: 'body is not valid JSON' }]);
    return new NetworkError(url, error);
  }
}

/** Contract paths start with /v1; the client's base URL already points there. */
export function relativePath(contractPath: string): string {
  return contractPath.replace(/^\/v1\//, '');
}
