import { describe, expect, it } from 'vitest';
import { organizationSortKey, type Organization } from '@ngo-liaison/core';
import { FICTIONAL_ORGANIZATIONS } from '@ngo-liaison/core/sample-data';
import { useTestServer } from './test-server.js';

const server = useTestServer();

const search = async (q: string) =>
  (await (await fetch(`${server.url}/v1/organizations?q=${encodeURIComponent(q)}`)).json()) as { items: Organization[]; total: number };

describe('search index freshness', () => {
  it('picks up a record another process wrote to the database, and changes the ETag', async () => {
    expect((await search('zanzibarite')).total).toBe(0);
    const before = (await fetch(`${server.url}/v1/organizations?q=zanzibarite`)).headers.get('etag');
    const added: Organization = { ...FICTIONAL_ORGANIZATIONS[0]!, id: 'demo-zanzibarite-guild', name: { en: 'Zanzibarite Guild', fr: 'Guilde zanzibarite' } };
    const other = await server.connect();
    try {
      await other
        .insertInto('organizations')
        .values({ id: added.id, sort_name: organizationSortKey(added)[0], data: JSON.stringify(added) })
        .execute();
    } finally {
      await other.destroy();
    }
    // The node learns of the write from the database's change log, read every 200 ms.
    await expect.poll(async () => (await search('zanzibarite')).total, { timeout: 2_000, interval: 50 }).toBe(1);
    const after = await search('zanzibarite');
    expect(after.items.map((o) => o.id)).toEqual(['demo-zanzibarite-guild']);
    const tag = (await fetch(`${server.url}/v1/organizations?q=zanzibarite`)).headers.get('etag');
    expect(tag).not.toBe(before);
  });
});
