import {
  OrganizationMatchPage,
  Programme,
  ProgrammePage,
  buildPath,
  formatWeightsParam,
  PATHS,
  type Page,
  type SectorCode,
  type Weights,
} from '@ngo-liaison/core';
import { PagedList } from '../paged-list.js';
import { relativePath, type Transport } from '../transport.js';
import { appendFilter, appendPaging } from './list-params.js';

export interface ListProgrammesParams {
  /** Lead sector(s); several values are OR-ed. */
  sector?: SectorCode | readonly SectorCode[];
  /** Country or countries concerned (ISO alpha-2). */
  country?: string | readonly string[];
  /** Field office(s) concerned. */
  fieldOffice?: string | readonly string[];
  limit?: number;
  cursor?: string;
  signal?: AbortSignal;
}

export interface MatchParams {
  /** Matches per page, 1–100 (server default 20). */
  limit?: number;
  cursor?: string;
  /** Weights overriding the programme's criteria, e.g. `{ geography: 3 }` (any non-negative scale). */
  weights?: Partial<Weights>;
  signal?: AbortSignal;
}

export interface ProgrammesResource {
  /** Await for the first page; `for await` for every page; `.items()` for every programme. */
  list(params?: ListProgrammesParams): PagedList<Programme>;
  get(id: string, options?: { signal?: AbortSignal }): Promise<Programme>;
  /** Organisations ranked for the programme, best first, each with its criteria and reasons. */
  matches(id: string, params?: MatchParams): Promise<OrganizationMatchPage>;
}

/** The query of a match request (shared with the matching resource). */
export function matchSearchParams({ limit, cursor, weights }: MatchParams): URLSearchParams {
  const params = new URLSearchParams();
  appendPaging(params, limit, cursor);
  if (weights && Object.keys(weights).length) params.set('weights', formatWeightsParam(weights));
  return params;
}

export function programmesResource(transport: Transport): ProgrammesResource {
  return {
    list({ sector, country, fieldOffice, limit, cursor, signal }: ListProgrammesParams = {}) {
      const fetchPage = (pageCursor: string | undefined): Promise<Page<Programme>> => {
        const searchParams = new URLSearchParams();
        appendFilter(searchParams, 'sector', sector);
        appendFilter(searchParams, 'country', country);
        appendFilter(searchParams, 'fieldOffice', fieldOffice);
        appendPaging(searchParams, limit, pageCursor);
        return transport.get(relativePath(PATHS.listProgrammes), ProgrammePage, { searchParams, signal });
      };
      return new PagedList(fetchPage, cursor);
    },
    get(id, { signal } = {}) {
      return transport.get(relativePath(buildPath(PATHS.getProgramme, { id })), Programme, { signal });
    },
    matches(id, params = {}) {
      return transport.get(relativePath(buildPath(PATHS.getProgrammeMatches, { id })), OrganizationMatchPage, {
        searchParams: matchSearchParams(params),
        signal: params.signal,
      });
    },
  };
}
