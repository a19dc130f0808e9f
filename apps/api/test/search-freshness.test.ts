import BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organizationSortKey, type Organization } from '@ngo-liaison/core';
import { FICTIONAL_ORGANIZATIONS } from '@ngo-liaison/core/sample-data';
import { startServer, type RunningServer } from '../src/index.js';
import { tempDbFile } from './temp-db.js';

let server: RunningServer;
const db = tempDbFile();

beforeAll(async () => {
  server = await startServer({ port: 0, host: '127.0.0.1', dbFile: db.file, widgetsDir: null, demoDir: null });
});
afterAll(async () => {
  await server.close();
  db.cleanup();
});

const search = async (q: string) =>
  (await (await fetch(`${server.url}/v1/organizations?q=${encodeURIComponent(q)}`)).json()) as { items: Organization[]; total: number };

describe('search index freshness', () => {
  it('picks up a record another process wrote to the database, and changes the ETag', async () => {
    expect((await search('zanzibarite')).total).toBe(0);
    const before = (await fetch(`${server.url}/v1/organizations?q=zanzibarite`)).headers.get('etag');
    const added: Organization = { ...FICTIONAL_ORGANIZATIONS[0]!, id: 'demo-zanzibarite-guild', name: { en: 'Zanzibarite Guild', fr: 'Guilde zanzibarite' } };
    const other = new BetterSqlite3(db.file);
    other.prepare('insert into organizations (id, sort_name, data) values (?, ?, ?)').run(added.id, organizationSortKey(added)[0], JSON.stringify(added));
    other.close();
    await new Promise((resolve) => setTimeout(resolve, 1_100)); // the index checks at most once a second
    const after = await search('zanzibarite');
    expect(after.items.map((o) => o.id)).toEqual(['demo-zanzibarite-guild']);
    const tag = (await fetch(`${server.url}/v1/organizations?q=zanzibarite`)).headers.get('etag');
    expect(tag).not.toBe(before);
  });
});
