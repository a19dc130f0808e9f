import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';

/*
 * Security headers for every response, with one policy per area of the server. Hono's
 * secureHeaders sets them after the handler, so 304s, problem+json errors and static
 * files get them alike.
 */

/**
 * The demo partner pages prove the widgets run under a strict CSP: no inline script or
 * style, nothing from another origin, and no framing by other sites.
 */
const demoPages = secureHeaders({
  contentSecurityPolicy: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'"],
    imgSrc: ["'self'", 'data:'],
    connectSrc: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'self'"],
    formAction: ["'self'"],
    frameAncestors: ["'self'"],
  },
  referrerPolicy: 'strict-origin-when-cross-origin',
});

/**
 * The JSON/CSV/iCalendar API: never rendered as a page (`default-src 'none'`), never
 * framed, never sniffed into HTML. It is public and CORS-open, so pages of other origins
 * that set Cross-Origin-Embedder-Policy may load it too (CORP cross-origin).
 */
const api = secureHeaders({
  contentSecurityPolicy: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
  crossOriginResourcePolicy: 'cross-origin',
  crossOriginOpenerPolicy: false,
  originAgentCluster: false,
  xFrameOptions: 'DENY',
});

/**
 * The widget bundles are embedded by partner sites on other origins: they must stay
 * loadable cross-origin (CORP cross-origin), and a script is never sniffed as another type.
 */
const widgets = secureHeaders({
  crossOriginResourcePolicy: 'cross-origin',
  crossOriginOpenerPolicy: false,
  originAgentCluster: false,
  xFrameOptions: false,
});

const isDemoPage = (path: string) => path === '/' || path === '/sign-in' || path.startsWith('/demo/');

/** One middleware for the whole app: picks the policy by path. */
export function securityHeaders(): MiddlewareHandler {
  return (c, next) => {
    const path = c.req.path;
    if (isDemoPage(path)) return demoPages(c, next);
    if (path.startsWith('/widgets/')) return widgets(c, next);
    return api(c, next);
  };
}
