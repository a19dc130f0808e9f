import type { Context, MiddlewareHandler } from 'hono';
import { RETAINED_304_HEADERS, etag } from 'hono/etag';

/**
 * Headers a 304 keeps besides Hono's list (Cache-Control, Date, ETag, Vary…): without the
 * CORS headers a browser on another origin cannot read the 304 at all, and the request id
 * ties a revalidation to the server's log like any other answer.
 */
const RETAINED_ON_304 = [
  ...RETAINED_304_HEADERS,
  'access-control-allow-origin',
  'access-control-allow-credentials',
  'access-control-expose-headers',
  'x-request-id',
];

/**
 * ETag and If-None-Match for the few routes that set no ETag of their own (Hono hashes
 * their body). Data routes set a revision ETag and answer 304 themselves (below).
 */
export const bodyEtags = (): MiddlewareHandler => etag({ retainedHeaders: RETAINED_ON_304 });

/**
 * The entity tag of If-None-Match that names `tag` (weakly compared, RFC 9110: `W/"x"` names
 * `"x"`, since the gzipped variant carries the weak form), or undefined. `*` is not honoured
 * here: it would answer 304 for a resource that may not exist, and a 200 is always correct.
 */
export function heldTag(c: Context, tag: string): string | undefined {
  const ifNoneMatch = c.req.header('if-none-match');
  return ifNoneMatch?.match(/(?:W\/)?"[^"]*"/g)?.find((held) => held.replace(/^W\//, '') === tag);
}

/**
 * Answers a GET whose ETag is known before any work (a revision ETag): 304 when the client
 * already holds it, without rendering; otherwise the rendered response with the tag.
 * The 304 leaves the handler like any answer, so CORS and request-id headers stay on it.
 */
export async function respondWithEtag(c: Context, tag: string, render: () => Response | Promise<Response>): Promise<Response> {
  // The 304 names the representation the client holds (W/ when it holds the gzipped one)
  // and, like the 200 it stands for, varies with Accept-Encoding (compression.ts).
  const held = heldTag(c, tag);
  if (held) {
    // Appended: a reader-dependent route has set Vary: Authorization, Cookie already.
    c.header('vary', 'accept-encoding', { append: true });
    return c.body(null, 304, { etag: held });
  }
  const response = await render();
  if (response.ok) response.headers.set('etag', tag);
  return response;
}
