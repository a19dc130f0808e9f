import BetterSqlite3 from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect } from 'kysely';
import { describe, expect, it } from 'vitest';
import { REAL_ORGANIZATIONS } from '@ngo-liaison/core/sample-data';
import { migrationProvider } from '../src/storage/migrations.js';
import { openDatabase } from '../src/storage/database.js';
import { tempDbFile } from './temp-db.js';

/*
 * Migration 0004_partnership_evidence over a real SQLite file: a database left at 0003 with
 * organisations stored in the shape of before issue 11 (literal JSON of that time), then the
 * server's own migrate (openDatabase).
 */

const OLD_IAU = `{"id":"iau","kind":"ngo","name":{"en":"International Association of Universities","fr":"Association internationale des universités"},"acronym":{"en":"IAU"},"headquarters":{"city":"Paris","country":"FR"},"website":"https://iau.global/","sectors":["ED"],"fieldsOfInterest":["higher education"],"partnership":[{"status":"official-unspecified","sourceUrl":"https://iau.global/about"}],"contacts":[],"identifiers":[],"provenance":{"sourceUrls":["https://iau.global/about"],"asOf":"2026-11-20","verified":true,"fictional":false}}`;

const OLD_DEMO = `{"id":"demo-old-shape","kind":"ngo","name":{"en":"Old Shape Union","fr":"Old Shape Union"},"scope":"international","headquarters":{"city":"Dakar","country":"SN"},"sectors":["ED"],"fieldsOfInterest":[],"partnership":[{"status":"unverified","sourceUrl":"https://old-shape.example.org/news"},{"status":"official-unspecified","legacyStatus":"B","from":1965},{"status":"associate","from":2012,"to":2020,"decidedBy":"EB"},{"status":"associate","from":2021,"to":2029,"decidedBy":"EB","decisionRef":"211 EX/Decision 5 (fictional)","sourceUrl":"https://old-shape.example.org/unesco"}],"contacts":[],"identifiers":[],"provenance":{"sourceUrls":[],"asOf":"2026-11-26","verified":false,"fictional":true}}`;

/** Cannot become a valid organisation: a partnership year before UNESCO existed. */
const OLD_BROKEN = `{"id":"zz-broken","kind":"ngo","name":{"en":"Broken","fr":"Cassé"},"sectors":["ED"],"fieldsOfInterest":[],"partnership":[{"status":"consultative","from":1800}],"contacts":[],"identifiers":[],"provenance":{"sourceUrls":[],"asOf":"2026-11-26","verified":false,"fictional":true}}`;

type Row = { id: string; sort_name: string; data: string };

/** A database at migration 0003 holding `records` as the server stored them then. */
async function databaseAt0003(file: string, records: string[]): Promise<void> {
  const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: new BetterSqlite3(file) }) });
  try {
    const { error } = await new Migrator({ db, provider: migrationProvider('sqlite') }).migrateTo('0003_programmes');
    if (error) throw error;
  } finally {
    await db.destroy();
  }
  const raw = new BetterSqlite3(file);
  const insert = raw.prepare('insert into organizations (id, sort_name, data) values (?, ?, ?)');
  for (const data of records) {
    const org = JSON.parse(data) as { id: string; name: { en: string } };
    insert.run(org.id, org.name.en.toLowerCase(), data);
  }
  raw.close();
}

function readTable(file: string): { rows: Row[]; migrations: string[] } {
  const raw = new BetterSqlite3(file, { readonly: true });
  try {
    const rows = raw.prepare('select id, sort_name, data from organizations order by id').all() as Row[];
    const migrations = (raw.prepare('select name from kysely_migration order by name').all() as { name: string }[]).map((r) => r.name);
    return { rows, migrations };
  } finally {
    raw.close();
  }
}

describe('migration 0004_partnership_evidence', () => {
  it('replaces a real organisation by its corrected sample record and upgrades the others', async () => {
    const db = tempDbFile();
    try {
      await databaseAt0003(db.file, [OLD_IAU, OLD_DEMO]);
      await (await openDatabase({ dbFile: db.file })).db.destroy();
      const { rows, migrations } = readTable(db.file);
      expect(migrations).toContain('0004_partnership_evidence');
      const byId = new Map(rows.map((row) => [row.id, JSON.parse(row.data) as Record<string, unknown>]));
      expect(byId.get('iau')).toEqual(JSON.parse(JSON.stringify(REAL_ORGANIZATIONS.find((org) => org.id === 'iau'))));
      expect(byId.get('demo-old-shape')).toMatchObject({
        name: { en: 'Old Shape Union' },
        partnership: [
          { category: 'category-b', from: 1965, evidence: [] },
          { category: 'associate', from: 2012, decidedBy: 'EB', evidence: [] },
          {
            category: 'associate',
            from: 2021,
            to: 2029,
            decisionRef: '211 EX/Decision 5 (fictional)',
            evidence: [{ source: 'third-party', url: 'https://old-shape.example.org/unesco', asOf: '2026-11-26' }],
          },
        ],
        cooperation: [{ source: 'third-party', url: 'https://old-shape.example.org/news', asOf: '2026-11-26' }],
      });
      const demo = byId.get('demo-old-shape') as { name: object; partnership: object[] };
      expect(demo.name).not.toHaveProperty('fr');
      expect(demo.partnership[1]).not.toHaveProperty('to');
      expect(rows.map((row) => row.data).join()).not.toMatch(/"status"|"legacyStatus"|"sourceUrl"/);
    } finally {
      db.cleanup();
    }
  });

  it('fails on a record it cannot upgrade, naming it, and leaves the table as it was', async () => {
    const db = tempDbFile();
    try {
      await databaseAt0003(db.file, [OLD_IAU, OLD_DEMO, OLD_BROKEN]);
      const before = readTable(db.file);
      await expect(openDatabase({ dbFile: db.file })).rejects.toThrow(
        /migration 0004_partnership_evidence failed: .*organizations\[zz-broken\]\.partnership\[0\]\.from/
      );
      const after = readTable(db.file);
      expect(after.rows).toEqual(before.rows);
      expect(after.migrations).not.toContain('0004_partnership_evidence');
    } finally {
      db.cleanup();
    }
  });
});
