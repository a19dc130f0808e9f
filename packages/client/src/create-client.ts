import { operations, buildPath, type Organization, type Page } from '@ngo-liaison/core';
import { OrganizationPage, Organization as OrganizationSchema } from '@ngo-liaison/core';
import { PagedList } from './paged-list.js';
import { Transport, type TransportOptions } from './transport.js';

export type ClientOptions = TransportOptions;

export interface ListOrganizationsParams {
  /** Page size, 1–100 (server default 20). */
  limit?: number;
  /** Start after this cursor (from a previous page's `nextCursor`). */
  cursor?: string;
  signal?: AbortSignal;
}

export interface LiaisonClient {
  /** Absolute URL of the API's `/v1`, ending in a slash. */
  readonly baseUrl: string;
  readonly organizations: {
    list(params?: ListOrganizationsParams): PagedList<Organization>;
    get(id: string, options?: { signal?: AbortSignal }): Promise<Organization>;
  };
}

/** Contract paths start with /v1; the client's base URL already points there. */
function relative(path: string): string {
  return path.replace(/^\/v1\//, '');
}

/**
 * A typed client for the Liaison API. Responses are validated against the core schemas;
 * failures are thrown as HttpError, NetworkError, TimeoutError or ResponseValidationError.
 */
export function createClient(options: ClientOptions): LiaisonClient {
  const transport = new Transport(options);

  return {
    baseUrl: transport.baseUrl,
    organizations: {
      list({ limit, cursor, signal }: ListOrganizationsParams = {}) {
        const fetchPage = (pageCursor: string | undefined): Promise<Page<Organization>> => {
          const searchParams = new URLSearchParams();
          if (limit !== undefined) searchParams.set('limit', String(limit));
          if (pageCursor) searchParams.set('cursor', pageCursor);
          return transport.get(relative(operations.listOrganizations.path), OrganizationPage, { searchParams, signal });
        };
        return new PagedList(fetchPage, cursor);
      },
      get(id, { signal } = {}) {
        const path = relative(buildPath(operations.getOrganization.path, { id }));
        return transport.get(path, OrganizationSchema, { signal });
      },
    },
  };
}
