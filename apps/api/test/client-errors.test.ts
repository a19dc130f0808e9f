import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { Problem, safeParse } from '@ngo-liaison/core';
import { useTestServer } from './test-server.js';

const server = useTestServer();

/** Sends `raw` bytes as they are and returns everything the server wrote before it closed. */
function exchange(raw: string): Promise<string> {
  return new Promise((resolve, reject) => {
    let received = '';
    const socket = connect(server.port, '127.0.0.1', () => socket.write(raw));
    socket.on('data', (chunk) => (received += chunk.toString('utf8')));
    socket.on('error', reject);
    socket.on('close', () => resolve(received));
  });
}

/** The status line's code and the parsed problem of a raw HTTP/1.1 response. */
function parse(response: string): { status: number; type: string | undefined; problem: unknown } {
  const [head = '', body = ''] = response.split('\r\n\r\n');
  const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1]);
  const type = /^content-type: *(.+)$/im.exec(head)?.[1]?.trim();
  return { status, type, problem: body ? JSON.parse(body) : undefined };
}

/*
 * Requests Node's HTTP parser refuses before the app sees them: they get a problem+json like
 * every other 4xx (Node's own answers have no body at all).
 */
describe('requests the HTTP parser refuses', () => {
  it.each([
    ['a URL over 16 KB', 431, `GET /v1/organizations?q=${'a'.repeat(20_000)} HTTP/1.1\r\nHost: x\r\n\r\n`],
    ['a header over 16 KB', 431, `GET /v1/organizations HTTP/1.1\r\nHost: x\r\nX-Long: ${'a'.repeat(20_000)}\r\n\r\n`],
    ['a malformed header line', 400, 'GET /v1/organizations HTTP/1.1\r\nHost x\r\n\r\n'],
    ['a request line that is not HTTP', 400, 'HELLO\r\n\r\n'],
  ])('answers %s with a %i problem+json and closes', async (_, status, raw) => {
    const answer = parse(await exchange(raw));
    expect(answer.status).toBe(status);
    expect(answer.type).toBe('application/problem+json');
    const problem = safeParse(Problem, answer.problem);
    expect(problem.success).toBe(true);
    expect(problem.data?.status).toBe(status);
  });

  it('still serves the next client', async () => {
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });
});
