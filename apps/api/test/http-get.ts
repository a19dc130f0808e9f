import { request, type RequestOptions } from 'node:http';

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** The bytes as they came over the wire (fetch would decompress them). */
  body: Buffer;
}

/** Sends `options` and resolves with the status, headers and undecoded body. */
function send(options: RequestOptions): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(options, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

/** A GET (or HEAD) with exactly these headers, answered with the undecoded body. */
export function rawGet(url: string, headers: Record<string, string> = {}, method: 'GET' | 'HEAD' = 'GET'): Promise<RawResponse> {
  const { hostname, port, pathname, search } = new URL(url);
  return send({ hostname, port, path: pathname + search, method, headers });
}

/**
 * A GET of `path` exactly as given, with no URL parsing on the way: `..`, `%2e%2e` and `%2F`
 * reach the server as written (fetch and `new URL` would resolve or re-encode them).
 */
export function rawGetPath(port: number, path: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  return send({ host: '127.0.0.1', port, path, method: 'GET', headers });
}
