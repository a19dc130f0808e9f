import {
  Organization,
  OrganizationExport,
  OrganizationPage,
  buildPath,
  PATHS,
  organizationQueryToParams,
  type ClosedFacet,
  type CLOSED_FACET_VALUES,
  type Language,
  type OpenFacet,
  type OrganizationQuery,
  type OrganizationSort,
} from '@ngo-liaison/core';
import { PagedList } from '../paged-list.js';
import { Transport, relativePath, type TransportOptions } from '../transport.js';

/**
 * Facet filters, typed: closed facets take their domain values (`status: ['associate']`,
 * `sector: ['CLT']`, `sdg: [4]`), open ones strings (`country: ['SN']`, `interest: ['museums']`).
 * Several values of one facet are OR-ed; facets are AND-ed. Without `standing` the server
 * lists official partners only; `standing: ['not-attested']` asks for the others.
 */
export type OrganizationFilters = {
  [F in ClosedFacet]?: F extends 'sdg' ? readonly (number | (typeof CLOSED_FACET_VALUES)['sdg'][number])[] : readonly (typeof CLOSED_FACET_VALUES)[F][number][];
} & { [F in OpenFacet]?: readonly string[] };

export interface OrganizationSearchParams extends OrganizationFilters {
  /** Words to find (names in every language, acronyms, former names, interests, city, descriptions); ≤ 200 characters. */
  q?: string;
  /** Default: `relevance` with `q`, `name` without. */
  sort?: OrganizationSort;
  /** Language whose names and collation order the results (default `en`). */
  lang?: Language;
}

export interface ListOrganizationsParams extends OrganizationSearchParams {
  /** Page size, 1–100 (server default 20). */
  limit?: number;
  /** Start after this cursor (from a previous page's `nextCursor`). */
  cursor?: string;
  signal?: AbortSignal;
}

export type OrganizationExportFormat = 'csv' | 'json' | 'vcf';

export interface OrganizationsResource {
  /**
   * Search and list: await for the first page (items, total, facet counts); `for await`
   * for every page; `.items()` for every organisation. Abortable with `signal`.
   */
  list(params?: ListOrganizationsParams): PagedList<Organization, OrganizationPage>;
  get(id: string, options?: { signal?: AbortSignal }): Promise<Organization>;
  /** Every organisation matching the search, in one response (the JSON export). */
  export(params?: OrganizationSearchParams, options?: { signal?: AbortSignal }): Promise<OrganizationExport>;
  /** URL of a download with the same search: CSV (UTF-8 with BOM), JSON, or vCards. */
  exportUrl(format: OrganizationExportFormat, params?: OrganizationSearchParams): string;
  /** URL of one organisation's contact card (404 when it has no fictional or published contact). */
  vcardUrl(id: string): string;
}

const EXPORT_PATHS: Record<OrganizationExportFormat, string> = {
  csv: PATHS.exportOrganizationsCsv,
  json: PATHS.exportOrganizationsJson,
  vcf: PATHS.exportOrganizationsVcard,
};

/** Typed parameters → core's query (SDG numbers as strings) → canonical URL parameters. */
function searchParams(params: OrganizationSearchParams & { limit?: number; cursor?: string }, paging: boolean): URLSearchParams {
  const { sdg, ...rest } = params;
  const query: OrganizationQuery = { ...rest, ...(sdg ? { sdg: sdg.map(String) } : {}) };
  return organizationQueryToParams(query, { paging });
}

export function organizationsResource(transport: Transport): OrganizationsResource {
  return {
    list({ signal, cursor, ...params }: ListOrganizationsParams = {}) {
      const fetchPage = (pageCursor: string | undefined): Promise<OrganizationPage> =>
        transport.get(relativePath(PATHS.listOrganizations), OrganizationPage, {
          searchParams: searchParams({ ...params, ...(pageCursor ? { cursor: pageCursor } : {}) }, true),
          signal,
        });
      return new PagedList<Organization, OrganizationPage>(fetchPage, cursor);
    },
    get(id, { signal } = {}) {
      return transport.get(relativePath(buildPath(PATHS.getOrganization, { id })), Organization, { signal });
    },
    export(params = {}, { signal } = {}) {
      return transport.get(relativePath(PATHS.exportOrganizationsJson), OrganizationExport, {
        searchParams: searchParams(params, false),
        signal,
      });
    },
    exportUrl(format, params = {}) {
      return transport.url(relativePath(EXPORT_PATHS[format]), searchParams(params, false));
    },
    vcardUrl(id) {
      return transport.url(relativePath(buildPath(PATHS.getOrganizationVcard, { id })));
    },
  };
}

/**
 * A client for the organisation operations only: what `createClient(options).organizations`
 * does, without the rest of the contract in the bundle (the directory widget uses it).
 */
export function createOrganizationsClient(options: TransportOptions): { readonly baseUrl: string; readonly organizations: OrganizationsResource } {
  const transport = new Transport(options);
  return { baseUrl: transport.baseUrl, organizations: organizationsResource(transport) };
}
