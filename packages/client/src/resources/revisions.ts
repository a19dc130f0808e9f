import { OrganizationRevision, OrganizationWriteResult, PATHS, ReturnRevisionBody, RevisionPage, buildPath, type RevisionState } from '@ngo-liaison/core';
import { PagedList } from '../paged-list.js';
import { relativePath } from '../transport.js';
import type { WriteTransport } from '../write-transport.js';
import { appendFilter, appendPaging } from './list-params.js';
import { assertValidBody } from './write-body.js';

export interface ListRevisionsParams {
  /** Default (the server's): pending. */
  state?: RevisionState;
  /** Only this organisation's revisions. */
  organization?: string;
  /** Page size, 1–100 (server default 20). */
  limit?: number;
  cursor?: string;
  signal?: AbortSignal;
}

/** Profile changes NGO editors proposed, and the Secretariat's review of them. */
export interface RevisionsResource {
  /** Newest first: the Secretariat sees every revision, an NGO editor those of its organisation. */
  list(params?: ListRevisionsParams): PagedList<OrganizationRevision>;
  get(id: string, options?: { signal?: AbortSignal }): Promise<OrganizationRevision>;
  /** Publishes it at once (Secretariat); ConflictError (409) when the profile changed since it was proposed. */
  publish(id: string, options?: { signal?: AbortSignal }): Promise<OrganizationWriteResult>;
  /** Returns it to its editor with a reason (Secretariat). */
  return(id: string, reason: string, options?: { signal?: AbortSignal }): Promise<OrganizationRevision>;
}

export function revisionsResource(transport: WriteTransport): RevisionsResource {
  return {
    list({ state, organization, limit, cursor, signal }: ListRevisionsParams = {}) {
      const fetchPage = (pageCursor: string | undefined) => {
        const searchParams = new URLSearchParams();
        appendFilter(searchParams, 'state', state);
        appendFilter(searchParams, 'organization', organization);
        appendPaging(searchParams, limit, pageCursor);
        return transport.get(relativePath(PATHS.listRevisions), RevisionPage, { searchParams, signal });
      };
      return new PagedList(fetchPage, cursor);
    },
    get(id, { signal } = {}) {
      return transport.get(relativePath(buildPath(PATHS.getRevision, { id })), OrganizationRevision, { signal });
    },
    async publish(id, { signal } = {}) {
      return (await transport.send(relativePath(buildPath(PATHS.publishRevision, { id })), OrganizationWriteResult, { method: 'post', signal })).data;
    },
    async return(id, reason, { signal } = {}) {
      const path = relativePath(buildPath(PATHS.returnRevision, { id }));
      const body: ReturnRevisionBody = { reason };
      assertValidBody(transport, path, ReturnRevisionBody, body);
      return (await transport.send(path, OrganizationRevision, { method: 'post', json: body, signal })).data;
    },
  };
}
