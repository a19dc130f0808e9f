import { describe, expect, it } from 'vitest';
import { useTestServer } from './test-server.js';

const server = useTestServer();

const requestIdFor = async (sent: string) => {
  const response = await fetch(`${server.url}/healthz`, { headers: { 'x-request-id': sent } });
  await response.arrayBuffer();
  return response.headers.get('x-request-id') ?? '';
};

describe('X-Request-Id', () => {
  it('adopts a client id of a safe shape, so logs and client errors can be matched', async () => {
    expect(await requestIdFor('checkout-7f3a_2026-12-03')).toBe('checkout-7f3a_2026-12-03');
    const longest = 'a'.repeat(128);
    expect(await requestIdFor(longest)).toBe(longest);
  });

  it.each([
    ['longer than 128 characters', 'a'.repeat(129)],
    ['with spaces', 'a b'],
    ['with markup', '<script>'],
    ['with a quote', 'x"y'],
  ])('replaces a client id %s with a generated one', async (_, sent) => {
    const id = await requestIdFor(sent);
    expect(id).not.toBe(sent);
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
  });
});
