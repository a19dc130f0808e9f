import { writeFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organizationSortKey, type Organization } from '@ngo-liaison/core';
import { generateSyntheticDirectory } from '@ngo-liaison/core/synthetic';
import { tempDatabase, type TempDatabase } from '../src/testing/temp-database.js';
import { startNodeProcess, type NodeProcess } from './node-process.js';

/*
 * Two real server processes on one PostgreSQL database holding 10,000 organisations, started
 * together on the empty database: migrations and seeding happen once, and a change written
 * by a third party (as the command line or another node does) is served by both within 1 s.
 */
const SIZE = 10_000;
const CHANGES = 20;

let db: TempDatabase;
let nodes: NodeProcess[] = [];

beforeAll(async () => {
  db = await tempDatabase();
  const seedFile = join(mkdtempSync(join(tmpdir(), 'liaison-nodes-')), 'seed.json');
  writeFileSync(seedFile, JSON.stringify(generateSyntheticDirectory({ size: SIZE, seed: 7 })));
  nodes = await Promise.all([startNodeProcess({ ...db.env, SEED_FILE: seedFile }), startNodeProcess({ ...db.env, SEED_FILE: seedFile })]);
  // Each node builds its index on the first search.
  await Promise.all(nodes.map((node) => fetch(`${node.url}/v1/organizations?q=warm`)));
}, 240_000);

afterAll(async () => {
  await Promise.all(nodes.map((node) => node.stop()));
  await db?.cleanup();
});

/** Whether `node` finds organisation `id` by searching `q` (the renamed organisation ranks first: its name has the word exactly). */
const finds = async (node: NodeProcess, q: string, id: string) => {
  const everyStanding = 'standing=official&standing=pending&standing=former&standing=not-attested';
  const page = (await (await fetch(`${node.url}/v1/organizations?q=${encodeURIComponent(q)}&${everyStanding}&limit=3`)).json()) as { items: { id: string }[] };
  return page.items.some((item) => item.id === id);
};

describe('two API nodes on one PostgreSQL', () => {
  it('migrated and seeded the empty database once, though both started on it together', async () => {
    const other = await db.connect();
    try {
      const migrations = await other
        .selectFrom('kysely_migration' as never)
        .select('name' as never)
        .execute();
      expect(new Set(migrations.map((m) => (m as { name: string }).name)).size).toBe(migrations.length);
      const { n } = await other
        .selectFrom('organizations')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      expect(Number(n)).toBe(SIZE);
    } finally {
      await other.destroy();
    }
    expect(nodes.filter((node) => /seeded with 10,?000 organisations/.test(node.output()))).toHaveLength(1);
  });

  it(`serves a change written behind their backs on both nodes within 1 s (p95 over ${CHANGES} changes)`, async () => {
    const other = await db.connect();
    const latencies: number[] = [];
    try {
      const rows = await other.selectFrom('organizations').select(['id', 'data']).orderBy('id').limit(CHANGES).execute();
      for (const [i, row] of rows.entries()) {
        const token = `quokkaword${i}x`;
        const org = JSON.parse(row.data) as Organization;
        const renamed: Organization = { ...org, name: { ...org.name, en: `${org.name.en ?? 'Organisation'} ${token}` } };
        const written = performance.now();
        await other
          .updateTable('organizations')
          .set({ data: JSON.stringify(renamed), sort_name: organizationSortKey(renamed)[0] })
          .where('id', '=', row.id)
          .execute();
        await Promise.all(
          nodes.map(async (node) => {
            while (!(await finds(node, token, row.id))) {
              if (performance.now() - written > 10_000) throw new Error(`${node.url} did not serve change ${i} within 10 s`);
              await new Promise((resolve) => setTimeout(resolve, 10));
            }
            latencies.push(performance.now() - written);
          })
        );
      }
    } catch (error) {
      throw new Error(`${String(error)}\n${nodes.map((node) => node.output().slice(-2000)).join('\n---\n')}`, { cause: error });
    } finally {
      await other.destroy();
    }
    latencies.sort((a, b) => a - b);
    const p95 = latencies[Math.ceil(latencies.length * 0.95) - 1]!;
    const p50 = latencies[Math.floor(latencies.length / 2)]!;
    console.log(
      `change served by both nodes at ${SIZE} organisations: p50 ${Math.round(p50)} ms, p95 ${Math.round(p95)} ms, max ${Math.round(latencies.at(-1)!)} ms`
    );
    expect(p95).toBeLessThan(1_000);
  }, 120_000);
});
