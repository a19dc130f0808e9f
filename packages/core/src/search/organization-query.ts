import { ValidationError } from '../errors/validation-error.js';
import { LANGUAGES, isLanguage, type Language } from '../i18n/languages.js';
import { DEFAULT_LIMIT, MAX_LIMIT } from '../query/list-query.js';
import type { FieldIssue } from '../schemas/problem.js';
import {
  CLOSED_FACET_VALUES,
  ORGANIZATION_FACETS,
  isClosedFacet,
  type OpenFacet,
  type OrganizationFacet,
} from './facets.js';

/**
 * Result orders: `relevance` (best match first; the default when `q` is given), `name`
 * (locale-aware collation in `lang`; the default otherwise), `partner-since` (longest
 * partners first) and `-partner-since` (newest first). Undated partnerships sort last.
 */
export const ORGANIZATION_SORTS = ['relevance', 'name', 'partner-since', '-partner-since'] as const;
export type OrganizationSort = (typeof ORGANIZATION_SORTS)[number];

/** Longest accepted `q`, in characters. */
export const MAX_QUERY_LENGTH = 200;
/** Most values accepted for one facet in one request. */
export const MAX_FACET_VALUES = 50;

/** Facet filters: values are OR-ed within a facet, facets are AND-ed. */
export type OrganizationFilters = { readonly [F in OrganizationFacet]?: readonly string[] };

export interface OrganizationQuery extends OrganizationFilters {
  /** Free text: names, acronyms, former names, fields of interest (their labels and synonyms in any language), city, identifiers, descriptions. */
  q?: string;
  sort?: OrganizationSort;
  /** Language of names for sorting and collation (default `en`). */
  lang?: Language;
  limit?: number;
  cursor?: string;
}

/** Allowed values of the open facets (those present in the directory, country codes of the reference). */
export type FacetVocabulary = { readonly [F in OpenFacet]?: ReadonlySet<string> };

/** Shapes of open-facet values, used when no vocabulary is given. */
const OPEN_FORMAT: Record<OpenFacet, { pattern: RegExp; message: string }> = {
  country: { pattern: /^[A-Z]{2}$/, message: 'must be an ISO 3166-1 alpha-2 code such as "FR"' },
  hq: { pattern: /^[A-Z]{2}$/, message: 'must be an ISO 3166-1 alpha-2 code such as "FR"' },
  language: { pattern: /^[a-z]{2,3}$/, message: 'must be an ISO 639 code such as "fr"' },
  interest: { pattern: /^[a-z0-9]+(?:-[a-z0-9]+)*$/, message: 'must be a concept id such as "museums"' },
};

const SINGLE = ['q', 'sort', 'lang', 'limit', 'cursor'] as const;

function allowedList(values: Iterable<string>): string {
  const list = [...values].sort();
  return list.length > 60 ? `${list.slice(0, 60).join(', ')}, … (${list.length} in all)` : list.join(', ');
}

export interface ParseOrganizationQueryOptions {
  /** Allowed values of open facets; without it only their shape is checked. */
  vocabulary?: FacetVocabulary;
  /** `false` for exports: `limit` and `cursor` are then unknown parameters. */
  paging?: boolean;
}

/**
 * Reads the query of `GET /v1/organizations` (and its exports) strictly, reporting every
 * problem at once: unknown parameters, unknown facet values (listing the allowed ones),
 * `limit` outside 1–100, `q` over 200 characters, repeated single-valued parameters.
 * Cursors are checked by the search itself (InvalidCursorError).
 */
