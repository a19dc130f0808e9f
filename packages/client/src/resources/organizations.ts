import { Organization, OrganizationPage, buildPath, operations, type Page } from '@ngo-liaison/core';
import { PagedList } from '../paged-list.js';
import { relativePath, type Transport } from '../transport.js';

export interface ListOrganizationsParams {
  /** Page size, 1–100 (server default 20). */
  limit?: number;
  /** Start after this cursor (from a previous page's `nextCursor`). */
  cursor?: string;
  signal?: AbortSignal;
}

export interface OrganizationsResource {
  /** Await for the first page; `for await` for every page; `.items()` for every organisation. */
  list(params?: ListOrganizationsParams): PagedList<Organization>;
  get(id: string, options?: { signal?: AbortSignal }): Promise<Organization>;
}

export function organizationsResource(transport: Transport): OrganizationsResource {
  return {
    list({ limit, cursor, signal }: ListOrganizationsParams = {}) {
      const fetchPage = (pageCursor: string | undefined): Promise<Page<Organization>> => {
        const searchParams = new URLSearchParams();
        if (limit !== undefined) searchParams.set('limit', String(limit));
        if (pageCursor) searchParams.set('cursor', pageCursor);
        return transport.get(relativePath(operations.listOrganizations.path), OrganizationPage, { searchParams, signal });
      };
      return new PagedList(fetchPage, cursor);
    },
    get(id, { signal } = {}) {
      return transport.get(relativePath(buildPath(operations.getOrganization.path, { id })), Organization, { signal });
    },
  };
}
