import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';

/*
 * The benchmark's web server: loopback only, an ephemeral port, two kinds of content. Files
 * under dist/cdn/ (the bundles embedders load, with their lazy chunks) are read from disk;
 * everything else (the HTML pages, the data as JSON, the floor's bundle) is generated at
 * bench start and held in memory. Nothing is proxied, so nothing comes from the network.
 */

const TYPES = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Starts the server. `cdnDir` is served under /cdn/; `add(path, body, type)` publishes a
 * generated resource. `close()` ends open keep-alive connections too, so the process exits.
 */
export async function startServer({ cdnDir }) {
  const root = resolve(cdnDir);
  /** @type {Map<string, { body: string | Buffer; type: string }>} */
  const generated = new Map();

  const server = createServer((request, response) => {
    void respond(request, response).catch((error) => {
      if (!response.headersSent) response.writeHead(500, { 'content-type': TYPES['.txt'] });
      response.end(String(error?.message ?? error));
    });
  });

  async function respond(request, response) {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
    let found = generated.get(pathname);
    if (!found && pathname.startsWith('/cdn/')) {
      const file = resolve(root, decodeURIComponent(pathname.slice('/cdn/'.length)));
      // No way out of dist/cdn (`..`, encoded slashes): the resolved path must stay inside.
      if (file.startsWith(root + sep)) {
        const body = await readFile(file).catch(() => undefined);
        if (body) found = { body, type: TYPES[extname(file)] ?? 'application/octet-stream' };
      }
    }
    if (!found) {
      response.writeHead(404, { 'content-type': TYPES['.txt'] }).end(`not found: ${pathname}`);
      return;
    }
    response.writeHead(200, {
      'content-type': found.type,
      'cache-control': 'no-store',
      'content-length': Buffer.byteLength(found.body),
      // Cross-origin isolation: performance.now() then has 5 µs resolution instead of 100 µs.
      // Everything is same-origin, so it changes nothing else.
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-embedder-policy': 'require-corp',
    });
    response.end(request.method === 'HEAD' ? undefined : found.body);
  }

  await new Promise((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolveListen();
    });
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the bench server has no TCP address');

  return {
    origin: `http://127.0.0.1:${address.port}`,
    add(path, body, type = TYPES[extname(path)] ?? TYPES['.txt']) {
      generated.set(path, { body, type });
    },
    close() {
      return new Promise((resolveClose) => {
        server.close(() => resolveClose());
        server.closeAllConnections();
      });
    },
  };
}
