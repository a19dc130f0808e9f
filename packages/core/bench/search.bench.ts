/*
 * As-you-type search over a synthetic directory: Liaison's index against MiniSearch 7
 * (the reference to beat, with the same normaliser and tokeniser), FlexSearch 0.8 (same
 * tokens) and Fuse.js 7, on the same data and the same keystrokes, in the same process.
 * Not a test: it prints tables. BENCH_SMOKE=1: 1k organisations, one round, fewer queries.
 * BENCH_SIZE=100000 to try another size.
 */
import { Document } from 'flexsearch';
import Fuse from 'fuse.js';
import type MiniSearch from 'minisearch';
import { COUNTRIES } from '../src/reference/countries.js';
import type { Organization } from '../src/schemas/organization.js';
import { conceptDictionary } from '../src/search/concept-dictionary.js';
import { createOrganizationIndex } from '../src/search/organization-index.js';
import { PARTNER_STANDINGS } from '../src/organizations/partnership.js';
import { generateSyntheticDirectory } from '../src/synthetic/generate-directory.js';
import { normalizeText } from '../src/text/normalize.js';
import { indexTokens } from '../src/text/tokenize.js';
import { vocabulary } from '../src/vocabulary/vocabulary.js';
import { allAcronyms, allNames, FIELD_NAMES, FIELD_TEXT, interests, peerMiniSearch } from './peer-fields.js';

const SMOKE = process.env.BENCH_SMOKE === '1';
const SIZE = Number(process.env.BENCH_SIZE ?? (SMOKE ? 1_000 : 10_000));
const ROUNDS = SMOKE ? 1 : 5;
const gc = (globalThis as { gc?: () => void }).gc;

/** What a visitor types, keystroke by keystroke: accents left out, typos, six languages. */
const PHRASES = [
  'musees', 'international council', 'amber literacy network', 'heron', 'ocean science', 'press freedom',
  'youth dialogue', 'association', 'foundation', 'water research', 'intrenational', 'libraires', 'muzeum',
  'fédération des géosciences', 'reseau', 'red de alfabetizacion', 'علوم المحيطات', 'الكهرمان', 'مؤسسة',
  '博物馆', '海洋科学', '基金会', 'свободы прессы', 'берёза', 'федерация', 'quartz archives', 'kestrel',
  'community radio', 'early childhood', 'open science forum',
];
const keystrokes = (phrase: string) => {
  const chars = [...phrase];
  return chars.map((_, i) => chars.slice(0, i + 1).join('')).filter((q) => !q.endsWith(' '));
};
const QUERIES = (SMOKE ? PHRASES.filter((_, i) => i % 3 === 0) : PHRASES).flatMap(keystrokes);

/** Does each library find the record a probe is about? (same data, same probes) */
const PROBES: [label: string, query: string, expectId: (orgs: Organization[]) => string][] = [
  ['accents (musees→musées)', 'musees', (orgs) => orgs.find((o) => o.name.fr.includes('musées'))!.id],
  ['ñ (alfabetizacion)', 'alfabetizacion', (orgs) => orgs.find((o) => o.name.es?.includes('Alfabetización'))!.id],
  ['vocalised Arabic (مُؤَسَّسَة)', 'مُؤَسَّسَة', (orgs) => orgs.find((o) => o.name.ar?.startsWith('مؤسسة'))!.id],
  ['Arabic without article (كهرمان)', 'كهرمان', (orgs) => orgs.find((o) => o.name.ar?.includes('الكهرمان'))!.id],
  ['Chinese word inside a name (博物馆)', '博物馆', (orgs) => orgs.find((o) => o.name.zh?.includes('博物馆'))!.id],
  ['ё/е (береза)', 'береза', (orgs) => orgs.find((o) => o.name.ru?.includes('Берёза'))!.id],
  ['typo (musuems)', 'musuems', (orgs) => orgs.find((o) => o.name.en.includes('Museums'))!.id],
  ['swapped letters (netwrok)', 'netwrok', (orgs) => orgs.find((o) => o.name.en.includes('Network'))!.id],
];

