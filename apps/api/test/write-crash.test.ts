import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditEntry, Organization } from '@ngo-liaison/core';
import { openStorage, type Storage } from '../src/storage/storage.js';
import { tempDatabase, type TempDatabase } from '../src/testing/temp-database.js';
import { issueTestToken } from './credentials.js';
import { startNodeProcess, type NodeProcess } from './node-process.js';

/*
 * A SIGKILL in the middle of a burst of writes: every write the server acknowledged (200) is
 * stored after the restart, with its audit entry, and no audit entry speaks of a write that
 * is not stored — the write and its entry commit in one transaction. Runs on this run's
 * backend (SQLite file or PostgreSQL) against `node dist/main.js`, as an operator runs it.
 */
const ORGS = ['demo-lanternfish-literacy-network', 'demo-saltmarsh-heritage-collective', 'demo-weathervane-museums-alliance', 'demo-quiet-orbit-science-circle'];
const ENV = { RATE_LIMIT_PER_MINUTE: '0', RATE_LIMIT_ANONYMOUS_PER_MINUTE: '0' };

let db: TempDatabase;
let node: NodeProcess | undefined;
let storage: Storage | undefined;

beforeAll(async () => {
  db = await tempDatabase();
  node = await startNodeProcess({ ...db.env, ...ENV });
}, 120_000);

afterAll(async () => {
  await node?.stop(0);
  await storage?.close();
  await db?.cleanup();
});

describe('a SIGKILL during a burst of writes', () => {
  it('keeps every acknowledged write and its audit entry, and no entry without its write', async () => {
    storage = await openStorage(db.location);
    const { token } = await issueTestToken(storage, [{ role: 'secretariat' }]);
    const acknowledged: { id: string; founded: number; version: number }[] = [];
    let killed = false;

    // One writer per organisation, each sending its next change as soon as the last is acknowledged.
    const writer = async (id: string, offset: number) => {
      let version = 1;
      for (let i = 0; !killed; i++) {
        const founded = 1801 + ((offset * 50 + i) % 290);
        try {
          const response = await fetch(`${node!.url}/v1/organizations/${id}`, {
            method: 'PATCH',
            headers: { authorization: `Bearer ${token}`, 'content-type': 'application/merge-patch+json', 'if-match': `"${version}"` },
            body: JSON.stringify({ founded }),
          });
          if (response.status !== 200) throw new Error(`${id}: ${response.status} ${await response.text()}`);
          version = Number(((await response.json()) as { version: string }).version);
          acknowledged.push({ id, founded, version });
        } catch (error) {
          if (killed) return; // the connection died with the process: not acknowledged
          throw error;
        }
      }
    };
    const writers = ORGS.map((id, i) => writer(id, i));
    await new Promise<void>((resolve) => {
      const check = setInterval(() => {
        if (acknowledged.length >= 40) {
          clearInterval(check);
          resolve();
        }
      }, 5);
    });
    killed = true;
    node!.child.kill('SIGKILL');
    await Promise.all(writers);
    expect(acknowledged.length).toBeGreaterThanOrEqual(40);

    // Reopen: a fresh connection, then a new server process on the same database.
    await storage.close();
    storage = await openStorage(db.location);
    node = await startNodeProcess({ ...db.env, ...ENV });
    const entries = (await storage.db.selectFrom('audit_log').select('data').where('action', '=', 'organization.update').execute()).map(
      (row) => JSON.parse(row.data) as AuditEntry
    );
    for (const id of ORGS) {
      const stored = (await storage.organizations.versioned(id))!;
      const mine = acknowledged.filter((write) => write.id === id);
      const last = mine.at(-1)!;
      // Acknowledged writes are there: the stored version is at least the last acknowledged one…
      expect(Number(stored.version), id).toBeGreaterThanOrEqual(last.version);
      // …each with its audit entry, and every committed version has exactly one entry.
      const audited = entries.filter((entry) => entry.entity.id === id).map((entry) => (entry.after as Organization).founded);
      for (const write of mine) expect(audited, `${id} founded ${write.founded}`).toContain(write.founded);
      expect(audited.length, id).toBe(Number(stored.version) - 1);
      // The restarted server serves what is stored.
      const served = (await (await fetch(`${node.url}/v1/organizations/${id}`)).json()) as Organization;
      expect(served.founded).toBe(stored.organization.founded);
    }
  }, 120_000);
});
