import { describe, expect, it } from 'vitest';
import { useTestServer } from './test-server.js';

describe('production mode (NODE_ENV=production)', () => {
  const server = useTestServer({ production: true, mail: { secret: 'a production secret for the tests' } });

  it('seeds no sample data and creates no account or invitation', async () => {
    for (const path of ['/v1/organizations', '/v1/events', '/v1/programmes', '/v1/liaison-committee-mandates']) {
      const page = (await (await fetch(`${server.url}${path}`)).json()) as { items: unknown[] };
      expect(page.items, path).toEqual([]);
    }
    expect(server.running.localInvitation).toBeUndefined();
    const db = await server.connect();
    try {
      expect(await db.selectFrom('invitations').select('id').execute()).toEqual([]);
      expect(await db.selectFrom('people').select('id').execute()).toEqual([]);
    } finally {
      await db.destroy();
    }
  });
});

describe('outside production, on a database without accounts', () => {
  const server = useTestServer();

  it('creates a Secretariat invitation whose link opens the sign-in page', async () => {
    const invitation = server.running.localInvitation;
    expect(invitation?.link).toMatch(new RegExp(`^${server.url}/sign-in#invitation=liv_[\\w-]{43}$`));
    const secret = new URL(invitation!.link).hash.slice('#invitation='.length);
    const accepted = await fetch(`${server.url}/v1/invitations/accept`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ secret, displayName: 'First Secretariat', email: 'secretariat@localhost.example', password: 'long enough password' }),
    });
    expect(accepted.status).toBe(201);
    expect(((await accepted.json()) as { roles: unknown[] }).roles).toEqual([{ role: 'secretariat' }]);
  });
});
