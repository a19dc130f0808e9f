/*
 * Scale: the core index at 100k organisations (BENCH_SIZE; BENCH_SMOKE=1: 10k), built as the
 * API builds it (countries and the vocabulary), next to MiniSearch indexing the same fields in
 * the same run: build time, heap kept by the index, the cost of one changed record
 * (OrganizationIndex.apply) and as-you-type query times. Run with --expose-gc (bench/run.mjs).
 */
import { loadavg } from 'node:os';
import { countryGroupingOn } from '../src/countries/membership.js';
import { COUNTRIES } from '../src/reference/countries.js';
import { conceptDictionary } from '../src/search/concept-dictionary.js';
import { createOrganizationIndex } from '../src/search/organization-index.js';
import { generateSyntheticDirectory } from '../src/synthetic/generate-directory.js';
import { vocabulary } from '../src/vocabulary/vocabulary.js';
import { peerMiniSearch } from './peer-fields.js';

const SMOKE = process.env.BENCH_SMOKE === '1';
const size = Number(process.env.BENCH_SIZE ?? (SMOKE ? 10_000 : 100_000));
const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
const heap = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
};
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil((p / 100) * values.length) - 1)]!;

console.log(`Load average before: ${loadavg().map((v) => v.toFixed(2)).join(' ')}; Node ${process.versions.node}${SMOKE ? ' — SMOKE MODE' : ''}`);
let t = performance.now();
const orgs = generateSyntheticDirectory({ size, seed: 42 });
const changed = generateSyntheticDirectory({ size: 200, seed: 43 });
console.log(`generated ${size.toLocaleString('en')} organisations in ${(performance.now() - t).toFixed(0)} ms`);
const options = { countries: countryGroupingOn(COUNTRIES, '2026-12-01'), concepts: conceptDictionary(vocabulary()) };

let before = heap();
t = performance.now();
const index = createOrganizationIndex(orgs, options);
const build = performance.now() - t;
index.search({ q: 'a' }); // the lazily computed parts of a first query (weights, name order)
const indexHeap = heap() - before;

before = heap();
t = performance.now();
const peer = peerMiniSearch(orgs);
const peerBuild = performance.now() - t;
const peerHeap = heap() - before;
peer.search('warm');

console.log(`\n| index at ${size.toLocaleString('en')} | build | heap kept |`);
console.log('|---|---|---|');
console.log(`| Liaison OrganizationIndex (text, facets, concepts) | ${(build / 1000).toFixed(2)} s | ${mb(indexHeap)} |`);
console.log(`| MiniSearch 7, same fields and tokens (text only) | ${(peerBuild / 1000).toFixed(2)} s | ${mb(peerHeap)} |`);

// One changed record at a time, as an edit arrives; the next query pays for refreshed weights.
const updates: number[] = [];
const firstQueries: number[] = [];
for (let i = 0; i < changed.length; i++) {
  const record = { ...changed[i]!, id: orgs[(i * 397) % size]!.id };
  t = performance.now();
  index.apply({ upserted: [record] });
  updates.push(performance.now() - t);
  t = performance.now();
  index.search({ q: 'co' });
  firstQueries.push(performance.now() - t);
}
console.log(`\none changed record (apply): p50 ${percentile(updates, 50).toFixed(2)} ms, p95 ${percentile(updates, 95).toFixed(2)} ms (a rebuild: ${(build / 1000).toFixed(2)} s)`);
console.log(`the next query ("co") after it: p50 ${percentile(firstQueries, 50).toFixed(2)} ms, p95 ${percentile(firstQueries, 95).toFixed(2)} ms`);

const queries = ['m', 'mu', 'mus', 'muse', 'musee', 'musees', 'o', 'oc', 'ocean', 'ocean s', 'ocean sci', '博', '博物馆', 'litreacy', 'heron lit'];
for (const q of queries) index.search({ q, limit: 20 }); // warm
console.log('\n| query | Liaison (with facets) | matches |');
console.log('|---|---|---|');
for (const q of queries) {
  const t0 = performance.now();
  const r = index.search({ q, limit: 20 });
  console.log(`| ${q} | ${(performance.now() - t0).toFixed(2)} ms | ${r.total} |`);
}
console.log(`\nLoad average after: ${loadavg().map((v) => v.toFixed(2)).join(' ')}`);
