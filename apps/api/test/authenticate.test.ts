import { describe, expect, it } from 'vitest';
import type { CurrentSession } from '@ngo-liaison/core';
import { bearer, issueTestToken } from './credentials.js';
import { useTestServer } from './test-server.js';

const server = useTestServer();

async function session(headers: Record<string, string>) {
  const response = await fetch(`${server.url}/v1/session`, { headers });
  return { response, body: (await response.json()) as CurrentSession & { title?: string; detail?: string; type?: string } };
}

describe('a bearer token over HTTP', () => {
  it('valid: the request is the token holder’s, with their roles', async () => {
    const { token, tokenId, personId } = await issueTestToken(server.running.storage, [{ role: 'ngo-editor', organization: 'icom' }, { role: 'liaison-committee' }], {
      displayName: 'Ada Editor',
    });
    const { response, body } = await session(bearer(token));
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(body.person).toEqual({ id: personId, displayName: 'Ada Editor', email: null });
    expect(body.roles).toEqual(expect.arrayContaining([{ role: 'ngo-editor', organization: 'icom' }, { role: 'liaison-committee' }]));
    expect(body.roles).toHaveLength(2);
    expect(body.credential).toBe('token');
    expect(body.csrfToken).toBeUndefined();
    const [listed] = await server.running.storage.accounts.listTokens({ personId });
    expect(listed?.id).toBe(tokenId);
    expect(listed?.lastUsedAt).not.toBeNull(); // the use was recorded
  });

  it.each([
    ['expired', { expiresAt: new Date(Date.now() - 1000) }, /expired/],
    ['revoked', { revoked: true }, /revoked/],
  ] as const)('%s: 401 problem with WWW-Authenticate: Bearer', async (_, options, detail) => {
    const { token } = await issueTestToken(server.running.storage, [{ role: 'secretariat' }], options);
    const { response, body } = await session(bearer(token));
    expect(response.status).toBe(401);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(response.headers.get('www-authenticate')).toMatch(/^Bearer /);
    expect(body.type).toBe('urn:ngo-liaison:problem:unauthorized');
    expect(body.detail).toMatch(detail);
  });

  it('unknown (well-formed or not): 401, also on a public read — never a silent fall back to anonymous', async () => {
    for (const token of [`lia_${'A'.repeat(43)}`, 'not-a-token']) {
      const { response, body } = await session(bearer(token));
      expect(response.status, token).toBe(401);
      expect(body.detail).toMatch(/not known/);
      const read = await fetch(`${server.url}/v1/organizations`, { headers: bearer(token) });
      expect(read.status).toBe(401);
    }
  });

  it('no credential: anonymous — public reads answer, /v1/session says 401', async () => {
    expect((await fetch(`${server.url}/v1/organizations`)).status).toBe(200);
    const { response } = await session({});
    expect(response.status).toBe(401);
  });

  it('a token revoked after use fails at the next request', async () => {
    const { token, tokenId, personId } = await issueTestToken(server.running.storage, [{ role: 'secretariat' }]);
    expect((await session(bearer(token))).response.status).toBe(200);
    expect(await server.running.storage.accounts.revokeToken(tokenId, personId)).toBe(true);
    expect((await session(bearer(token))).response.status).toBe(401);
  });

  it('the database keeps only a hash of the token', async () => {
    const { token, tokenId } = await issueTestToken(server.running.storage, [{ role: 'secretariat' }]);
    const db = await server.connect();
    try {
      const row = await db.selectFrom('access_tokens').selectAll().where('id', '=', tokenId).executeTakeFirstOrThrow();
      expect(JSON.stringify(row)).not.toContain(token.slice(4));
    } finally {
      await db.destroy();
    }
  });
});
