import { EventPage, ForumEvent, PATHS, buildPath, eventFilterParams, type EventFilter, type Language, type Page } from '@ngo-liaison/core';
import { PagedList } from '../paged-list.js';
import { Transport, relativePath, type TransportOptions } from '../transport.js';
import { sessionGetter, type SessionGetter } from './session-getter.js';

export interface ListEventsParams extends EventFilter {
  /** Page size, 1–100 (server default 20). */
  limit?: number;
  /** Start after this cursor (from a previous page's `nextCursor`). */
  cursor?: string;
  signal?: AbortSignal;
}

export interface FeedUrlOptions {
  /** Language of the feed's titles and descriptions (default: the server's, English). */
  lang?: Language;
  /**
   * `webcal://` instead of `http(s)://`: the scheme that makes a link open the visitor's
   * calendar app with "subscribe" (Apple Calendar, Outlook, most phones).
   */
  webcal?: boolean;
}

export interface EventsResource {
  /**
   * Events matching the filter, in start order. Await for the first page; `for await` for
   * every page; `.items()` for every event; `.toArray()` to collect them.
   */
  list(params?: ListEventsParams): PagedList<ForumEvent>;
  get(id: string, options?: { signal?: AbortSignal }): Promise<ForumEvent>;
  /** URL of the iCalendar feed honouring the same filter as `list` (for "subscribe" links). */
  feedUrl(filter?: EventFilter, options?: FeedUrlOptions): string;
  /** URL of one event's `.ics` download (for "add to calendar"). */
  icsUrl(id: string, options?: { lang?: Language }): string;
}

function withScheme(url: string, webcal: boolean | undefined): string {
  return webcal ? url.replace(/^https?:/, 'webcal:') : url;
}

export function eventsResource(transport: Transport): EventsResource {
  return {
    list({ limit, cursor, signal, ...filter }: ListEventsParams = {}) {
      const fetchPage = (pageCursor: string | undefined): Promise<Page<ForumEvent>> => {
        const searchParams = eventFilterParams(filter);
        if (limit !== undefined) searchParams.set('limit', String(limit));
        if (pageCursor) searchParams.set('cursor', pageCursor);
        return transport.get(relativePath(PATHS.listEvents), EventPage, { searchParams, signal });
      };
      return new PagedList(fetchPage, cursor);
    },
    get(id, { signal } = {}) {
      return transport.get(relativePath(buildPath(PATHS.getEvent, { id })), ForumEvent, { signal });
    },
    feedUrl(filter = {}, { lang, webcal } = {}) {
      const searchParams = eventFilterParams(filter);
      if (lang) searchParams.set('lang', lang);
      return withScheme(transport.url(relativePath(PATHS.eventsFeed), searchParams), webcal);
    },
    icsUrl(id, { lang } = {}) {
      const searchParams = new URLSearchParams(lang ? { lang } : {});
      return transport.url(relativePath(buildPath(PATHS.getEventIcs, { id })), searchParams);
    },
  };
}

/**
 * A client for the event operations, and for getting the session an event is part of: what
 * `createClient(options).events` and `.sessions.get` do, in a fraction of the bundle (the calendar
 * widget uses it). Same transport, errors and validation.
 */
export function createEventsClient(options: TransportOptions): { readonly baseUrl: string; readonly events: EventsResource; readonly sessions: SessionGetter } {
  const transport = new Transport(options);
  return { baseUrl: transport.baseUrl, events: eventsResource(transport), sessions: sessionGetter(transport) };
}