interface Engine {
  name: string;
  note: string;
  build(orgs: Organization[]): void;
  /** Runs a query and returns the ids of the first `limit` results (a page of 20 when timed). */
  search(q: string, limit?: number): string[];
  /** Queries to time (Fuse gets a subset: it scans every record). */
  queries?: string[];
  rounds?: number;
}


function liaison(): Engine {
  let index: ReturnType<typeof createOrganizationIndex>;
  return {
    name: 'Liaison index (core)',
    note: 'search + 11 facet counts + first page of 20, relevance order; a one-letter prefix expands into name-like fields only; query words also name concepts in six languages (the concept dictionary, as the API runs it)',
    build: (orgs) => (index = createOrganizationIndex(orgs, { countries: COUNTRIES, concepts: conceptDictionary(vocabulary()) })),
    // Every standing: the peers index the whole directory too.
    search: (q, limit = 20) => (limit > 100 ? index.searchAll({ q, standing: PARTNER_STANDINGS }) : index.search({ q, limit, standing: PARTNER_STANDINGS }).items).map((o) => o.id),
  };
}

/**
 * MiniSearch with the same tokens, boosts, prefix and typo rules. `namesOnly` leaves the
 * descriptions out: MiniSearch cannot limit typo tolerance to some fields, so that row is
 * a lower bound of its cost with less work than Liaison does.
 */
function minisearch(namesOnly = false): Engine {
  let ms: MiniSearch<Organization>;
  const fields = namesOnly ? FIELD_NAMES.filter((f) => f !== 'description') : FIELD_NAMES;
  return {
    name: namesOnly ? 'MiniSearch 7.2, no descriptions' : 'MiniSearch 7.2 (same normaliser)',
    note: namesOnly
      ? 'as above without the description field (less work than Liaison does; a lower bound)'
      : 'prefix, fuzzy 0.2 (>3 chars), same boosts, AND; results only, no facets',
    build(orgs) {
      ms = peerMiniSearch(orgs, { fields });
    },
    search: (q, limit = 20) => ms.search(q).slice(0, limit).map((r) => String(r.id)),
  };
}

function flexsearch(): Engine {
  let doc: Document<Record<string, string>>;
  return {
    name: 'FlexSearch 0.8 Document (same tokens)',
    note: "tokenize 'forward' (prefixes), per-field AND, merged; no typo tolerance",
    build(orgs) {
      doc = new Document({
        document: {
          id: 'id',
          index: FIELD_NAMES.map((field) => ({
            field,
            tokenize: 'forward' as const,
            encode: (text: string) => indexTokens(text, { joinParts: field === 'acronym' }),
          })),
        },
      } as never);
      for (const o of orgs) doc.add(Object.fromEntries([['id', o.id], ...FIELD_NAMES.map((f) => [f, FIELD_TEXT[f](o)])]));
    },
    search: (q, limit = 20) => (doc.search(q, { limit, merge: true } as never) as unknown as { id: string }[]).slice(0, limit).map((r) => String(r.id)),
  };
}

