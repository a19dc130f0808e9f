import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpError, TimeoutError, createClient } from '../src/index.js';

/**
 * A real server on loopback that sends its status and headers, the first bytes of a body
 * announced as 1,000 bytes long, and then nothing: the client must not wait forever.
 */
let server: Server;
let base: string;
let requests = 0;

beforeAll(async () => {
  server = createServer((request, response) => {
    requests++;
    const status = request.url?.includes('q=unavailable') ? 503 : 200;
    const type = status === 200 ? 'application/json' : 'application/problem+json';
    response.writeHead(status, { 'content-type': type, 'content-length': '1000', 'retry-after': '0' });
    response.write(status === 200 ? '{"items":[' : '{"type":"about:blank",');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

async function settle<T>(promise: PromiseLike<T>): Promise<{ error: unknown; ms: number }> {
  const started = performance.now();
  const error = await Promise.resolve(promise).then(
    () => undefined,
    (e: unknown) => e,
  );
  return { error, ms: performance.now() - started };
}

describe('a body that stalls after the headers', () => {
  it('times out within the attempt’s timeout instead of hanging', async () => {
    const { error, ms } = await settle(createClient({ baseUrl: base, timeout: 300 }).organizations.list());
    expect(error).toBeInstanceOf(TimeoutError);
    expect(ms).toBeLessThan(2_000);
  });

  it('gives the caller its own reason when it aborts while the body is being read', async () => {
    const controller = new AbortController();
    const before = requests;
    const pending = settle(createClient({ baseUrl: base, timeout: 10_000 }).organizations.list({ signal: controller.signal }));
    await expect.poll(() => requests).toBe(before + 1);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const reason = new Error('the user left the page');
    controller.abort(reason);
    const { error, ms } = await pending;
    expect(error).toBe(reason);
    expect(ms).toBeLessThan(2_000);
  });

  it('times out on a 503 whose error body stalls too, after its retries', async () => {
    const before = requests;
    const { error, ms } = await settle(createClient({ baseUrl: base, timeout: 300, retries: 1 }).organizations.list({ q: 'unavailable' }));
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).not.toBeInstanceOf(HttpError);
    expect(requests - before).toBe(2);
    expect(ms).toBeLessThan(3_000);
  });
});

describe('base URL', () => {
  it('refuses a relative baseUrl outside a browser, saying what to pass', () => {
    expect(() => createClient({ baseUrl: '/v1' })).toThrow(/absolute URL outside a browser.*"\/v1"/);
  });
});
