import type * as z from 'zod/mini';
import { Transport, type RequestOptions, type Sent } from './transport.js';
import type { Problem } from '@ngo-liaison/core';
import type { HttpError } from './errors.js';
import { httpErrorOf } from './http-errors.js';
import { WRITE_ERRORS } from './write-errors.js';

/** What a write sends: its method, body and headers. */
export interface SendOptions extends RequestOptions {
  method: 'get' | 'post' | 'patch' | 'put' | 'delete';
  /** The body, sent as JSON. */
  json?: unknown;
  /** Media type of `json` (default application/json). */
  contentType?: string;
  headers?: Record<string, string>;
  /** A POST the server answers idempotently (it carries an Idempotency-Key): retried like a read. */
  idempotent?: boolean;
}

/** Methods that change something: they carry the CSRF token of a cookie session. */
const UNSAFE_METHODS = new Set(['post', 'patch', 'put', 'delete']);

/**
 * The transport of the whole client: reads, and writes with their bodies, headers and the cookie
 * session's CSRF token. A module of its own so that widgets that only read (createEventsClient…)
 * bundle none of it.
 */
export class WriteTransport extends Transport {
  /** The cookie session's CSRF token, from the last session read; memory only. */
  #csrfToken: string | undefined;

  /** The typed errors of reads and writes (409/412 ConflictError, 428 PreconditionRequiredError). */
  protected override httpErrorOf(url: string, status: number, problem: Problem | undefined, headers: Headers): HttpError {
    return httpErrorOf(url, status, problem, headers, WRITE_ERRORS);
  }

  /** Remembers (or, with undefined, forgets) the cookie session's CSRF token for later writes. */
  setCsrfToken(token: string | undefined): void {
    this.#csrfToken = token;
  }

  /**
   * Any request: `schema` validates the body of a 2xx (null: none is read, as for 204).
   * An `idempotent` POST (it carries an Idempotency-Key) is retried like a read; other writes never are.
   */
  async send<T extends z.ZodMiniType>(path: string, schema: T, options: SendOptions): Promise<Sent<z.output<T>>>;
  async send(path: string, schema: null, options: SendOptions): Promise<Sent<undefined>>;
  async send(path: string, schema: z.ZodMiniType | null, { json, contentType, headers, idempotent, ...request }: SendOptions): Promise<Sent<unknown>> {
    const csrf = this.#csrfToken && UNSAFE_METHODS.has(request.method) ? { 'x-csrf-token': this.#csrfToken } : {};
    return this.request(path, schema, request, {
      ...(json === undefined ? {} : { body: JSON.stringify(json) }),
      // The CSRF token last: nothing a caller passes replaces it.
      headers: { ...(json === undefined ? {} : { 'content-type': contentType ?? 'application/json' }), ...headers, ...csrf },
      ...(idempotent ? { retry: { methods: ['post'] } } : {}),
    });
  }
}
