import ky, { HTTPError, TimeoutError as KyTimeoutError, type KyInstance, type Options as KyOptions } from 'ky';
import * as z from 'zod/mini';
import { Problem } from '@ngo-liaison/core';
import { HttpError, NetworkError, ResponseValidationError, TimeoutError } from './errors.js';
import { parseResponse, responseIssues } from './parse-response.js';

export interface TransportOptions {
  /** Absolute URL of the API's `/v1`; in a browser it may be relative to the page (`/v1`). */
  baseUrl: string;
  /** A fetch to use instead of the global one (tests, server-side rendering, proxies). */
  fetch?: typeof fetch;
  /**
   * How long one attempt may take, from sending the request to the last byte of the response,
   * in milliseconds (default 10,000). A timed-out attempt is not retried.
   */
  timeout?: number;
  /**
   * Retries of GET/HEAD requests on 408/429/500/502/503/504 and network errors (default 2).
   * Writes are never retried, except a POST that carries an Idempotency-Key (the server
   * answers a replay with the first result).
   */
  retries?: number;
  /**
   * A bearer token, or a function returning the current one, sent as `Authorization: Bearer`.
   * The client keeps it only in this option: never stored, never put in a URL.
   */
  token?: string | (() => string | undefined | Promise<string | undefined>);
  /**
   * fetch's `credentials` (`'include'` sends the session cookie of Liaison's own sign-in to
   * another origin; the default `same-origin` does on the same one). With a cookie session the
   * client sends `X-CSRF-Token` on every write, holding the token it read from `session.get()`,
   * `session.signIn()` or `session.acceptInvitation()` in memory only.
   */
  credentials?: RequestCredentials;
}

export interface RequestOptions {
  searchParams?: URLSearchParams;
  signal?: AbortSignal | undefined;
}

/** A successful response: the validated body (undefined for 204), its status and headers. */
export interface Sent<T> {
  data: T;
  status: number;
  headers: Headers;
}

/** Statuses that say "try again later": timeouts, rate limits, server or gateway trouble. */
const RETRY_STATUSES = [408, 429, 500, 502, 503, 504];
/** A server asking for more patience than this (Retry-After) is made to wait only this long. */
const MAX_RETRY_AFTER_MS = 30_000;

function resolveBaseUrl(baseUrl: string): string {
  const page = (globalThis as { document?: { baseURI?: string } }).document?.baseURI;
  let absolute: string;
  try {
    absolute = new URL(baseUrl, page).href;
  } catch {
    throw new TypeError(
      page
        ? `baseUrl ${JSON.stringify(baseUrl)} is not a valid URL`
        : `baseUrl must be an absolute URL outside a browser (e.g. "http://localhost:8787/v1"); got ${JSON.stringify(baseUrl)}`,
    );
  }
  return absolute.endsWith('/') ? absolute : `${absolute}/`;
}

