import { openSync, writeSync, closeSync } from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { startServer } from '../src/index.js';
import { tempDbFile } from './temp-db.js';

const noStatic = { widgetsDir: null, demoDir: null, port: 0, host: '127.0.0.1' } as const;

/** Overwrites the root page of a table with garbage, as a failing disk or a stray write would. */
function damageTable(file: string, table: string): void {
  const db = new BetterSqlite3(file);
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  const { rootpage } = db.prepare('select rootpage from sqlite_master where type = ? and name = ?').get('table', table) as { rootpage: number };
  db.close(); // checkpoints the WAL into the file
  const fd = openSync(file, 'r+');
  writeSync(fd, Buffer.alloc(pageSize, 0xab), 0, pageSize, (rootpage - 1) * pageSize);
  closeSync(fd);
}

describe('storage health', () => {
  it('refuses to start on a damaged database file, naming the file and the check', async () => {
    const db = tempDbFile();
    try {
      const first = await startServer({ ...noStatic, dbFile: db.file });
      await first.close();
      damageTable(db.file, 'events');
      const start = startServer({ ...noStatic, dbFile: db.file });
      await expect(start).rejects.toThrow(db.file);
      await expect(start).rejects.toThrow(/integrity check \(PRAGMA quick_check\)/);
    } finally {
      db.cleanup();
    }
  });

  it('answers /healthz with 503 problem+json when a table is gone, as the routes that need it fail', async () => {
    const db = tempDbFile();
    const server = await startServer({ ...noStatic, dbFile: db.file });
    try {
      const healthy = await fetch(`${server.url}/healthz`);
      expect(healthy.status).toBe(200);
      expect(await healthy.json()).toMatchObject({ status: 'ok', storage: 'sqlite' });

      const other = new BetterSqlite3(db.file);
      other.exec('drop table events');
      other.close();

      expect((await fetch(`${server.url}/v1/events`)).status).toBe(500);
      const health = await fetch(`${server.url}/healthz`);
      expect(health.status).toBe(503);
      expect(health.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(health.headers.get('cache-control')).toBe('no-store');
      const problem = (await health.json()) as { status: number; type: string; detail: string };
      expect(problem).toMatchObject({ status: 503, type: 'urn:ngo-liaison:problem:unavailable' });
      expect(problem.detail).toContain('events');
    } finally {
      await server.close();
      db.cleanup();
    }
  });
});