export function parseOrganizationQuery(
  params: URLSearchParams,
  { vocabulary = {}, paging = true }: ParseOrganizationQueryOptions = {},
): OrganizationQuery {
  const issues: FieldIssue[] = [];
  const single: readonly string[] = paging ? SINGLE : SINGLE.filter((k) => k !== 'limit' && k !== 'cursor');
  const known = new Set<string>([...single, ...ORGANIZATION_FACETS]);
  for (const key of new Set(params.keys())) {
    if (!known.has(key)) issues.push({ path: key, message: `unknown query parameter; allowed: ${[...known].join(', ')}` });
  }
  for (const key of single) {
    if (params.getAll(key).length > 1) issues.push({ path: key, message: 'must be given at most once' });
  }

  const query: { -readonly [K in keyof OrganizationQuery]: OrganizationQuery[K] } = {};
  const q = params.get('q');
  if (q !== null) {
    if ([...q].length > MAX_QUERY_LENGTH) issues.push({ path: 'q', message: `must be at most ${MAX_QUERY_LENGTH} characters` });
    else if (q.trim()) query.q = q;
  }
  const sort = params.get('sort');
  if (sort !== null) {
    if ((ORGANIZATION_SORTS as readonly string[]).includes(sort)) query.sort = sort as OrganizationSort;
    else issues.push({ path: 'sort', message: `unknown sort order "${sort}"; allowed: ${ORGANIZATION_SORTS.join(', ')}` });
  }
  const lang = params.get('lang');
  if (lang !== null) {
    if (isLanguage(lang)) query.lang = lang;
    else issues.push({ path: 'lang', message: `unknown language "${lang}"; allowed: ${LANGUAGES.join(', ')}` });
  }
  if (paging) {
    query.limit = DEFAULT_LIMIT;
    const limit = params.get('limit');
    if (limit !== null) {
      if (!/^\d{1,4}$/.test(limit) || Number(limit) < 1 || Number(limit) > MAX_LIMIT) {
        issues.push({ path: 'limit', message: `must be an integer from 1 to ${MAX_LIMIT}` });
      } else {
        query.limit = Number(limit);
      }
    }
    const cursor = params.get('cursor');
    if (cursor !== null) {
      if (cursor === '') issues.push({ path: 'cursor', message: 'must not be empty' });
      else query.cursor = cursor;
    }
  }

  for (const facet of ORGANIZATION_FACETS) {
    const values = [...new Set(params.getAll(facet))];
    if (values.length === 0) continue;
    if (values.length > MAX_FACET_VALUES) {
      issues.push({ path: facet, message: `at most ${MAX_FACET_VALUES} values` });
      continue;
    }
    const unknown = values.filter((value) => !facetValueAllowed(facet, value, vocabulary));
    if (unknown.length) {
      issues.push({ path: facet, message: unknownValueMessage(facet, unknown, vocabulary) });
      continue;
    }
    query[facet] = values;
  }

  if (issues.length) throw new ValidationError(issues, 'Invalid query');
  return query;
}

function facetValueAllowed(facet: OrganizationFacet, value: string, vocabulary: FacetVocabulary): boolean {
  if (isClosedFacet(facet)) return (CLOSED_FACET_VALUES[facet] as readonly string[]).includes(value);
  const allowed = vocabulary[facet];
  return allowed ? allowed.has(value) : OPEN_FORMAT[facet].pattern.test(value);
}

function unknownValueMessage(facet: OrganizationFacet, unknown: string[], vocabulary: FacetVocabulary): string {
  const shown = unknown.map((v) => JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v)).join(', ');
  if (isClosedFacet(facet)) return `unknown value ${shown}; allowed: ${CLOSED_FACET_VALUES[facet].join(', ')}`;
  const allowed = vocabulary[facet];
  if (allowed) return `unknown value ${shown}; allowed: ${allowed.size ? allowedList(allowed) : '(none in this directory)'}`;
  return `invalid value ${shown}: ${OPEN_FORMAT[facet].message}`;
}

/**
 * The query as URL parameters, in one canonical order (so equal queries give equal URLs
 * and cache keys). The inverse of parseOrganizationQuery for valid queries.
 */
export function organizationQueryToParams(query: OrganizationQuery, { paging = true }: { paging?: boolean } = {}): URLSearchParams {
  const params = new URLSearchParams();
  if (query.q?.trim()) params.set('q', query.q);
  for (const facet of ORGANIZATION_FACETS) {
    for (const value of new Set(query[facet] ?? [])) params.append(facet, String(value));
  }
  if (query.sort) params.set('sort', query.sort);
  if (query.lang) params.set('lang', query.lang);
  if (paging && query.limit !== undefined) params.set('limit', String(query.limit));
  if (paging && query.cursor) params.set('cursor', query.cursor);
  return params;
}
