import { PATHS, ReturnActionBody, SubmittedAction, SubmittedActionPage, buildPath, type ActionSubmissionState } from '@ngo-liaison/core';
import { PagedList } from '../paged-list.js';
import { relativePath } from '../transport.js';
import type { WriteTransport } from '../write-transport.js';
import { appendFilter, appendPaging } from './list-params.js';
import { assertValidBody } from './write-body.js';

export interface ListActionSubmissionsParams {
  /** Default (the server's): pending. */
  state?: ActionSubmissionState;
  /** Only this programme's submissions. */
  programme?: string;
  /** Only this organisation's submissions. */
  organization?: string;
  /** Page size, 1–100 (server default 20). */
  limit?: number;
  cursor?: string;
  signal?: AbortSignal;
}

/** Submitted actions and their review by the programme's sector (or the Secretariat). */
export interface ActionSubmissionsResource {
  /**
   * Newest first: the Secretariat sees every submission, a sector's focal point those in its
   * sector's programmes, a field office its own, an NGO editor its organisation's.
   */
  list(params?: ListActionSubmissionsParams): PagedList<SubmittedAction>;
  get(id: string, options?: { signal?: AbortSignal }): Promise<SubmittedAction>;
  /** Publishes a pending submission (the programme's sector or the Secretariat); ConflictError (409) when it is no longer pending. */
  publish(id: string, options?: { signal?: AbortSignal }): Promise<SubmittedAction>;
  /** Returns a pending submission to its author with a reason (same rights as `publish`). */
  return(id: string, reason: string, options?: { signal?: AbortSignal }): Promise<SubmittedAction>;
}

export function actionSubmissionsResource(transport: WriteTransport): ActionSubmissionsResource {
  return {
    list({ state, programme, organization, limit, cursor, signal }: ListActionSubmissionsParams = {}) {
      const fetchPage = (pageCursor: string | undefined) => {
        const searchParams = new URLSearchParams();
        appendFilter(searchParams, 'state', state);
        appendFilter(searchParams, 'programme', programme);
        appendFilter(searchParams, 'organization', organization);
        appendPaging(searchParams, limit, pageCursor);
        return transport.get(relativePath(PATHS.listActionSubmissions), SubmittedActionPage, { searchParams, signal });
      };
      return new PagedList(fetchPage, cursor);
    },
    get(id, { signal } = {}) {
      return transport.get(relativePath(buildPath(PATHS.getActionSubmission, { id })), SubmittedAction, { signal });
    },
    async publish(id, { signal } = {}) {
      return (await transport.send(relativePath(buildPath(PATHS.publishAction, { id })), SubmittedAction, { method: 'post', signal })).data;
    },
    async return(id, reason, { signal } = {}) {
      const path = relativePath(buildPath(PATHS.returnAction, { id }));
      const body: ReturnActionBody = { reason };
      assertValidBody(transport, path, ReturnActionBody, body);
      return (await transport.send(path, SubmittedAction, { method: 'post', json: body, signal })).data;
    },
  };
}
