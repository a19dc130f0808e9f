import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organizationsToCsv, toCsv, type Organization } from '@ngo-liaison/core';
import { generateSyntheticDirectory } from '@ngo-liaison/core/synthetic';
import { startServer, type RunningServer } from '../src/index.js';
import type { Database } from '../src/storage/schema.js';
import { tempDatabase, type TempDatabase } from '../src/testing/temp-database.js';
import { everyRow, runCli, startCli } from './run-cli.js';

const noStatic = { widgetsDir: null, demoDir: null } as const;
const EVERY_STANDING = ['official', 'pending', 'former', 'not-attested'];
const everyStandingFlags = EVERY_STANDING.flatMap((s) => ['--standing', s]);
const dir = mkdtempSync(join(tmpdir(), 'liaison-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The rows of every served table and the change log's last position: a write to any table shows. */
async function stateOf(db: Kysely<Database>) {
  const last = await db.selectFrom('change_log').select((eb) => eb.fn.max('seq').as('seq')).executeTakeFirstOrThrow();
  return { rows: await everyRow(db), changeLog: Number(last.seq ?? 0) };
}

/** A CSV file written as a spreadsheet would save it (RFC 4180, CRLF). */
function writeCsv(name: string, table: string[][]): string {
  const file = join(dir, name);
  writeFileSync(file, toCsv(table, { bom: false }));
  return file;
}

const readCsv = (text: string) => parse(text, { bom: true }) as string[][];

describe('liaison organizations export / import', { timeout: 60_000 }, () => {
  // Each test runs the built command line several times (~1 s each alone, more when the suite loads both cores).
  let db: TempDatabase;
  let server: RunningServer;
  let exported: string;
  beforeAll(async () => {
    db = await tempDatabase();
    server = await startServer({ port: 0, host: '127.0.0.1', ...db.location, ...noStatic });
    const run = await runCli(['organizations', 'export', ...everyStandingFlags], db.env);
    if (run.status !== 0) throw new Error(`organizations export failed: ${run.stderr}`);
    exported = join(dir, 'all.csv');
    writeFileSync(exported, run.stdout);
  });
  afterAll(async () => {
    await server?.close();
    await db?.cleanup();
  });
  const inspect = async <T>(read: (db: Kysely<Database>) => Promise<T>) => {
    const connection = await db.connect();
    try {
      return await read(connection);
    } finally {
      await connection.destroy();
    }
  };

  it('exports exactly what GET /v1/organizations.csv answers for the same filters', async () => {
    // Bytes, not text: fetch's text() would drop the byte-order mark the export starts with.
    const served = async (query: string) => Buffer.from(await (await fetch(`${server.url}/v1/organizations.csv?${query}`)).arrayBuffer());
    const csv = readFileSync(exported);
    expect(csv.equals(await served(EVERY_STANDING.map((s) => `standing=${s}`).join('&')))).toBe(true);
    expect(csv.toString('utf8').startsWith('\uFEFFid,name_ar,')).toBe(true);
    expect(readCsv(csv.toString('utf8')).length - 1).toBe(server.seeded);

    const cultureOnly = await runCli(['organizations', 'export', '--sector', 'CLT'], db.env);
    expect(cultureOnly.status).toBe(0);
    expect(Buffer.from(cultureOnly.stdout).equals(await served('sector=CLT'))).toBe(true);
    expect(readCsv(cultureOnly.stdout).length).toBeLessThan(readCsv(csv.toString('utf8')).length);
  });

  it('refuses an unknown flag or facet value with exit code 2 and a one-line message', async () => {
    const flag = await runCli(['organizations', 'export', '--standings', 'official'], db.env);
    expect(flag.status).toBe(2);
    expect(flag.stderr).toContain("Unknown option '--standings'");
    const value = await runCli(['organizations', 'export', '--standing', 'honorary'], db.env);
    expect(value.status).toBe(2);
    expect(value.stderr).toMatch(/^liaison organizations export: --standing: .*honorary/);
    expect(value.stdout).toBe('');
    const command = await runCli(['organisations', 'export'], db.env);
    expect(command.status).toBe(2);
    expect(command.stderr).toContain('unknown command "organisations"');
  });

  it('imports its own export back without changing a row or logging a change', async () => {
    const before = await inspect(stateOf);
    const run = await runCli(['organizations', 'import', exported], db.env);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toBe(`${server.seeded} rows: 0 new, 0 updated, ${server.seeded} unchanged; committed\n`);
    expect(await inspect(stateOf)).toEqual(before);
  });

  it('reports every problem of a bad file by row and column, and writes nothing', async () => {
    const before = await inspect(stateOf);
    const [header, ...rows] = readCsv(readFileSync(exported, 'utf8'));
    const at = (column: string) => header!.indexOf(column);
    const bad = rows.map((row) => [...row]);
    bad[2]![at('hq_country')] = 'XX'; // row 4 of the file (the header is row 1)
    bad[4]![at('founded')] = 'nineteen-forty'; // row 6
    bad[5]![at('standing')] = 'official-ish'; // row 7: computed, not editable
    bad[6]![at('name_en')] = 'Renamed by the import'; // a valid change: must not be written either
    const file = writeCsv('bad.csv', [header!, ...bad]);
    const run = await runCli(['organizations', 'import', file], db.env);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('3 problems; nothing was imported');
    expect(run.stderr).toContain('row 4, column hq_country: unknown country code "XX"');
    expect(run.stderr).toContain('row 6, column founded: must be a year such as 1946, got "nineteen-forty"');
    expect(run.stderr).toMatch(/row 7, column standing: cannot be changed by import \(computed from the partnership history\)/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(await inspect(stateOf)).toEqual(before);

    const missing = writeCsv('missing.csv', [header!.filter((c) => c !== 'as_of'), ...rows.map((r) => r.filter((_, i) => i !== at('as_of')))]);
    const noColumn = await runCli(['organizations', 'import', missing], db.env);
    expect(noColumn.status).toBe(1);
    expect(noColumn.stderr).toContain('row 1, column as_of: missing column');
  });

  it('a server running on the database serves an imported organisation within a second', async () => {
    const [header, ...rows] = readCsv(readFileSync(exported, 'utf8'));
    const at = (column: string) => header!.indexOf(column);
    const added = header!.map(() => '');
    Object.assign(added, {
      [at('id')]: 'demo-imported-guild',
      [at('name_en')]: 'Imported Guild of Lighthouse Keepers',
      [at('kind')]: 'ngo',
      [at('sectors')]: 'CLT',
      [at('fields_of_interest')]: 'museums',
      [at('as_of')]: '2026-12-01',
      [at('verified')]: 'false',
      [at('fictional')]: 'true',
    });
    const renamed = [...rows[0]!];
    renamed[at('name_en')] = 'Renamed Through The Command Line';
    const file = writeCsv('new.csv', [header!, renamed, added]);
    const dryRun = await runCli(['organizations', 'import', file, '--dry-run'], db.env);
    expect(dryRun.stdout).toBe('2 rows: 1 new, 1 updated, 0 unchanged (dry run: nothing written)\n');
    expect((await fetch(`${server.url}/v1/organizations/demo-imported-guild`)).status).toBe(404);
    const run = await runCli(['organizations', 'import', file], db.env);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^2 rows: 1 new, 1 updated, 0 unchanged; committed/);
    const imported = Date.now();
    await expect
      .poll(async () => (await fetch(`${server.url}/v1/organizations/demo-imported-guild`)).status, { timeout: 1_000, interval: 25 })
      .toBe(200);
    const seenAfter = Date.now() - imported;
    const org = (await (await fetch(`${server.url}/v1/organizations/${renamed[at('id')]}`)).json()) as Organization;
    expect(org.name.en).toBe('Renamed Through The Command Line');
    expect(seenAfter).toBeLessThan(1_000);
  });
});

describe('an import killed with SIGKILL', () => {
  it('leaves the database as before or fully imported, never between', { timeout: 120_000 }, async () => {
    const db = await tempDatabase();
    try {
      const seeding = await startServer({ port: 0, host: '127.0.0.1', ...db.location, ...noStatic });
      await seeding.close();
      // 10,000 new organisations (the scale), without the columns import does not write.
      const records = generateSyntheticDirectory({ size: 10_000, seed: 12 }).map(
        ({ acronym: _a, formerNames: _f, cooperation: _c, ...org }) => ({ ...org, partnership: [], contacts: [] }) as Organization,
      );
      const file = join(dir, 'large.csv');
      writeFileSync(file, organizationsToCsv(records));
      const connection = await db.connect();
      try {
        const before = await stateOf(connection);
        const { child, done } = startCli(['organizations', 'import', file], db.env);
        child.stderr!.on('data', (chunk: string) => {
          if (chunk.includes('written ')) child.kill('SIGKILL'); // the first batch is in the open transaction
        });
        const run = await done;
        expect(run.signal, `${run.stdout}\n${run.stderr}`).toBe('SIGKILL');
        expect(run.stderr).toMatch(/written \d+\/10000 \(not committed yet\)/);

        const after = await stateOf(connection);
        const ids = new Set((after.rows.organizations as { id: string }[]).map((row) => row.id));
        const imported = records.filter((org) => ids.has(org.id)).length;
        // Either nothing of the file is stored, or all of it; the other tables never change.
        expect([0, records.length]).toContain(imported);
        expect({ ...after.rows, organizations: [] }).toEqual({ ...before.rows, organizations: [] });
        const fileIds = new Set(records.map((org) => org.id));
        expect((after.rows.organizations as { id: string }[]).filter((row) => !fileIds.has(row.id))).toEqual(before.rows.organizations);
        if (imported === 0) expect(after).toEqual(before);
        // The same file, not interrupted, imports whole: the rollback above was the kill's doing.
        const whole = await runCli(['organizations', 'import', file], db.env);
        expect(whole.status, whole.stderr).toBe(0);
        expect(whole.stdout).toMatch(new RegExp(`^${records.length} rows: ${imported ? 0 : records.length} new`));
        const stored = await connection.selectFrom('organizations').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
        expect(Number(stored.n)).toBe(before.rows.organizations!.length + records.length);
        console.info(`SIGKILL during import (${db.env.DATABASE_URL ? 'PostgreSQL' : 'SQLite'}): ${imported === 0 ? 'rolled back, database as before' : 'had committed: fully imported'}`);
      } finally {
        await connection.destroy();
      }
    } finally {
      await db.cleanup();
    }
  });
});
