import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { serve } from '@hono/node-server';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.js';
import { createLogger } from '../src/observability/logger.js';
import { redactSecrets } from '../src/observability/redact.js';
import { issueTestToken } from './credentials.js';
import { useTestServer } from './test-server.js';

/** What the server logs, line by line, as its standard output would receive it. */
function captured(): { written: string[]; stream: Writable } {
  const written: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      written.push(chunk.toString());
      done();
    },
  });
  return { written, stream };
}
const { written, stream } = captured();
const server = useTestServer({ logger: createLogger({ level: 'info', destination: stream }) });

const SECRET = 'sk-live-4c0ffee-DO-NOT-LOG';
type LogLine = Record<string, unknown> & { level: string; time: string; msg: string };
const parse = (written: string[]): LogLine[] =>
  written
    .join('')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as LogLine);
const lines = () => parse(written);

/** A real bearer token (a made-up one is refused with 401 before any route runs). */
let token = '';
beforeAll(async () => {
  token = (await issueTestToken(server.running.storage, [{ role: 'secretariat' }])).token;
});

async function get(path: string, requestId: string, bearer = token) {
  const response = await fetch(`${server.url}${path}`, {
    headers: { authorization: `Bearer ${bearer}`, cookie: `session=${SECRET}`, 'x-api-key': SECRET, 'x-request-id': requestId },
  });
  await response.arrayBuffer();
  return response.status;
}

describe('structured logs', () => {
  it('write one JSON object per request with its id, route pattern, status and duration — and never a credential, on a 200, a 400 or a 404', async () => {
    expect(await get(`/v1/openapi.json?token=${SECRET}`, 'log-ok')).toBe(200);
    expect(await get(`/v1/organizations?q=water&token=${SECRET}`, 'log-invalid')).toBe(400);
    expect(await get(`/v1/organizations/no-such-org?access_token=${SECRET}&api_key=${SECRET}`, 'log-missing')).toBe(404);
    expect(await get(`/no/such/path?token=${SECRET}`, 'log-unknown')).toBe(404);

    // A token refused (unknown, revoked): 401, and still not logged.
    expect(await get('/v1/organizations', 'log-refused', `lia_${'x'.repeat(43)}`)).toBe(401);

    const output = written.join('');
    expect(output).not.toContain(SECRET);
    expect(output).not.toContain('4c0ffee');
    expect(output).not.toContain(token.slice(4));
    expect(output).not.toContain('x'.repeat(43));

    const requestLine = (id: string) => lines().find((line) => line.requestId === id && 'status' in line);
    expect(requestLine('log-ok')).toMatchObject({
      level: 'info',
      method: 'GET',
      route: '/v1/openapi.json',
      path: '/v1/openapi.json?token=[REDACTED]',
      status: 200,
      durationMs: expect.any(Number),
    });
    expect(requestLine('log-invalid')).toMatchObject({ route: '/v1/organizations', path: '/v1/organizations?q=water&token=[REDACTED]', status: 400 });
    expect(requestLine('log-missing')).toMatchObject({ route: '/v1/organizations/:id', status: 404 });
    expect(requestLine('log-missing')?.path).toBe('/v1/organizations/no-such-org?access_token=[REDACTED]&api_key=[REDACTED]');
    expect(requestLine('log-unknown')).toMatchObject({ route: '(unmatched)', path: '/no/such/path?token=[REDACTED]', status: 404 });
    expect(requestLine('log-refused')).toMatchObject({ status: 401 });

    for (const line of lines()) {
      expect(Date.parse(line.time)).not.toBeNaN();
      expect(line.msg).toEqual(expect.any(String));
    }
    // Nothing that came in a header is logged at all.
    expect(output).not.toMatch(/authorization|cookie|x-api-key/i);
  });

  it('log a 500 with its request id and stack, and scrub the credential that a careless error message repeats', async () => {
    const { written: errorOutput, stream: errorStream } = captured();
    const app = createApp({ storage: server.running.storage, version: 'test', logger: createLogger({ level: 'info', destination: errorStream }) });
    // A defect of the kind that leaks: an error that quotes the request it failed on.
    app.get('/v1/careless', (c) => {
      throw new Error(`cannot handle ${c.req.url} for ${c.req.header('authorization')}`);
    });
    const listening = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise((resolve) => listening.once('listening', resolve));
    try {
      const { port } = listening.address() as AddressInfo;
      const response = await fetch(`http://127.0.0.1:${port}/v1/careless?token=${SECRET}`, {
        headers: { authorization: `Bearer ${token}`, 'x-request-id': 'log-careless' },
      });
      expect(response.status).toBe(500);
      await response.arrayBuffer();
    } finally {
      await new Promise((resolve) => listening.close(resolve));
    }
    const output = errorOutput.join('');
    expect(output).not.toContain(SECRET);
    expect(output).not.toContain(token.slice(4));
    const [errorLine, requestLine] = parse(errorOutput);
    expect(errorLine).toMatchObject({ level: 'error', requestId: 'log-careless', method: 'GET', path: '/v1/careless', err: { stack: expect.any(String) } });
    expect(errorLine?.msg).toMatch(/^Unhandled error: cannot handle http:\/\/127\.0\.0\.1:\d+\/v1\/careless\?token=\[REDACTED\] for Bearer \[REDACTED\]$/);
    expect(requestLine).toMatchObject({ level: 'warn', requestId: 'log-careless', route: '/v1/careless', status: 500 });
  });
});

describe('redactSecrets', () => {
  it.each([
    ['a bearer token in any case', 'upstream said: authorization: bearer abc.def-123', 'upstream said: authorization: bearer [REDACTED]'],
    ['a URL-encoded bearer token', '/v1/x?h=Bearer%20abc123', '/v1/x?h=Bearer%20[REDACTED]'],
    ['query parameters that name a secret', '/x?id_token=a1&refresh_token=b2&client_secret=c3&password=d4&key=e5&q=ok', '/x?id_token=[REDACTED]&refresh_token=[REDACTED]&client_secret=[REDACTED]&password=[REDACTED]&key=[REDACTED]&q=ok'],
    ['a URL password', 'connect postgres://liaison:hunter2@db.internal:5432/liaison', 'connect postgres://liaison:[REDACTED]@db.internal:5432/liaison'],
    ['a JSON Web Token without its scheme', 'jwt eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl end', 'jwt [REDACTED] end'],
    ['a Basic credential', 'Basic dXNlcjpwYXNzd29yZA==', 'Basic [REDACTED]'],
    ['a Liaison token without its scheme', `printed lia_${'Ab1-_'.repeat(8)}xyz.`, 'printed [REDACTED].'],
  ])('hides %s', (_, text, expected) => {
    expect(redactSecrets(text)).toBe(expected);
  });

  it('keeps ordinary text, search queries and ids readable', () => {
    const text = 'GET /v1/organizations?q=monkey+keys&sector=ED&cursor=abc 200; Basic information; Token expired';
    expect(redactSecrets(text)).toBe(text);
  });
});
