import BetterSqlite3 from 'better-sqlite3';
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
    const other = new BetterSqlite3(server.dbFile);
    other.prepare('insert into organizations (id, sort_name, data) values (?, ?, ?)').run(added.id, organizationSortKey(added)[0], JSON.stringify(added));
    other.close();
    await new Promise((resolve) => setTimeout(resolve, 1_100)); // the index checks at most once a second
    const after = await search('zanzibarite');
    expect(after.items.map((o) => o.id)).toEqual(['demo-zanzibarite-guild']);
    const tag = (await fetch(`${server.url}/v1/organizations?q=zanzibarite`)).headers.get('etag');
    expect(tag).not.toBe(before);
  });
});
