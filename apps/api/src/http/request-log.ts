import type { MiddlewareHandler } from 'hono';
import type { Logger } from '../observability/logger.js';
import { routeLabel } from './route-label.js';

/** Polled by load balancers and monitors every few seconds: their successes are logged at debug only. */
const PROBE_PATHS = new Set(['/healthz', '/readyz', '/metrics']);

/**
 * One log line per request, written when the response is ready: the request id (from the
 * X-Request-Id middleware, inside this one), method, route pattern, path with its query,
 * status, duration and, when the response declares it, its size. No header is logged; the
 * query's credentials are scrubbed with the rest of the line (see observability/redact.ts).
 */
export function requestLog(logger: Logger): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();
    await next();
    const url = new URL(c.req.url);
    const status = c.res.status;
    const length = c.res.headers.get('content-length');
    const fields = {
      requestId: c.get('requestId') as string | undefined,
      method: c.req.method,
      route: routeLabel(c),
      path: url.pathname + url.search,
      status,
      durationMs: Math.round((performance.now() - started) * 100) / 100,
      ...(length ? { bytes: Number(length) } : {}),
    };
    const message = `${c.req.method} ${url.pathname} ${status}`;
    if (status >= 500) logger.warn(fields, message);
    else if (PROBE_PATHS.has(url.pathname) && status < 400) logger.debug(fields, message);
    else logger.info(fields, message);
  };
}
