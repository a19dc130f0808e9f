import { Hono } from 'hono';
import { staticFiles } from './static-files.js';

export interface WidgetRoutesOptions {
  /** The elements' dist/cdn folder (bundles, chunks, classic loaders, sri.json, .br/.gz). */
  dir: string;
  /** The elements package's version: the files are also served under /widgets/{version}/. */
  version?: string;
}

const IMMUTABLE = 'public, max-age=31536000, immutable';
/** The unversioned alias follows upgrades within five minutes, revalidating with its ETag. */
const ALIAS = 'public, max-age=300';
/** esbuild names chunks by their content (`chunks/<widget>/<name>-<hash>.js`). */
const CONTENT_HASHED = /^\/widgets\/chunks\/.+-[A-Z0-9]{8}\.js(?:\.map)?$/i;

/**
 * The CDN: `/widgets/{version}/…` never changes and is cached for a year; `/widgets/…` is the
 * same files under a short-cached alias that moves on upgrade. Chunks are imported by relative
 * URLs, so a versioned entry loads its chunks under the versioned path too. Another version
 * than the one on disk is a 404, never the current files under an old version's name.
 */
export function widgetRoutes({ dir, version }: WidgetRoutesOptions): Hono {
  const versioned = version ? `/widgets/${version}/` : undefined;
  const widgets = new Hono();

  // Outermost, so the 304s of staticFiles() carry these headers too.
  widgets.use('*', async (c, next) => {
    await next();
    if (c.res.status !== 200 && c.res.status !== 206 && c.res.status !== 304) return;
    // Partner sites on other origins load the bundle as a module script (a CORS request);
    // Cross-Origin-Resource-Policy for them comes with the security headers (security-headers.ts).
    c.header('access-control-allow-origin', '*');
    const path = c.req.path;
    c.header('cache-control', (versioned && path.startsWith(versioned)) || CONTENT_HASHED.test(path) ? IMMUTABLE : ALIAS);
  });
  // Sub-app patterns are relative to its mount point (/widgets); c.req.path is the full path.
  if (versioned) widgets.use(`/${version}/*`, staticFiles({ root: dir, rewriteRequestPath: (path) => path.slice(versioned.length - 1) }));
  widgets.use('*', staticFiles({ root: dir, rewriteRequestPath: (path) => path.replace(/^\/widgets/, '') }));
  return widgets;
}
