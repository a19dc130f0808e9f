import type { MiddlewareHandler } from 'hono';
import type { ApiMetrics } from '../observability/metrics.js';
import { routeLabel } from './route-label.js';

/** Counts every request and its latency by route pattern (see route-label.ts), once its response is ready. */
export function requestMetrics(metrics: ApiMetrics): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();
    await next();
    metrics.observeRequest({ method: c.req.method, route: routeLabel(c), status: c.res.status, seconds: (performance.now() - started) / 1000 });
  };
}
