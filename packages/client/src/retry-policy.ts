/**
 * When to try a failed GET again, and after how long. Pure, so the rules are tested without
 * waiting: statuses worth retrying, the server's `Retry-After` honoured (seconds or an HTTP
 * date) unless it asks for more patience than MAX_RETRY_AFTER_MS, else exponential backoff
 * with full jitter, so clients that failed together do not come back together.
 */

/** Statuses that say "try again later" (timeouts, rate limits, server trouble). */
export const RETRY_STATUSES: ReadonlySet<number> = new Set([408, 429, 500, 502, 503, 504]);

/** First backoff step; then 600 ms, 1.2 s, … */
export const BASE_BACKOFF_MS = 300;
/** No backoff step waits longer than this. */
export const MAX_BACKOFF_MS = 5_000;
/** A server asking for more than this (Retry-After) gets no retry: the caller hears now. */
export const MAX_RETRY_AFTER_MS = 30_000;

/** Milliseconds a `Retry-After` value asks for (delta-seconds or an HTTP date), if readable. */
export function retryAfterMs(value: string | null, now: number): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  if (/^\s*\d+\s*$/.test(value)) return Number(value) * 1_000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * Delay before retry number `attempt + 1`, or undefined when the request must not be retried.
 * `response` is undefined when the attempt failed without one (network error).
 */
export function retryDelay(
  attempt: number,
  response: Pick<Response, 'status' | 'headers'> | undefined,
  { now = Date.now(), random = Math.random }: { now?: number; random?: () => number } = {},
): number | undefined {
  if (response) {
    if (!RETRY_STATUSES.has(response.status)) return undefined;
    const asked = retryAfterMs(response.headers.get('retry-after'), now);
    if (asked !== undefined) return asked <= MAX_RETRY_AFTER_MS ? asked : undefined;
  }
  return random() * Math.min(MAX_BACKOFF_MS, BASE_BACKOFF_MS * 2 ** attempt);
}
