import { ELECTORAL_GROUPS, UNESCO_REGIONS, type Country } from '../schemas/country.js';
import {
  ORGANIZATION_KINDS,
  ORGANIZATION_SCOPES,
  PARTNERSHIP_CATEGORIES,
  type Organization,
} from '../schemas/organization.js';
import { SECTOR_CODES } from '../schemas/sector.js';
import { PARTNER_STANDINGS, partnerStanding } from '../organizations/partnership.js';
import { categoryInForce } from '../organizations/category-in-force.js';

/**
 * The facets of the directory, in display order. Each is also a query parameter of
 * `GET /v1/organizations`: repeated values mean OR within a facet, facets combine with AND.
 * - `standing`: official partner, pending, former, or no official partnership attested
 *   (`GET /v1/organizations` lists official partners when no standing is asked for);
 * - `status`: the partnership category in force, or `not-stated` when no source states it
 *   (the key is kept from earlier versions); `kind`: NGO or foundation; `sector`; `sdg` (1–17);
 * - `region` / `group`: UNESCO region and Executive Board electoral group of the countries
 *   where the organisation is based or present (headquarters and countries of presence);
 * - `country`: country of presence; `hq`: headquarters country; `scope`;
 * - `language`: working language (ISO 639); `interest`: field of interest (a concept id of the vocabulary).
 */
export const ORGANIZATION_FACETS = [
  'standing',
  'status',
  'kind',
  'sector',
  'sdg',
  'region',
  'group',
  'country',
  'hq',
  'scope',
  'language',
  'interest',
] as const;
export type OrganizationFacet = (typeof ORGANIZATION_FACETS)[number];

export interface FacetCount {
  value: string;
  count: number;
  /** `interest` values: the concept's label in the query's `lang` (when the index has the vocabulary). */
  label?: string;
}
export type FacetCounts = Record<OrganizationFacet, FacetCount[]>;

/** The `status` facet's value for an official partnership whose category no source states. */
export const CATEGORY_NOT_STATED = 'not-stated';

/** Values of the `status` facet: the categories in force today, then "not stated". */
export const CATEGORY_FACET_VALUES = [
  ...PARTNERSHIP_CATEGORIES.filter((category) => category === 'consultative' || category === 'associate' || category === 'official-relations'),
  CATEGORY_NOT_STATED,
] as const;

export const SDG_NUMBERS = Array.from({ length: 17 }, (_, i) => String(i + 1));

/** Facets whose values are fixed by the domain; the others take their values from the data. */
export const CLOSED_FACET_VALUES = {
  standing: PARTNER_STANDINGS,
  status: CATEGORY_FACET_VALUES,
  kind: ORGANIZATION_KINDS,
  sector: SECTOR_CODES,
  sdg: SDG_NUMBERS,
  region: UNESCO_REGIONS,
  group: ELECTORAL_GROUPS,
  scope: ORGANIZATION_SCOPES,
} as const satisfies Partial<Record<OrganizationFacet, readonly string[]>>;

export type ClosedFacet = keyof typeof CLOSED_FACET_VALUES;
export type OpenFacet = Exclude<OrganizationFacet, ClosedFacet>;
export const OPEN_FACETS: readonly OpenFacet[] = ['country', 'hq', 'language', 'interest'];

export function isClosedFacet(facet: OrganizationFacet): facet is ClosedFacet {
  return facet in CLOSED_FACET_VALUES;
}

/** What the region and group facets need from the country reference data (COUNTRIES fits). */
export type CountryGrouping = Pick<Country, 'code' | 'region' | 'electoralGroup'>;

/** Every facet value of one organisation, without duplicates. */
export function organizationFacetValues(
  org: Organization,
  countries?: ReadonlyMap<string, CountryGrouping>,
): Record<OrganizationFacet, string[]> {
  const hq = org.headquarters?.country;
  const places = [...new Set([...(hq ? [hq] : []), ...(org.countriesOfPresence ?? [])])];
  const regions = new Set<string>();
  const groups = new Set<string>();
  if (countries) {
    for (const code of places) {
      const country = countries.get(code);
      if (country?.region) regions.add(country.region.value);
      if (country?.electoralGroup) groups.add(country.electoralGroup.value);
    }
  }
  return {
    standing: [partnerStanding(org)],
    // Only official partners have a category in force; the others have no value here.
    status: partnerStanding(org) === 'not-attested' ? [] : [categoryInForce(org) ?? CATEGORY_NOT_STATED],
    kind: [org.kind],
    sector: [...new Set(org.sectors)],
    sdg: [...new Set(org.sdgs ?? [])].map(String),
    region: [...regions],
    group: [...groups],
    country: [...new Set(org.countriesOfPresence ?? [])],
    hq: hq ? [hq] : [],
    scope: org.scope ? [org.scope] : [],
    language: [...new Set(org.workingLanguages ?? [])],
    interest: [...new Set(org.fieldsOfInterest)],
  };
}

/**
 * Orders a facet's counts for display: closed vocabularies in their domain order (SDG 1
 * to 17, sectors as UNESCO lists them), open ones by count, then value.
 */
const CLOSED_ORDER = new Map(
  Object.entries(CLOSED_FACET_VALUES).map(([facet, values]) => [facet, new Map((values as readonly string[]).map((v, i) => [v, i]))]),
);

export function orderFacetCounts(facet: OrganizationFacet, counts: FacetCount[]): FacetCount[] {
  const order = CLOSED_ORDER.get(facet);
  if (order) return counts.sort((a, b) => (order.get(a.value) ?? 99) - (order.get(b.value) ?? 99));
  return counts.sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
}
