/* Scale check: build and as-you-type timings of the core index alone at 100k (no peers). */
import { COUNTRIES } from '../src/reference/countries.js';
import { createOrganizationIndex } from '../src/search/organization-index.js';
import { generateSyntheticDirectory } from '../src/synthetic/generate-directory.js';

const size = Number(process.env.BENCH_SIZE ?? 100_000);
let t = performance.now();
const orgs = generateSyntheticDirectory({ size, seed: 42 });
console.log(`generated ${size} in ${(performance.now() - t).toFixed(0)} ms`);
t = performance.now();
const index = createOrganizationIndex(orgs, { countries: COUNTRIES });
console.log(`indexed in ${(performance.now() - t).toFixed(0)} ms`);
const queries = ['m', 'mu', 'mus', 'muse', 'musee', 'musees', 'o', 'oc', 'ocean', 'ocean s', 'ocean sci', '博', '博物馆', 'litreacy', 'heron lit'];
for (const q of queries) index.search({ q, limit: 20 }); // warm
const times = queries.map((q) => {
  const t0 = performance.now();
  const r = index.search({ q, limit: 20 });
  return [q, performance.now() - t0, r.total] as const;
});
for (const [q, ms, total] of times) console.log(`${q.padEnd(12)} ${ms.toFixed(2).padStart(8)} ms  ${total} matches`);
t = performance.now();
const page = index.search({ status: ['associate'], sector: ['CLT'], limit: 20 });
console.log(`filters only: ${(performance.now() - t).toFixed(2)} ms, ${page.total} matches`);
