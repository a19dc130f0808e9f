/*
 * Search relevance on the relevance set (test/relevance-set.json: queries in the six UN
 * languages, with the organisations a searcher expects): recall@10 and MRR@10 per language,
 * Liaison's index beside MiniSearch 7 on the same sample data and the same queries, in the
 * same process. Not a test (test/relevance.test.ts holds the floors): it prints tables.
 * `npm run bench:relevance -w @ngo-liaison/core`. BENCH_SMOKE=1 changes nothing (it is fast).
 */
import { LANGUAGES } from '../src/i18n/languages.js';
import { COUNTRIES } from '../src/reference/countries.js';
import { SAMPLE_ORGANIZATIONS } from '../src/sample/index.js';
import { conceptDictionary } from '../src/search/concept-dictionary.js';
import { createOrganizationIndex } from '../src/search/organization-index.js';
import { PARTNER_STANDINGS } from '../src/organizations/partnership.js';
import { vocabulary } from '../src/vocabulary/vocabulary.js';
import { peerMiniSearch } from './peer-fields.js';
import { CUTOFF, measureRelevance, RELEVANCE_QUERIES, type RelevanceReport } from '../test/relevance.js';

const orgs = [...SAMPLE_ORGANIZATIONS];
interface Engine {
  name: string;
  note: string;
  search(q: string): string[];
}

function liaison(withConcepts: boolean): Engine {
  const index = createOrganizationIndex(orgs, { countries: COUNTRIES, ...(withConcepts ? { concepts: conceptDictionary(vocabulary()) } : {}) });
  return {
    name: withConcepts ? 'Liaison (concept dictionary)' : 'Liaison, no dictionary',
    note: withConcepts
      ? 'as the API runs it: query words name concepts in six languages; function words need not match'
      : 'as a widget searching its own items runs it: fields of interest match by the words of their ids',
    // Every standing: MiniSearch indexes the whole directory too.
    search: (q) => index.search({ q, limit: CUTOFF, standing: PARTNER_STANDINGS }).items.map((o) => o.id),
  };
}

/** MiniSearch with the same normaliser and tokeniser, boosts, prefix search and typo tolerance. */
function minisearch(combineWith: 'AND' | 'OR'): Engine {
  const ms = peerMiniSearch(orgs, { combineWith });
  return {
    name: `MiniSearch 7.2, ${combineWith}`,
    note: `prefix, fuzzy 0.2 (>3 chars), same boosts and tokens, fields of interest as labels + synonyms in six languages, ${combineWith === 'AND' ? 'every word must match (as Liaison)' : 'any word may match (MiniSearch’s default)'}`,
    search: (q) => ms.search(q).slice(0, CUTOFF).map((r) => String(r.id)),
  };
}

const engines = [liaison(true), liaison(false), minisearch('AND'), minisearch('OR')];
const reports = engines.map((engine) => ({ engine, report: measureRelevance(engine.search) }));
const reference = reports.find((r) => r.engine.name === 'MiniSearch 7.2, AND')!.report;
const ours = reports[0]!.report;

const pct = (value: number) => value.toFixed(2);
const ratio = (a: number, b: number) => (b === 0 ? '∞' : `${(a / b).toFixed(2)}×`);
const table = (header: string[], rows: string[][]) => {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  console.log(line(header));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const row of rows) console.log(line(row));
};
const score = (report: RelevanceReport, lang: (typeof LANGUAGES)[number] | 'all') => (lang === 'all' ? report.all : report.byLanguage[lang]);

console.log(`\nSearch relevance: ${RELEVANCE_QUERIES.length} queries in six languages over ${orgs.length} sample organisations (real and fictional); Node ${process.versions.node}`);
console.log(`recall@${CUTOFF} / MRR@${CUTOFF} per language of the query\n`);
table(
  ['engine', ...LANGUAGES, 'all'],
  reports.map(({ engine, report }) => [engine.name, ...[...LANGUAGES, 'all' as const].map((lang) => `${pct(score(report, lang).recall)} / ${pct(score(report, lang).mrr)}`)]),
);
console.log(`\nLiaison vs MiniSearch (AND), recall and MRR ratios:`);
table(
  ['', ...LANGUAGES, 'all'],
  [
    ['recall', ...[...LANGUAGES, 'all' as const].map((lang) => ratio(score(ours, lang).recall, score(reference, lang).recall))],
    ['MRR', ...[...LANGUAGES, 'all' as const].map((lang) => ratio(score(ours, lang).mrr, score(reference, lang).mrr))],
  ],
);
console.log(`\nQueries Liaison misses (an expected organisation outside the first ${CUTOFF}):`);
for (const miss of ours.misses) console.log(`- [${miss.query.lang}, ${miss.query.kind}] "${miss.query.query}": missing ${miss.missing.join(', ')}`);
console.log('\nNotes:');
for (const { engine } of reports) console.log(`- ${engine.name}: ${engine.note}`);
