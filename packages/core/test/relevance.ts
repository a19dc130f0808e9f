import type { Language } from '../src/i18n/languages.js';
import set from './relevance-set.json';

/** One query of the relevance set and the organisations a searcher expects to find. */
export interface RelevanceQuery {
  lang: Language;
  query: string;
  kind: 'name' | 'acronym' | 'accents' | 'typo' | 'concept' | 'other-language-name';
  expected: string[];
}

export const RELEVANCE_QUERIES = set.queries as RelevanceQuery[];

/** Results that count: the first page a searcher reads. */
export const CUTOFF = 10;

export interface RelevanceScore {
  queries: number;
  /** Mean over queries of the share of expected organisations among the first 10 results. */
  recall: number;
  /** Mean reciprocal rank of the first expected organisation within the first 10 (0 when none is). */
  mrr: number;
}

export interface RelevanceReport {
  byLanguage: Record<Language, RelevanceScore>;
  all: RelevanceScore;
  /** Queries whose first 10 results miss an expected organisation, with where the first one came. */
  misses: { query: RelevanceQuery; missing: string[]; firstRank: number | null }[];
}

/** Runs every query through `search` (ids, best first) and scores recall@10 and MRR@10 per language. */
export function measureRelevance(search: (query: string) => readonly string[], queries = RELEVANCE_QUERIES): RelevanceReport {
  const sums = new Map<Language | 'all', { queries: number; recall: number; rr: number }>();
  const misses: RelevanceReport['misses'] = [];
  for (const query of queries) {
    const top = search(query.query).slice(0, CUTOFF);
    const found = query.expected.filter((id) => top.includes(id));
    const ranks = found.map((id) => top.indexOf(id) + 1);
    const firstRank = ranks.length ? Math.min(...ranks) : null;
    for (const key of [query.lang, 'all'] as const) {
      const sum = sums.get(key) ?? sums.set(key, { queries: 0, recall: 0, rr: 0 }).get(key)!;
      sum.queries++;
      sum.recall += found.length / query.expected.length;
      sum.rr += firstRank ? 1 / firstRank : 0;
    }
    if (found.length < query.expected.length) misses.push({ query, missing: query.expected.filter((id) => !found.includes(id)), firstRank });
  }
  const score = (key: Language | 'all'): RelevanceScore => {
    const sum = sums.get(key) ?? { queries: 0, recall: 0, rr: 0 };
    return { queries: sum.queries, recall: sum.queries ? sum.recall / sum.queries : 0, mrr: sum.queries ? sum.rr / sum.queries : 0 };
  };
  const languages: Language[] = ['ar', 'en', 'es', 'fr', 'ru', 'zh'];
  return {
    byLanguage: Object.fromEntries(languages.map((lang) => [lang, score(lang)])) as Record<Language, RelevanceScore>,
    all: score('all'),
    misses,
  };
}
