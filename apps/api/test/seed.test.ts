import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SAMPLE_ORGANIZATIONS } from '@ngo-liaison/core/sample-data';
import { SeedError, startServer } from '../src/index.js';
import { tempDatabase } from '../src/testing/temp-database.js';

const noStatic = { widgetsDir: null, demoDir: null } as const;
const validRecord = SAMPLE_ORGANIZATIONS[0]!;
/** A name in no language: invalid since names need at least one. */
const badRecord = { ...validRecord, id: 'broken-record', name: {} };

describe('first start and seeding', () => {
  it('creates, migrates and seeds the database once; a restart keeps the data', async () => {
    const db = await tempDatabase();
    try {
      const first = await startServer({ port: 0, host: '127.0.0.1', ...db.location, ...noStatic });
      expect(first.seeded).toBe(SAMPLE_ORGANIZATIONS.length);
      await first.close();
      const second = await startServer({ port: 0, host: '127.0.0.1', ...db.location, ...noStatic });
      expect(second.seeded).toBe(0);
      const everyStanding = 'standing=official&standing=pending&standing=former&standing=not-attested';
      const page = (await (await fetch(`${second.url}/v1/organizations?${everyStanding}&limit=1`)).json()) as { total: number };
      expect(page.total).toBe(SAMPLE_ORGANIZATIONS.length);
      await second.close();
    } finally {
      await db.cleanup();
    }
  });

  it('refuses an invalid seed record, names the record and the field, and leaves no database', async () => {
    const db = await tempDatabase();
    try {
      const attempt = startServer({ port: 0, host: '127.0.0.1', ...db.location, seed: [validRecord, badRecord], ...noStatic });
      await expect(attempt).rejects.toBeInstanceOf(SeedError);
      await expect(attempt).rejects.toMatchObject({
        problems: expect.arrayContaining([
          expect.objectContaining({ path: 'organizations[broken-record].name', message: 'needs a name in at least one language' }),
        ]),
      });
      expect(await db.holdsNoData()).toBe(true);
    } finally {
      await db.cleanup();
    }
  });

  it('npm start prints a message, not a stack trace, and exits non-zero on a bad seed file', async () => {
    const db = await tempDatabase();
    try {
      const seedFile = join(mkdtempSync(join(tmpdir(), 'liaison-seed-')), 'seed.json');
      writeFileSync(seedFile, JSON.stringify([badRecord]));
      const main = fileURLToPath(new URL('../dist/main.js', import.meta.url));
      const run = spawnSync(process.execPath, [main], {
        env: { ...process.env, PORT: '0', ...db.env, SEED_FILE: seedFile },
        encoding: 'utf8',
        timeout: 15_000,
      });
      expect(run.status).toBe(1);
      expect(run.stderr).toContain('organizations[broken-record].name: needs a name in at least one language');
      expect(run.stderr).not.toMatch(/\n\s+at /);
      expect(await db.holdsNoData()).toBe(true);
    } finally {
      await db.cleanup();
    }
  });
});
