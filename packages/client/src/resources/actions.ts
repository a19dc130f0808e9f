import { Action, ActionPage, PATHS, buildPath, type Page } from '@ngo-liaison/core';
import { PagedList } from '../paged-list.js';
import { relativePath, type Transport } from '../transport.js';
import { appendFilter, appendPaging } from './list-params.js';

export interface ListActionsParams {
  programme?: string | readonly string[];
  country?: string | readonly string[];
  /** Field office that carried the action out, lists it, or covers its countries. */
  fieldOffice?: string | readonly string[];
  /** Organisation that carried the action out. */
  organization?: string | readonly string[];
  /** Keep actions still running on or after this date (YYYY-MM-DD). */
  from?: string;
  /** Keep actions started on or before this date (YYYY-MM-DD). */
  to?: string;
  limit?: number;
  cursor?: string;
  signal?: AbortSignal;
}

export interface ActionsResource {
  /** On-the-ground actions by organisations or field offices (`actor`), newest first. */
  list(params?: ListActionsParams): PagedList<Action>;
  /** One published action (pending and returned submissions are not public: NotFoundError). */
  get(id: string, options?: { signal?: AbortSignal }): Promise<Action>;
}

export function actionsResource(transport: Transport): ActionsResource {
  return {
    list({ programme, country, fieldOffice, organization, from, to, limit, cursor, signal }: ListActionsParams = {}) {
      const fetchPage = (pageCursor: string | undefined): Promise<Page<Action>> => {
        const searchParams = new URLSearchParams();
        appendFilter(searchParams, 'programme', programme);
        appendFilter(searchParams, 'country', country);
        appendFilter(searchParams, 'fieldOffice', fieldOffice);
        appendFilter(searchParams, 'organization', organization);
        appendFilter(searchParams, 'from', from);
        appendFilter(searchParams, 'to', to);
        appendPaging(searchParams, limit, pageCursor);
        return transport.get(relativePath(PATHS.listActions), ActionPage, { searchParams, signal });
      };
      return new PagedList(fetchPage, cursor);
    },
    get(id, { signal } = {}) {
      return transport.get(relativePath(buildPath(PATHS.getAction, { id })), Action, { signal });
    },
  };
}
