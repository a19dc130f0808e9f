// How should the server search? Measured, not guessed: core's in-memory index built from
// the SQLite table (what the API does) against SQLite FTS5 over a column normalised by the
// same tokeniser (the "store normalised columns" option), on the same synthetic directory
// and keystrokes. Needs the core dist (`cd packages/core && npx tsup`).
// BENCH_SMOKE=1: 1k organisations; BENCH_SIZE=100000 for the large case.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { createOrganizationIndex, indexTokens, tokenize } from '@ngo-liaison/core';
import { COUNTRIES } from '@ngo-liaison/core/reference';
import { generateSyntheticDirectory } from '@ngo-liaison/core/synthetic';

const SMOKE = process.env.BENCH_SMOKE === '1';
const SIZE = Number(process.env.BENCH_SIZE ?? (SMOKE ? 1_000 : 10_000));
const phrases = ['musees', 'international council', 'ocean science', 'heron', 'мир', '博物馆', 'مؤسسة', 'litreacy', 'community radio'];
const keystrokes = phrases.flatMap((p) => [...p].map((_, i) => [...p].slice(0, i + 1).join('')).filter((q) => !q.endsWith(' ')));
const probes = [['typo "litreacy"', 'litreacy'], ['swap "netwrok"', 'netwrok'], ['accents "musees"', 'musees'], ['Chinese "博物馆"', '博物馆']];

const orgs = generateSyntheticDirectory({ size: SIZE, seed: 42 });
const dir = mkdtempSync(join(tmpdir(), 'liaison-store-'));
const db = new Database(join(dir, 'store.db'));
db.pragma('journal_mode = WAL');
db.exec('create table organizations (id text primary key, data text not null)');
const insert = db.prepare('insert into organizations (id, data) values (?, ?)');
db.transaction(() => orgs.forEach((o) => insert.run(o.id, JSON.stringify(o))))();

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};
const time = (f) => {
  const t = performance.now();
  const value = f();
  return [performance.now() - t, value];
};
const timeQueries = (run) => {
  for (const q of keystrokes) run(q); // warm-up
  return keystrokes.map((q) => Math.min(...[0, 1, 2].map(() => time(() => run(q))[0])));
};

// A: core's index, built from the table.
// Run with --expose-gc (npm run bench:store does) for a meaningful memory figure.
const heap = () => (globalThis.gc?.(), process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers);
const heapBefore = heap();
const [loadMs, index] = time(() =>
  createOrganizationIndex(db.prepare('select data from organizations').all().map((r) => JSON.parse(r.data)), { countries: COUNTRIES }),
);
const heapIndex = (heap() - heapBefore) / 1e6;
const memory = timeQueries((q) => index.search({ q, limit: 20 }));

// B: FTS5 over the same tokens, stored in a column (prefix queries, bm25, plus the count).
const fieldText = (o) =>
  [...Object.values(o.name), ...Object.values(o.acronym ?? {}), ...o.fieldsOfInterest, o.headquarters?.city ?? '', ...Object.values(o.description ?? {})]
    .flatMap((t) => indexTokens(t))
    .join(' ');
const [ftsBuildMs] = time(() => {
  db.exec("create virtual table search using fts5(id unindexed, search_text, tokenize = 'unicode61 remove_diacritics 2')");
  const add = db.prepare('insert into search (id, search_text) values (?, ?)');
  db.transaction(() => orgs.forEach((o) => add.run(o.id, fieldText(o))))();
});
const match = (q) => tokenize(q).map((t) => `"${t.replace(/"/g, '""')}"*`).join(' AND ');
const page = db.prepare('select id from search where search match ? order by bm25(search) limit 20');
const count = db.prepare('select count(*) as n from search where search match ?');
const ftsRun = (q) => {
  const expression = match(q);
  if (!expression) return [];
  return [page.all(expression), count.get(expression)];
};
const fts = timeQueries(ftsRun);

const row = (name, build, times, extra) => `| ${name} | ${build} | ${percentile(times, 50).toFixed(3)} | ${percentile(times, 95).toFixed(3)} | ${Math.max(...times).toFixed(3)} | ${extra} |`;
console.log(`\nServer-side search options, ${SIZE.toLocaleString('en')} synthetic organisations, ${keystrokes.length} keystrokes (best of 3 each), Node ${process.versions.node}${SMOKE ? ' — SMOKE MODE' : ''}\n`);
console.log('| option | build from table | p50 ms | p95 ms | max ms | notes |');
console.log('|---|---|---|---|---|---|');
console.log(row('core index in memory (chosen)', `${loadMs.toFixed(0)} ms, +${heapIndex.toFixed(0)} MB heap (records + index)`, memory, 'first page + total + 11 facet counts; same results as the browser'));
console.log(row('FTS5 on a normalised column', `${ftsBuildMs.toFixed(0)} ms`, fts, 'first page + total only; no facets, no typo tolerance, other ranking'));
console.log('\nProbes (found by each):');
for (const [label, q] of probes) {
  const core = index.search({ q, limit: 1 }).total;
  const ftsCount = count.get(match(q)).n;
  console.log(`- ${label}: core ${core} matches, FTS5 ${ftsCount}`);
}
db.close();
rmSync(dir, { recursive: true, force: true });