function fuse(): Engine {
  let f: Fuse<Record<string, string>>;
  const sample = QUERIES.filter((_, i) => i % 4 === 0);
  return {
    name: 'Fuse.js 7 (normalised keys)',
    note: `threshold 0.3, ignoreLocation; names/acronyms/interests only (no descriptions), ${sample.length} of the keystrokes, 1 round`,
    build(orgs) {
      f = new Fuse(
        orgs.map((o) => ({ id: o.id, name: normalizeText(allNames(o)), acronym: normalizeText(allAcronyms(o)), interest: normalizeText(interests(o)) })),
        { keys: [{ name: 'name', weight: 3 }, { name: 'acronym', weight: 4 }, { name: 'interest', weight: 1.5 }], threshold: 0.3, ignoreLocation: true },
      );
    },
    search: (q, limit = 20) => f.search(normalizeText(q), { limit }).map((r) => r.item.id!),
    queries: sample,
    rounds: 1,
  };
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const ms = (value: number) => (value < 1 ? value.toFixed(3) : value < 10 ? value.toFixed(2) : value.toFixed(1));

function measure(engine: Engine, orgs: Organization[]) {
  gc?.();
  const memory = () => process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
  const heapBefore = memory();
  const started = performance.now();
  engine.build(orgs);
  const buildMs = performance.now() - started;
  gc?.();
  const heapMb = (memory() - heapBefore) / 1e6;
  const queries = engine.queries ?? QUERIES;
  for (const q of queries) engine.search(q); // warm-up: JIT, lazy caches (name order per language)
  const perQuery = queries.map(() => [] as number[]);
  for (let round = 0; round < (SMOKE ? 1 : engine.rounds ?? ROUNDS); round++) {
    queries.forEach((q, i) => {
      const t0 = performance.now();
      engine.search(q);
      perQuery[i]!.push(performance.now() - t0);
    });
  }
  const medians = perQuery.map((times) => times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!).sort((a, b) => a - b);
  const probes = PROBES.map(([, query, expected]) => engine.search(query, orgs.length).includes(expected(orgs)));
  return { buildMs, heapMb, p50: percentile(medians, 50), p95: percentile(medians, 95), max: medians[medians.length - 1]!, n: queries.length, probes };
}

const orgs = generateSyntheticDirectory({ size: SIZE, seed: 42 });
// The tokeniser is shared by Liaison, MiniSearch and FlexSearch: warm it (JIT, ICU) once so
// no engine's build pays for it alone.
for (const o of orgs.slice(0, 2_000)) for (const f of FIELD_NAMES) indexTokens(FIELD_TEXT[f](o));
console.log(`\nAs-you-type search, ${SIZE.toLocaleString('en')} synthetic organisations (20 % with ar/zh/ru names, 25–40-word en+fr descriptions)`);
console.log(`${QUERIES.length} keystrokes from ${SMOKE ? 10 : PHRASES.length} phrases; each keystroke timed ${SMOKE ? 'once' : `${ROUNDS}×, median kept`}; Node ${process.versions.node}${SMOKE ? ' — SMOKE MODE' : ''}\n`);

const results = [liaison(), minisearch(), minisearch(true), flexsearch(), fuse()].map((engine) => ({ engine, ...measure(engine, orgs) }));
const reference = results.find((r) => r.engine.name === 'MiniSearch 7.2 (same normaliser)')!;
const rows = results.map((r) => [
  r.engine.name,
  `${ms(r.buildMs)} ms`,
  `${r.heapMb.toFixed(1)} MB`,
  ms(r.p50),
  ms(r.p95),
  ms(r.max),
  `${(r.p95 / reference.p95).toFixed(2)}×`,
  `${r.probes.filter(Boolean).length}/${PROBES.length}`,
]);
const header = ['engine', 'build', 'heap + buffers', 'p50 ms', 'p95 ms', 'max ms', 'p95 vs MiniSearch', 'probes'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
console.log(line(header));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const row of rows) console.log(line(row));

console.log('\nProbes (✓ = the expected record is among the results):');
const probeHeader = ['probe', ...results.map((r) => r.engine.name.replace(/ \(.*\)$/, '').replace(/ 7\.2| 0\.8| 7| index/g, ''))];
console.log(`| ${probeHeader.join(' | ')} |`);
console.log(`|${probeHeader.map(() => '---').join('|')}|`);
PROBES.forEach(([label], i) => console.log(`| ${label} | ${results.map((r) => (r.probes[i] ? '✓' : '✗')).join(' | ')} |`));
console.log('\nNotes:');
for (const r of results) console.log(`- ${r.engine.name}: ${r.engine.note}`);
const liaisonResult = results[0]!;
const verdict = liaisonResult.p95 <= reference.p95 ? 'no slower than' : 'SLOWER than';
console.log(`\nLiaison p95 ${ms(liaisonResult.p95)} ms is ${verdict} MiniSearch p95 ${ms(reference.p95)} ms (ratio ${(liaisonResult.p95 / reference.p95).toFixed(2)}).`);
