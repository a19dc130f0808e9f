import { PATHS, Recommendation, RecommendationPage, buildPath, type FollowUpStatus } from '@ngo-liaison/core';
import { PagedList } from '../paged-list.js';
import { Transport, relativePath, type TransportOptions } from '../transport.js';
import { appendFilter, appendPaging } from './list-params.js';

export interface ListRecommendationsParams {
  /** Event id: the recommendations of its outputs. */
  event?: string;
  /** Addressed to this sector. */
  sector?: string;
  /** Addressed to this country's Member State (ISO alpha-2). */
  country?: string;
  /** Addressed to this addressee, by key ("sector:CLT", "member-state:KE", "field-office:nairobi"…). */
  addressee?: string;
  /** Some addressee's latest follow-up status is this. */
  status?: FollowUpStatus;
  /** Page size, 1–100 (server default 20). */
  limit?: number;
  cursor?: string;
  signal?: AbortSignal;
}

/** Recommendations and their follow-up, as the caller may read them (public: public follow-ups only). */
export interface RecommendationsReadResource {
  /** Newest first. */
  list(params?: ListRecommendationsParams): PagedList<Recommendation>;
  get(id: string, options?: { signal?: AbortSignal }): Promise<Recommendation>;
}

// Reads only, on the read transport: the public tracker bundles this file and not the writes.
export function recommendationsReadResource(transport: Transport): RecommendationsReadResource {
  return {
    list({ event, sector, country, addressee, status, limit, cursor, signal }: ListRecommendationsParams = {}) {
      const fetchPage = (pageCursor: string | undefined) => {
        const searchParams = new URLSearchParams();
        appendFilter(searchParams, 'event', event);
        appendFilter(searchParams, 'sector', sector);
        appendFilter(searchParams, 'country', country);
        appendFilter(searchParams, 'addressee', addressee);
        appendFilter(searchParams, 'status', status);
        appendPaging(searchParams, limit, pageCursor);
        return transport.get(relativePath(PATHS.listRecommendations), RecommendationPage, { searchParams, signal });
      };
      return new PagedList(fetchPage, cursor);
    },
    get(id, { signal } = {}) {
      return transport.get(relativePath(buildPath(PATHS.getRecommendation, { id })), Recommendation, { signal });
    },
  };
}

/**
 * A client for reading recommendations and their public follow-up: what
 * `createClient(options).recommendations.list/get` do, without the write transport, the request
 * schemas or the typed error classes (the public tracker's bundle). Errors are plain HttpErrors.
 */
export function createRecommendationsClient(options: TransportOptions): { readonly baseUrl: string; readonly recommendations: RecommendationsReadResource } {
  const transport = new Transport(options);
  return { baseUrl: transport.baseUrl, recommendations: recommendationsReadResource(transport) };
}
