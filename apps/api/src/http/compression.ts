import type { MiddlewareHandler } from 'hono';
import { compress } from 'hono/compress';

/** Below this, gzip saves less than a TCP packet and costs a decode (Hono's default too). */
export const COMPRESSION_THRESHOLD = 1024;

/**
 * gzip for every compressible response (JSON, problem+json, iCalendar, CSV, vCard, HTML,
 * JavaScript; Hono's list of types) over 1 kB, with `Vary: Accept-Encoding` and the ETag made
 * weak (`W/"…"`) on the gzipped variant, so each encoding has its own tag. Node 20's
 * CompressionStream has no brotli: the widget bundles get theirs precompressed at build.
 *
 * Hono's compress() applies its threshold only to responses that carry a Content-Length, and
 * `c.json()` / `c.body(string)` responses carry none, so a 40-byte JSON body would be gzipped.
 * Reading up to the threshold first gives small bodies their length (and leaves them alone);
 * larger ones stream on untouched.
 *
 * Register it after (inside) the etag middleware, so a 304 is decided on the tag of the
 * encoding the client would get, and carries that tag and `Vary`.
 */
export function compression(): MiddlewareHandler {
  const gzip = compress({ encoding: 'gzip', threshold: COMPRESSION_THRESHOLD });
  return (c, next) =>
    gzip(c, async () => {
      await next();
      // Only when gzip may be used: measuring turns the node server's fast path for string
      // bodies into a stream.
      const mayGzip = /\bgzip\b/i.test(c.req.header('accept-encoding') ?? '');
      if (mayGzip && c.res.body && !c.res.headers.has('content-length') && !c.res.headers.has('content-encoding')) {
        c.res = await withLengthIfSmall(c.res, COMPRESSION_THRESHOLD);
      }
    });
}

/** `response` with a Content-Length when its body ends within `limit` bytes; else the same body, still streaming. */
async function withLengthIfSmall(response: Response, limit: number): Promise<Response> {
  const reader = response.body!.getReader();
  const head: Uint8Array[] = [];
  let length = 0;
  while (length < limit) {
    const { done, value } = await reader.read();
    if (done) {
      const headers = new Headers(response.headers);
      headers.set('content-length', String(length));
      return new Response(concat(head, length), { status: response.status, statusText: response.statusText, headers });
    }
    head.push(value);
    length += value.byteLength;
  }
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of head) controller.enqueue(chunk);
    },
    async pull(controller) {
      const { done, value } = await reader.read();
      if (done) controller.close();
      else controller.enqueue(value);
    },
    cancel: (reason) => reader.cancel(reason),
  });
  return new Response(body, response);
}

function concat(chunks: Uint8Array[], length: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
