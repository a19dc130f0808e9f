import { FieldOffice, FieldOfficeDetail, FieldOfficePage, buildPath, PATHS, type FieldOfficeType, type Page } from '@ngo-liaison/core';
import { PagedList } from '../paged-list.js';
import { relativePath, type Transport } from '../transport.js';
import { appendFilter, appendPaging } from './list-params.js';

export interface ListFieldOfficesParams {
  type?: FieldOfficeType | readonly FieldOfficeType[];
  /** Keep offices covering this country (or any of these). */
  country?: string | readonly string[];
  limit?: number;
  cursor?: string;
  signal?: AbortSignal;
}

export interface FieldOfficesResource {
  list(params?: ListFieldOfficesParams): PagedList<FieldOffice>;
  /** One office with the countries it covers (names, region, electoral group) and its child offices. */
  get(code: string, options?: { signal?: AbortSignal }): Promise<FieldOfficeDetail>;
}

export function fieldOfficesResource(transport: Transport): FieldOfficesResource {
  return {
    list({ type, country, limit, cursor, signal }: ListFieldOfficesParams = {}) {
      const fetchPage = (pageCursor: string | undefined): Promise<Page<FieldOffice>> => {
        const searchParams = new URLSearchParams();
        appendFilter(searchParams, 'type', type);
        appendFilter(searchParams, 'country', country);
        appendPaging(searchParams, limit, pageCursor);
        return transport.get(relativePath(PATHS.listFieldOffices), FieldOfficePage, { searchParams, signal });
      };
      return new PagedList(fetchPage, cursor);
    },
    get(code, { signal } = {}) {
      return transport.get(relativePath(buildPath(PATHS.getFieldOffice, { code })), FieldOfficeDetail, { signal });
    },
  };
}
