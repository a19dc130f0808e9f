import type { MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** Headers writes send: their body, credentials, preconditions, idempotency and CSRF. */
const WRITE_HEADERS = ['Content-Type', 'Authorization', 'If-Match', 'If-None-Match', 'Idempotency-Key', 'X-CSRF-Token', 'X-Request-Id'];

/**
 * Reads are open to every origin (`*`, no credentials): the data is public, and a partner's
 * page shows it with the widgets. Writes — and the preflights that ask for them — only from
 * `writeOrigins` (CORS_WRITE_ORIGINS, exact origins, none by default), with credentials
 * allowed for those origins only: a page of another site cannot have a visitor's browser
 * write to Liaison.
 */
export function corsPolicy({ writeOrigins, exposeHeaders }: { writeOrigins: readonly string[]; exposeHeaders: string[] }): MiddlewareHandler {
  const allowed = new Set(writeOrigins);
  const reads = cors({ origin: '*', allowMethods: ['GET', 'HEAD', 'OPTIONS'], exposeHeaders, maxAge: 86400 });
  const writes = cors({
    origin: (origin) => (allowed.has(origin) ? origin : null),
    allowMethods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'],
    allowHeaders: WRITE_HEADERS,
    credentials: true,
    exposeHeaders,
    maxAge: 86400,
  });
  return async (c, next) => {
    const method = c.req.method === 'OPTIONS' ? (c.req.header('access-control-request-method') ?? 'GET').toUpperCase() : c.req.method;
    if (READ_METHODS.has(method)) return reads(c, next);
    const origin = c.req.header('origin');
    if (origin === undefined || allowed.has(origin)) return writes(c, next);
    // Another origin: no Access-Control-* header at all, so its page can neither send the write nor read the answer.
    c.header('Vary', 'Origin', { append: true });
    return c.req.method === 'OPTIONS' ? c.body(null, 204) : next();
  };
}

/** CORS_WRITE_ORIGINS: comma-separated exact origins (scheme, host, port), each checked. */
export function writeOriginsFromEnv(env: NodeJS.ProcessEnv): string[] {
  const raw = env.CORS_WRITE_ORIGINS?.trim();
  if (!raw) return [];
  return raw.split(',').map((entry) => {
    const value = entry.trim();
    let origin: string;
    try {
      origin = new URL(value).origin;
    } catch {
      throw new Error(`CORS_WRITE_ORIGINS must list origins such as https://partner.example.org, got "${value}"`);
    }
    if (origin !== value.replace(/\/$/, '')) throw new Error(`CORS_WRITE_ORIGINS must list bare origins (scheme, host and port only), got "${value}"; use "${origin}"`);
    return origin;
  });
}
