import { PATHS, SessionPage, type ForumEvent, type GoverningBodySession, type Page, type SessionBody } from '@ngo-liaison/core';
import { PagedList } from '../paged-list.js';
import { Transport, relativePath, type TransportOptions } from '../transport.js';
import type { EventsResource, ListEventsParams } from './events.js';
import { appendFilter, appendPaging } from './list-params.js';
import { sessionGetter, type SessionGetter } from './session-getter.js';

export interface ListSessionsParams {
  /** Keep sessions of this body (or any of these). */
  body?: SessionBody | readonly SessionBody[];
  /** Page size, 1–100 (server default 20). */
  limit?: number;
  cursor?: string;
  signal?: AbortSignal;
}

export interface SessionsResource extends SessionGetter {
  /** Sessions of the General Conference, the Executive Board and its NGP Committee, in order of their first day. */
  list(params?: ListSessionsParams): PagedList<GoverningBodySession>;
}

/** With the events resource: `events(id)` lists the events of a session (`GET /v1/events?session=`). */
export interface SessionsWithEventsResource extends SessionsResource {
  events(id: string, params?: Omit<ListEventsParams, 'sessions'>): PagedList<ForumEvent>;
}

export function sessionsResource(transport: Transport): SessionsResource {
  return {
    ...sessionGetter(transport),
    list({ body, limit, cursor, signal }: ListSessionsParams = {}) {
      const fetchPage = (pageCursor: string | undefined): Promise<Page<GoverningBodySession>> => {
        const searchParams = new URLSearchParams();
        appendFilter(searchParams, 'body', body);
        appendPaging(searchParams, limit, pageCursor);
        return transport.get(relativePath(PATHS.listSessions), SessionPage, { searchParams, signal });
      };
      return new PagedList(fetchPage, cursor);
    },
  };
}

/** The sessions resource with `events(id)`, over the events resource of the same client. */
export function sessionsWithEvents(sessions: SessionsResource, events: EventsResource): SessionsWithEventsResource {
  return { ...sessions, events: (id, params = {}) => events.list({ ...params, sessions: [id] }) };
}

/**
 * A client for the session operations only: what the calendar's event detail loads, in a
 * chunk of its own, when an event that is part of a session is opened.
 */
export function createSessionsClient(options: TransportOptions): { readonly baseUrl: string; readonly sessions: SessionsResource } {
  const transport = new Transport(options);
  return { baseUrl: transport.baseUrl, sessions: sessionsResource(transport) };
}
