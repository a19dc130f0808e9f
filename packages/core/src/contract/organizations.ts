import { LANGUAGES } from '../i18n/languages.js';
import { Organization, OrganizationId } from '../schemas/organization.js';
import {
  CLOSED_FACET_VALUES,
  ORGANIZATION_FACETS,
  isClosedFacet,
  type OrganizationFacet,
} from '../search/facets.js';
import { MAX_FACET_VALUES, MAX_QUERY_LENGTH, ORGANIZATION_SORTS } from '../search/organization-query.js';
import type { Operation, QueryParameter } from './operations.js';
import { pagingQuery } from './paging-query.js';
import { PATHS } from './paths.js';

import { OrganizationExport, OrganizationPage } from '../schemas/organization-page.js';

export { OrganizationExport, OrganizationFacetCounts, OrganizationPage } from '../schemas/organization-page.js';

const FACET_DESCRIPTIONS: Record<OrganizationFacet, string> = {
  standing: 'Standing with UNESCO: official (the default when absent), pending, former, not-attested',
  status: 'Partnership category in force (consultative, associate, official-relations), or not-stated when no source states it',
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
    path: PATHS.listOrganizations,
    summary: 'Search and list organisations',
    description:
      'A page of NGOs and foundations matching the text and facet filters, with the total and counts per facet value. ' +
      'Lists official partners only unless `standing` asks for others (pending, former, not-attested). ' +
      'Cursors are opaque and tied to the sort order and language.',
    tags: ['organizations'],
    query: { ...searchQuery, ...pagingQuery },
    response: OrganizationPage,
    errors: [400],
  },
  getOrganization: {
    method: 'get',
    path: PATHS.getOrganization,
    summary: 'Get one organisation',
    description:
      'The published record. Its ETag carries the version (`"7"`, or `"7.partners"` for a reader who also sees partners-only contacts): send it in If-Match to change the record. ' +
      'Public contacts (`public: true`) appear for every reader; partners-only contacts only for the Secretariat, the Liaison Committee, sectors, field offices and Member States, and for the organisation\'s own editors (send a bearer token or the session cookie).',
    tags: ['organizations'],
    pathParams: { id: OrganizationId },
    response: Organization,
    errors: [400, 404],
  },
  exportOrganizationsCsv: {
    method: 'get',
    path: PATHS.exportOrganizationsCsv,
    summary: 'Export organisations as CSV',
    description:
      'Every organisation matching the same parameters as the list (no paging), as UTF-8 CSV with a byte-order mark so spreadsheet programs read accents and Arabic correctly. ' +
      'Public contacts (`public: true`) appear for every reader; partners-only contacts only for the Secretariat, the Liaison Committee, sectors, field offices and Member States, and for the organisation\'s own editors (send a bearer token or the session cookie).',
    tags: ['organizations', 'exports'],
    query: searchQuery,
    produces: 'text/csv',
    errors: [400],
  },
  exportOrganizationsJson: {
    method: 'get',
    path: PATHS.exportOrganizationsJson,
    summary: 'Export organisations as JSON',
    description:
      'Every organisation matching the same parameters as the list (no paging); the format read by widgets in static mode (`src`). ' +
      'Public contacts (`public: true`) appear for every reader; partners-only contacts only for the Secretariat, the Liaison Committee, sectors, field offices and Member States, and for the organisation\'s own editors (send a bearer token or the session cookie).',
    tags: ['organizations', 'exports'],
    query: searchQuery,
    response: OrganizationExport,
    errors: [400],
  },
  exportOrganizationsVcard: {
    method: 'get',
    path: PATHS.exportOrganizationsVcard,
    summary: 'Export contact cards (vCard 4.0)',
    description:
      'One vCard per matching organisation that has contacts the reader may see; organisations without any are left out. ' +
      'Public contacts (`public: true`) appear for every reader; partners-only contacts only for the Secretariat, the Liaison Committee, sectors, field offices and Member States, and for the organisation\'s own editors (send a bearer token or the session cookie).',
    tags: ['organizations', 'exports'],
    query: searchQuery,
    produces: 'text/vcard',
    errors: [400],
  },
  getOrganizationVcard: {
    method: 'get',
    path: PATHS.getOrganizationVcard,
    summary: "One organisation's contact card (vCard 4.0)",
    description: "404 when the organisation has no contact the reader may see (public contacts for everyone; partners-only ones for partners and the organisation's own editors).",
    tags: ['organizations', 'exports'],
    pathParams: { id: OrganizationId },
    produces: 'text/vcard',
    errors: [400, 404],
  },
} as const satisfies Record<string, Operation>;
