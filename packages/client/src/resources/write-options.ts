/** Options of a write that creates something. */
export interface CreateOptions {
  /**
   * Any unique string. The server keeps it per credential for 24 hours and answers a replay
   * with the first result, so the client retries such a POST after a network failure or a
   * 5xx. Default: a fresh `crypto.randomUUID()` per call (pass your own to retry across
   * page loads or processes).
   */
  idempotencyKey?: string;
  signal?: AbortSignal;
}

/** The headers of a creation: its Idempotency-Key, the caller's or a new one. */
export function idempotencyHeaders(options: CreateOptions): Record<string, string> {
  return { 'idempotency-key': options.idempotencyKey ?? globalThis.crypto.randomUUID() };
}
