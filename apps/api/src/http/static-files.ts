import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Context, MiddlewareHandler } from 'hono';
import { every } from 'hono/combine';
import { etag } from 'hono/etag';
import { compression } from './compression.js';

export interface StaticFilesOptions {
  /** Folder served. */
  root: string;
  /** Maps the request path to a path under `root`. */
  rewriteRequestPath?: (path: string) => string;
  /** Serves this one file for every request (a page at `/`). */
  path?: string;
}

/** ETag by file: recomputed only when the file's size or modification time changes. */
const etags = new Map<string, { size: number; mtimeMs: number; etag: string }>();

async function fileEtag(file: string): Promise<string> {
  const { size, mtimeMs } = await stat(file);
  const known = etags.get(file);
  if (known && known.size === size && known.mtimeMs === mtimeMs) return known.etag;
  const etag = `"${createHash('sha1').update(await readFile(file)).digest('base64url')}"`;
  etags.set(file, { size, mtimeMs, etag });
  return etag;
}

/**
 * Static files as a CDN serves them: @hono/node-server's serveStatic with `precompressed`
 * (it picks `<file>.br` or `<file>.gz` by Accept-Encoding when the build wrote one, and sets
 * Content-Encoding and Vary), gzip on the fly for the other compressible files over 1 kB, a
 * strong ETag from the bytes of the file actually served (so each encoding has its own), and
 * Hono's etag() to answer If-None-Match with 304 — serveStatic alone does neither.
 */
export function staticFiles(options: StaticFilesOptions): MiddlewareHandler {
  return every(etag(), compression(), serveWithEtag(options));
}

function serveWithEtag({ root, rewriteRequestPath, path }: StaticFilesOptions): MiddlewareHandler {
  // serveStatic reports the file it chose (with .br/.gz) only through onFound.
  const served = new WeakMap<Context, string>();
  const serve = serveStatic({
    root,
    precompressed: true,
    ...(path ? { path } : {}),
    ...(rewriteRequestPath ? { rewriteRequestPath } : {}),
    onFound: (file, c) => void served.set(c, file),
  });
  return async (c, next) => {
    const response = await serve(c, next);
    const file = served.get(c);
    // A 206 carries the tag of the whole file it is part of.
    if (response instanceof Response && file && (response.status === 200 || response.status === 206)) {
      response.headers.set('etag', await fileEtag(file));
    }
    return response;
  };
}
