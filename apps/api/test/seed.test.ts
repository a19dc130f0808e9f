import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SAMPLE_ORGANIZATIONS } from '@ngo-liaison/core/sample-data';
import { SeedError, startServer } from '../src/index.js';
import { tempDbFile } from './temp-db.js';

const noStatic = { widgetsDir: null, demoDir: null } as const;
const validRecord = SAMPLE_ORGANIZATIONS[0]!;
/** A name in no language: invalid since names need at least one. */
const badRecord = { ...validRecord, id: 'broken-record', name: {} };

describe('first start and seeding', () => {
  it('creates, migrates and seeds the database once; a restart keeps the data', async () => {
    const db = tempDbFile();
    try {
      const first = await startServer({ port: 0, host: '127.0.0.1', dbFile: db.file, ...noStatic });
      expect(first.seeded).toBe(SAMPLE_ORGANIZATIONS.length);
      await first.close();
      const second = await startServer({ port: 0, host: '127.0.0.1', dbFile: db.file, ...noStatic });
      expect(second.seeded).toBe(0);
      const everyStanding = 'standing=official&standing=pending&standing=former&standing=not-attested';
      const page = (await (await fetch(`${second.url}/v1/organizations?${everyStanding}&limit=1`)).json()) as { total: number };
      expect(page.total).toBe(SAMPLE_ORGANIZATIONS.length);
      await second.close();
    } finally {
      db.cleanup();
    }
  });

  it('refuses an invalid seed record, names the record and the field, and leaves no database', async () => {
    const db = tempDbFile();
    try {
      const attempt = startServer({ port: 0, host: '127.0.0.1', dbFile: db.file, seed: [validRecord, badRecord], ...noStatic });
      await expect(attempt).rejects.toBeInstanceOf(SeedError);
      await expect(attempt).rejects.toMatchObject({
        problems: expect.arrayContaining([expect.objectContaining({ path: 'organizations[broken-record].name', message: 'needs a name in at least one language' })]),
      });
      expect(existsSync(db.file)).toBe(false);
    } finally {
      db.cleanup();
    }
  });

  it('npm start prints a message, not a stack trace, and exits non-zero on a bad seed file', () => {
    const db = tempDbFile();
    try {
      const seedFile = `${db.file}.seed.json`;
      writeFileSync(seedFile, JSON.stringify([badRecord]));
      const main = fileURLToPath(new URL('../dist/main.js', import.meta.url));
      const run = spawnSync(process.execPath, [main], {
        env: { ...process.env, PORT: '0', DATABASE_FILE: db.file, SEED_FILE: seedFile },
        encoding: 'utf8',
        timeout: 15_000,
      });
      expect(run.status).toBe(1);
      expect(run.stderr).toContain('organizations[broken-record].name: needs a name in at least one language');
      expect(run.stderr).not.toMatch(/\n\s+at /);
      expect(existsSync(db.file)).toBe(false);
    } finally {
      db.cleanup();
    }
  });
});
