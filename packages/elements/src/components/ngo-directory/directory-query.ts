import {
  CLOSED_FACET_VALUES,
  MAX_QUERY_LENGTH,
  ORGANIZATION_FACETS,
  ORGANIZATION_SORTS,
  isClosedFacet,
  type OrganizationFacet,
  type OrganizationQuery,
  type OrganizationSort,
} from '@ngo-liaison/core/search';
import type { DirectoryQuery } from '../../events/ngo-search-change.js';

export type { DirectoryQuery };

export const EMPTY_QUERY: DirectoryQuery = { q: '', filters: {} };

/** Facets shown when the `facets` attribute is absent. */
export const DEFAULT_FACETS: readonly OrganizationFacet[] = ['standing', 'status', 'sector', 'kind', 'region', 'country', 'sdg'];

/** The facets named in a `facets` attribute, known ones only, in the given order. */
export function parseFacetList(value: string | null | undefined): OrganizationFacet[] {
  if (value == null) return [...DEFAULT_FACETS];
  const known = new Set<string>(ORGANIZATION_FACETS);
  return [...new Set(value.split(/[\s,]+/).filter((name) => known.has(name)))] as OrganizationFacet[];
}

/** Values a facet may take from a URL or a config: closed vocabularies exactly, others by shape. */
function acceptable(facet: OrganizationFacet, value: string): boolean {
  if (isClosedFacet(facet)) return (CLOSED_FACET_VALUES[facet] as readonly string[]).includes(value);
  if (facet === 'country' || facet === 'hq') return /^[A-Z]{2}$/.test(value);
  if (facet === 'language') return /^[a-z]{2,3}$/.test(value);
  return value.trim().length > 0 && value.length <= 80;
}

/** A query with only meaningful parts: trimmed-empty text, empty facets and unknown values dropped. */
export function normalizeQuery(query: Partial<DirectoryQuery> | undefined): DirectoryQuery {
  const filters: { [F in OrganizationFacet]?: string[] } = {};
  for (const facet of ORGANIZATION_FACETS) {
    const values = [...new Set((query?.filters?.[facet] ?? []).map(String))].filter((value) => acceptable(facet, value));
    if (values.length) filters[facet] = values;
  }
  const sort = query?.sort && (ORGANIZATION_SORTS as readonly string[]).includes(query.sort) ? query.sort : undefined;
  const q = [...(query?.q ?? '')].slice(0, MAX_QUERY_LENGTH).join('');
  return sort ? { q, filters, sort } : { q, filters };
}

export function hasFilters(query: DirectoryQuery): boolean {
  return ORGANIZATION_FACETS.some((facet) => (query.filters[facet]?.length ?? 0) > 0);
}

/** Adds or removes one facet value. */
export function toggleFilter(query: DirectoryQuery, facet: OrganizationFacet, value: string, on: boolean): DirectoryQuery {
  const current = query.filters[facet] ?? [];
  const next = on ? [...new Set([...current, value])] : current.filter((v) => v !== value);
  return { ...query, filters: { ...query.filters, [facet]: next } };
}

/** The core search query for a directory query, in the language names sort by. */
export function toSearchQuery(query: DirectoryQuery, lang: OrganizationQuery['lang']): OrganizationQuery {
  const search: { -readonly [K in keyof OrganizationQuery]: OrganizationQuery[K] } = { lang };
  if (query.q.trim()) search.q = query.q;
  if (query.sort) search.sort = effectiveSort(query);
  for (const facet of ORGANIZATION_FACETS) {
    const values = query.filters[facet];
    if (values?.length) search[facet] = values;
  }
  return search;
}

/** "Best match" means nothing without search text: the order is then by name. */
export function effectiveSort(query: DirectoryQuery): OrganizationSort {
  const sort = query.sort ?? (query.q.trim() ? 'relevance' : 'name');
  return sort === 'relevance' && !query.q.trim() ? 'name' : sort;
}

export function sameQuery(a: DirectoryQuery, b: DirectoryQuery): boolean {
  return urlParams(a, '').toString() === urlParams(b, '').toString();
}

/** The query as URL parameters (the API's own names, behind an optional prefix). */
export function urlParams(query: DirectoryQuery, prefix: string): URLSearchParams {
  const params = new URLSearchParams();
  if (query.q.trim()) params.set(`${prefix}q`, query.q);
  for (const facet of ORGANIZATION_FACETS) {
    for (const value of query.filters[facet] ?? []) params.append(`${prefix}${facet}`, value);
  }
  if (query.sort) params.set(`${prefix}sort`, query.sort);
  return params;
}

/** Reads a query from a page URL's parameters, ignoring the page's own parameters. */
export function readUrlQuery(search: string, prefix: string): DirectoryQuery {
  const params = new URLSearchParams(search);
  const filters: { [F in OrganizationFacet]?: string[] } = {};
  for (const facet of ORGANIZATION_FACETS) filters[facet] = params.getAll(`${prefix}${facet}`);
  const sort = params.get(`${prefix}sort`) as OrganizationSort | null;
  return normalizeQuery({ q: params.get(`${prefix}q`) ?? '', filters, ...(sort ? { sort } : {}) });
}

/**
 * Writes the query into the page URL, keeping the page's other parameters and its hash.
 * Typing replaces the history entry (one entry per search, not per keystroke); discrete
 * choices push one, so Back undoes the last filter.
 */
export function writeUrlQuery(query: DirectoryQuery, prefix: string, mode: 'push' | 'replace'): void {
  const url = new URL(location.href);
  const keys = ['q', 'sort', ...ORGANIZATION_FACETS].map((key) => `${prefix}${key}`);
  for (const key of keys) url.searchParams.delete(key);
  for (const [key, value] of urlParams(query, prefix)) url.searchParams.append(key, value);
  if (url.href === location.href) return;
  if (mode === 'push') history.pushState(history.state, '', url);
  else history.replaceState(history.state, '', url);
}
