import * as z from 'zod/mini';
import { LANGUAGES } from '../i18n/languages.js';
import { Organization, OrganizationId } from '../schemas/organization.js';
import { pageOf } from '../schemas/page.js';
import {
  CLOSED_FACET_VALUES,
  ORGANIZATION_FACETS,
  isClosedFacet,
  type FacetCounts,
  type OrganizationFacet,
} from '../search/facets.js';
import { MAX_FACET_VALUES, MAX_QUERY_LENGTH, ORGANIZATION_SORTS } from '../search/organization-query.js';
import type { Operation, QueryParameter } from './operations.js';
import { pagingQuery } from './paging-query.js';

const FacetCountList = z.array(z.object({ value: z.string(), count: z.int().check(z.gte(0)) }));

/** Counts per facet value (see OrganizationSearchResult.facets for what a count means). */
export const OrganizationFacetCounts = z.object(
  Object.fromEntries(ORGANIZATION_FACETS.map((facet) => [facet, FacetCountList])) as Record<OrganizationFacet, typeof FacetCountList>,
);

/**
 * A page of the directory. `facets` is always sent by the API; it is optional here so
 * that other sources of pages (a cache, a custom backend) still validate.
 */
export const OrganizationPage = z.extend(pageOf(Organization), { facets: z.optional(OrganizationFacetCounts) });
export type OrganizationPage = z.infer<typeof OrganizationPage> & { facets?: FacetCounts };

/** The JSON export: every matching organisation, the format `src` attributes read. */
export const OrganizationExport = z.object({
  items: z.array(Organization),
  total: z.int().check(z.gte(0)),
});
export type OrganizationExport = z.infer<typeof OrganizationExport>;

const FACET_DESCRIPTIONS: Record<OrganizationFacet, string> = {
  status: 'Current partnership status',
  kind: 'NGO or foundation',
  sector: 'UNESCO programme sector',
  sdg: 'Sustainable Development Goal (1–17)',
  region: 'UNESCO region of the headquarters or of a country of presence',
  group: 'Executive Board electoral group of the headquarters or of a country of presence',
  country: 'Country of presence (ISO 3166-1 alpha-2)',
  hq: 'Headquarters country (ISO 3166-1 alpha-2)',
  scope: 'Scope of work',
  language: 'Working language (ISO 639)',
  interest: 'Field of interest (one of the values listed under facets.interest)',
};

/** One repeatable parameter per facet: repeated values are OR-ed, facets AND-ed. */
const facetQuery = Object.fromEntries(
  ORGANIZATION_FACETS.map((facet): [string, QueryParameter] => [
    facet,
    {
      description: `${FACET_DESCRIPTIONS[facet]}. Repeat for OR (up to ${MAX_FACET_VALUES}); unknown values are a 400 listing the allowed ones.`,
      schema: {
        type: 'array',
        items: isClosedFacet(facet) ? { type: 'string', enum: [...CLOSED_FACET_VALUES[facet]] } : { type: 'string' },
      },
    },
  ]),
);

/** The search parameters shared by the list and its exports. */
const searchQuery = {
  q: {
    description: `Words to find in names (all languages), acronyms, former names, fields of interest, city, identifiers and descriptions; prefixes and typos match. At most ${MAX_QUERY_LENGTH} characters.`,
    schema: { type: 'string', maxLength: MAX_QUERY_LENGTH },
  },
  ...facetQuery,
  sort: {
    description: 'relevance (default with q), name (default without), partner-since (oldest first) or -partner-since (newest first).',
    schema: { type: 'string', enum: [...ORGANIZATION_SORTS] },
  },
  lang: {
    description: 'Language whose names and collation order the results (default en).',
    schema: { type: 'string', enum: [...LANGUAGES], default: 'en' },
  },
} satisfies Record<string, QueryParameter>;

export const organizationOperations = {
  listOrganizations: {
    method: 'get',
    path: '/v1/organizations',
    summary: 'Search and list organisations',
    description:
      'A page of NGOs and foundations matching the text and facet filters, with the total and counts per facet value. ' +
      'Cursors are opaque and tied to the sort order and language.',
    tags: ['organizations'],
    query: { ...searchQuery, ...pagingQuery },
    response: OrganizationPage,
    errors: [400],
  },
  getOrganization: {
    method: 'get',
    path: '/v1/organizations/{id}',
    summary: 'Get one organisation',
    tags: ['organizations'],
    pathParams: { id: OrganizationId },
    response: Organization,
    errors: [400, 404],
  },
  exportOrganizationsCsv: {
    method: 'get',
    path: '/v1/organizations.csv',
    summary: 'Export organisations as CSV',
    description:
      'Every organisation matching the same parameters as the list (no paging), as UTF-8 CSV with a byte-order mark so spreadsheet programs read accents and Arabic correctly. ' +
      'Contacts appear only when fictional (demo data) or published by the organisation.',
    tags: ['organizations', 'exports'],
    query: searchQuery,
    produces: 'text/csv',
    errors: [400],
  },
  exportOrganizationsJson: {
    method: 'get',
    path: '/v1/organizations.json',
    summary: 'Export organisations as JSON',
    description: 'Every organisation matching the same parameters as the list (no paging); the format read by widgets in static mode (`src`).',
    tags: ['organizations', 'exports'],
    query: searchQuery,
    response: OrganizationExport,
    errors: [400],
  },
  exportOrganizationsVcard: {
    method: 'get',
    path: '/v1/organizations.vcf',
    summary: 'Export contact cards (vCard 4.0)',
    description: 'One vCard per matching organisation that has fictional or published contacts; organisations without such contacts are left out.',
    tags: ['organizations', 'exports'],
    query: searchQuery,
    produces: 'text/vcard',
    errors: [400],
  },
  getOrganizationVcard: {
    method: 'get',
    path: '/v1/organizations/{id}/contact.vcf',
    summary: "One organisation's contact card (vCard 4.0)",
    description: '404 when the organisation has no fictional or published contact.',
    tags: ['organizations', 'exports'],
    pathParams: { id: OrganizationId },
    produces: 'text/vcard',
    errors: [400, 404],
  },
} as const satisfies Record<string, Operation>;