/** `promise`, or the signal's reason as soon as it aborts (a stalled body never settles). */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise((resolve, reject) => {
    const onAbort = (): void => reject(signal.reason);
    if (signal.aborted) onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/**
 * The one place that talks HTTP, on ky: retries (GET/HEAD only, jittered exponential backoff
 * capped at 5 s, `Retry-After` honoured up to 30 s), the per-attempt timeout, the caller's
 * AbortSignal and the token. It adds what ky leaves out: ky's timer stops when the headers
 * arrive, so the body is read under the rest of the same attempt's deadline (a server that
 * stalls mid-body must not leave a call pending forever); failures become the client's typed
 * errors; bodies are validated against core's schemas. Reads only: what writes add (bodies,
 * headers, the CSRF token) is in WriteTransport, which widgets that only read do not bundle.
 */
export class Transport {
  readonly baseUrl: string;
  readonly #timeout: number;
  readonly #ky: KyInstance;

  constructor(options: TransportOptions) {
    this.baseUrl = resolveBaseUrl(options.baseUrl);
    this.#timeout = options.timeout ?? 10_000;
    const { token } = options;
    this.#ky = ky.create({
      prefixUrl: this.baseUrl,
      timeout: this.#timeout,
      headers: { accept: 'application/json' },
      retry: {
        limit: options.retries ?? 2,
        methods: ['get', 'head'],
        statusCodes: RETRY_STATUSES,
        afterStatusCodes: [429, 503],
        maxRetryAfter: MAX_RETRY_AFTER_MS,
        backoffLimit: 5_000,
        jitter: true,
      },
      ...(options.credentials ? { credentials: options.credentials } : {}),
      // Looked up per request, not bound now: test tools (msw) patch the global fetch later.
      fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
      hooks: {
        beforeRequest: [
          async (request) => {
            if (token) {
              const value = typeof token === 'function' ? await token() : token;
              if (value) request.headers.set('authorization', `Bearer ${value}`);
            }
          },
        ],
        // A failed attempt that will be retried: release its connection.
        beforeRetry: [({ error }) => void (error instanceof HTTPError && error.response.body?.cancel().catch(() => undefined))],
      },
    });
  }

  /** Absolute URL of a path below `/v1`, with its query. */
  url(path: string, searchParams?: URLSearchParams): string {
    const url = new URL(path, this.baseUrl);
    if (searchParams) url.search = searchParams.toString();
    return url.href;
  }

  async get<T extends z.ZodMiniType>(path: string, schema: T, options: RequestOptions = {}): Promise<z.output<T>> {
    return (await this.request(path, schema, { ...options, method: 'get' })).data as z.output<T>;
  }

  /**
   * The HttpError for an error response. The read-only clients widgets bundle
   * (createOrganizationsClient, createEventsClient, createSessionsClient) throw HttpError with its
   * `status` and `problem`, as before the write path: the typed subclasses cost ~250 B gzip in
   * every widget that never writes. createClient's WriteTransport maps every status to its class.
   */
  protected httpErrorOf(url: string, status: number, problem: Problem | undefined, headers: Headers): HttpError {
    return new HttpError(url, status, problem, headers.get('x-request-id') ?? undefined);
  }

  /**
   * Any request: `schema` validates the body of a 2xx (null: none is read, as for 204); `write`
   * is what a write adds to it (body, headers, retry of an idempotent POST).
   */
  protected async request(
    path: string,
    schema: z.ZodMiniType | null,
    { method, searchParams, signal }: RequestOptions & { method: string },
    write: Pick<KyOptions, 'body' | 'headers' | 'retry'> = {},
  ): Promise<Sent<unknown>> {
    const url = this.url(path, searchParams);
    const timeout = new TimeoutError(url, this.#timeout);
    // Aborts the request, and so its body, when the attempt's time is up while reading it.
    const deadline = new AbortController();
    const requestSignal = signal ? AbortSignal.any([signal, deadline.signal]) : deadline.signal;
    let attemptStarted = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    /** A body, read within what is left of its attempt's `timeout`, or the abort's reason. */
    const read = (response: Response): Promise<string> => {
      timer = setTimeout(() => deadline.abort(timeout), attemptStarted + this.#timeout - Date.now());
      return untilAborted(response.text(), requestSignal);
    };
    let text: string;
    let response: Response;
    try {
      response = await this.#ky(path, {
        method,
        ...(searchParams ? { searchParams } : {}),
        ...write,
        signal: requestSignal,
        hooks: { beforeRequest: [() => void (attemptStarted = Date.now())] },
      });
      text = await read(response);
    } catch (error) {
      // The caller cancelled: give them back their own reason, not a wrapped one.
      if (signal?.aborted) throw signal.reason;
      if (error === timeout || error instanceof KyTimeoutError) throw timeout;
      if (error instanceof HTTPError) throw this.httpErrorOf(url, error.response.status, await problemOf(error.response, read, requestSignal), error.response.headers);
      throw new NetworkError(url, error);
    } finally {
      clearTimeout(timer);
    }
    const result = { status: response.status, headers: response.headers };
    if (schema === null) return { ...result, data: undefined };
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      throw new ResponseValidationError(url, [{ path: '(root)', message: 'body is not valid JSON' }]);
    }
    const parsed = parseResponse(schema, body);
    if (!parsed.success) throw new ResponseValidationError(url, responseIssues(parsed.error));
    return { ...result, data: parsed.data };
  }
}

/**
 * The problem+json body of a non-2xx response, when it has one. An error body cut short by the
 * caller or the deadline throws that abort's reason instead.
 */
async function problemOf(response: Response, read: (response: Response) => Promise<string>, signal: AbortSignal): Promise<Problem | undefined> {
  try {
    const parsed = parseResponse(Problem, JSON.parse(await read(response)));
    if (parsed.success) return parsed.data;
  } catch (error) {
    if (signal.aborted) throw signal.reason;
    // Not JSON (a proxy's HTML error page, say) or a broken body: the status alone will do.
  }
  return undefined;
}

/** Contract paths start with /v1; the client's base URL already points there. */
export function relativePath(contractPath: string): string {
  return contractPath.replace(/^\/v1\//, '');
}
