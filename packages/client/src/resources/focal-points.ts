import { FocalPoint, FocalPointPage, PATHS, type Page, type SectorCode } from '@ngo-liaison/core';
import { PagedList } from '../paged-list.js';
import { relativePath, type Transport } from '../transport.js';
import { appendFilter, appendPaging } from './list-params.js';

export interface ListFocalPointsParams {
  sector?: SectorCode | readonly SectorCode[];
  fieldOffice?: string | readonly string[];
  programme?: string | readonly string[];
  limit?: number;
  cursor?: string;
  signal?: AbortSignal;
}

export interface FocalPointsResource {
  /** Roles answering NGOs for the given sectors, offices or programmes (any of them). */
  list(params?: ListFocalPointsParams): PagedList<FocalPoint>;
}

export function focalPointsResource(transport: Transport): FocalPointsResource {
  return {
    list({ sector, fieldOffice, programme, limit, cursor, signal }: ListFocalPointsParams = {}) {
      const fetchPage = (pageCursor: string | undefined): Promise<Page<FocalPoint>> => {
        const searchParams = new URLSearchParams();
        appendFilter(searchParams, 'sector', sector);
        appendFilter(searchParams, 'fieldOffice', fieldOffice);
        appendFilter(searchParams, 'programme', programme);
        appendPaging(searchParams, limit, pageCursor);
        return transport.get(relativePath(PATHS.listFocalPoints), FocalPointPage, { searchParams, signal });
      };
      return new PagedList(fetchPage, cursor);
    },
  };
}
