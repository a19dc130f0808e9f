import { LiaisonCommitteeMandate, MandatePage, buildPath, PATHS, type Page } from '@ngo-liaison/core';
import { PagedList } from '../paged-list.js';
import { relativePath, type Transport } from '../transport.js';
import { appendFilter, appendPaging } from './list-params.js';

export interface ListMandatesParams {
  /** Keep mandates with this member organisation (or any of these). */
  member?: string | readonly string[];
  limit?: number;
  cursor?: string;
  signal?: AbortSignal;
}

export interface LiaisonCommitteeResource {
  /** The Committee's mandates, the latest term first. */
  mandates(params?: ListMandatesParams): PagedList<LiaisonCommitteeMandate>;
  /** One mandate: term, electing conference, members, the outputs its work rests on, its work plan. */
  mandate(id: string, options?: { signal?: AbortSignal }): Promise<LiaisonCommitteeMandate>;
}

export function liaisonCommitteeResource(transport: Transport): LiaisonCommitteeResource {
  return {
    mandates({ member, limit, cursor, signal }: ListMandatesParams = {}) {
      const fetchPage = (pageCursor: string | undefined): Promise<Page<LiaisonCommitteeMandate>> => {
        const searchParams = new URLSearchParams();
        appendFilter(searchParams, 'member', member);
        appendPaging(searchParams, limit, pageCursor);
        return transport.get(relativePath(PATHS.listMandates), MandatePage, { searchParams, signal });
      };
      return new PagedList(fetchPage, cursor);
    },
    mandate(id, { signal } = {}) {
      return transport.get(relativePath(buildPath(PATHS.getMandate, { id })), LiaisonCommitteeMandate, { signal });
    },
  };
}
