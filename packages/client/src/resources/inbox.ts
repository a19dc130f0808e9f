import {
  InboxPage,
  MarkInboxBody,
  MarkInboxResult,
  PATHS,
  addresseeKey,
  addresseeOfKey,
  type Addressee,
  type InboxItem,
  type InboxItemKind,
  type Language,
} from '@ngo-liaison/core';
import { PagedList } from '../paged-list.js';
import { relativePath } from '../transport.js';
import type { WriteTransport } from '../write-transport.js';
import { appendFilter, appendPaging } from './list-params.js';
import { assertValidBody } from './write-body.js';

export interface InboxParams {
  /**
   * Addressee keys ("sector:CLT", "field-office:nairobi", "member-state:KE", "organization:icom",
   * "liaison-committee"); default: every inbox the caller reads. The Secretariat must name one.
   */
  addressee?: string | readonly string[];
  kind?: InboxItemKind | readonly InboxItemKind[];
  /** true: only the items the caller has not marked read. */
  unread?: boolean;
  /** Page size, 1–100 (server default 20). */
  limit?: number;
  cursor?: string;
  signal?: AbortSignal;
}

/** The inboxes of the signed-in person: what concerns their sectors, offices, Member States, organisations or the Liaison Committee. */
export interface InboxResource {
  /** One page, newest first, with each item's `read` state for the caller and the `unread` count over the same filter. */
  page(params?: InboxParams): Promise<InboxPage>;
  /** The same as `page`, as a PagedList (`for await` over every page). */
  list(params?: InboxParams): PagedList<InboxItem, InboxPage>;
  /** Marks items read (or unread again) for the caller only: each person keeps their own state. */
  mark(ids: readonly string[], read: boolean, options?: { signal?: AbortSignal }): Promise<MarkInboxResult>;
  /**
   * Absolute URL of the addressee's public Atom feed (no credential needed: for any feed
   * reader), its titles in `lang` where they exist (default: the server's, English).
   */
  feedUrl(addressee: Addressee | string, options?: { lang?: Language }): string;
}

export function inboxResource(transport: WriteTransport): InboxResource {
  const fetchPage = ({ addressee, kind, unread, limit, signal }: InboxParams, pageCursor: string | undefined): Promise<InboxPage> => {
    const searchParams = new URLSearchParams();
    appendFilter(searchParams, 'addressee', addressee);
    appendFilter(searchParams, 'kind', kind);
    if (unread !== undefined) searchParams.set('unread', String(unread));
    appendPaging(searchParams, limit, pageCursor);
    return transport.get(relativePath(PATHS.getInbox), InboxPage, { searchParams, signal });
  };
  return {
    page(params = {}) {
      return fetchPage(params, params.cursor);
    },
    list(params = {}) {
      return new PagedList((pageCursor) => fetchPage(params, pageCursor), params.cursor);
    },
    async mark(ids, read, { signal } = {}) {
      const path = relativePath(PATHS.markInbox);
      const body: MarkInboxBody = { items: [...ids], read };
      assertValidBody(transport, path, MarkInboxBody, body);
      return (await transport.send(path, MarkInboxResult, { method: 'post', json: body, signal })).data;
    },
    feedUrl(addressee, { lang } = {}) {
      const key = typeof addressee === 'string' ? addressee : addresseeKey(addressee);
      // A typo in a key would give a link that only ever answers 400: say so where it is made.
      if (!addresseeOfKey(key)) throw new TypeError(`not an addressee key: ${JSON.stringify(key)} (e.g. "sector:CLT", "member-state:KE", "liaison-committee")`);
      // Checked codes only (slugs, a colon): kept as written, as the feed's own self link writes it.
      return transport.url(relativePath(PATHS.getInboxFeed.replace('{addressee}', key)), lang ? new URLSearchParams({ lang }) : undefined);
    },
  };
}
