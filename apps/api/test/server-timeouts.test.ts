import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../src/index.js';
import { tempDatabase } from '../src/testing/temp-database.js';

let server: RunningServer;
const db = await tempDatabase();
const HEADERS_TIMEOUT_MS = 1_000;

beforeAll(async () => {
  server = await startServer({
    port: 0,
    host: '127.0.0.1',
    ...db.location,
    widgetsDir: null,
    demoDir: null,
    timeouts: { headersMs: HEADERS_TIMEOUT_MS, requestMs: 2_000, keepAliveMs: 1_000 },
  });
});
afterAll(async () => {
  await server.close();
  await db.cleanup();
});

/** A client that sends a request line, then one header byte every 100 ms and never ends the headers. */
function slowClient(): Promise<{ closedAfterMs: number; received: string }> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    let received = '';
    const socket = connect(server.port, '127.0.0.1', () => socket.write('GET /v1/organizations HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: '));
    const drip = setInterval(() => socket.writable && socket.write('a'), 100);
    // Whatever happens, stop after 10 s: Node's default would hold the connection for a minute.
    const giveUp = setTimeout(() => socket.destroy(), 10_000);
    socket.on('data', (chunk) => (received += chunk.toString('latin1')));
    socket.on('error', () => {}); // a reset counts as closed
    socket.on('close', () => {
      clearInterval(drip);
      clearTimeout(giveUp);
      resolve({ closedAfterMs: Date.now() - started, received });
    });
    socket.on('timeout', reject);
  });
}

describe('server timeouts', () => {
  it('cuts off a client that sends its headers too slowly, within the configured bound', async () => {
    const { closedAfterMs, received } = await slowClient();
    // headersTimeout plus at most one connection check (every second).
    expect(closedAfterMs).toBeGreaterThanOrEqual(HEADERS_TIMEOUT_MS - 50);
    expect(closedAfterMs).toBeLessThan(HEADERS_TIMEOUT_MS + 1_500);
    expect(received).toMatch(/^HTTP\/1\.1 408/);
    expect(received).toMatch(/^content-type: application\/problem\+json\r$/m);
  });

  it('still serves a normal client', async () => {
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });
});
