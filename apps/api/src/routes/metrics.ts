import { createHash, timingSafeEqual } from 'node:crypto';
import type { Hono } from 'hono';
import { problemResponse } from '../http/problem-response.js';
import type { ApiMetrics } from '../observability/metrics.js';

/** Not in core's PROBLEM_TYPES: /metrics is an operator's route outside the API contract. */
const UNAUTHORIZED_PROBLEM = 'urn:ngo-liaison:problem:unauthorized';

const digest = (text: string) => createHash('sha256').update(text).digest();

/** Compares in constant time (hashes first: timingSafeEqual needs equal lengths). */
function sameSecret(given: string, expected: string): boolean {
  return timingSafeEqual(digest(given), digest(expected));
}

/**
 * Prometheus scrapes `/metrics`. Open by default, like /healthz: the figures name routes and
 * counts, no data. With `token` set (METRICS_TOKEN), a scraper must send
 * `Authorization: Bearer <token>`, for deployments whose proxy does not keep /metrics internal.
 */
export function metricsRoutes(app: Hono, metrics: ApiMetrics, token?: string): void {
  app.get('/metrics', async (c) => {
    c.header('cache-control', 'no-store');
    if (token) {
      const given = /^Bearer\s+(.+)$/i.exec(c.req.header('authorization') ?? '')?.[1]?.trim();
      if (!given || !sameSecret(given, token)) {
        c.header('www-authenticate', 'Bearer realm="metrics"');
        return problemResponse(c, {
          type: UNAUTHORIZED_PROBLEM,
          title: 'Unauthorized',
          status: 401,
          detail: 'This server requires a bearer token (METRICS_TOKEN) for /metrics.',
        });
      }
    }
    const { body, contentType } = await metrics.exposition();
    return c.body(body, 200, { 'content-type': contentType });
  });
}
