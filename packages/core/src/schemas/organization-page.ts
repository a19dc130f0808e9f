import * as z from 'zod/mini';
import { ORGANIZATION_FACETS, type FacetCounts, type OrganizationFacet } from '../search/facets.js';
import { Organization } from './organization.js';
import { pageOf } from './page.js';

const FacetCountList = z.array(z.object({ value: z.string(), count: z.int().check(z.gte(0)), label: z.optional(z.string()) }));

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
