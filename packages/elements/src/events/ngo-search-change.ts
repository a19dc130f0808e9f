import type { OrganizationFacet, OrganizationSort } from '@ngo-liaison/core/search';

/** What the directory is asked to show: search text, facet filters and order. */
export interface DirectoryQuery {
  /** The search box's text ('' for none). */
  readonly q: string;
  /** Selected values per facet: OR within a facet, AND across facets. */
  readonly filters: { readonly [F in OrganizationFacet]?: readonly string[] };
  /** The chosen order; undefined means the default (best match with text, name without). */
  readonly sort?: OrganizationSort | undefined;
}

/** What the user did to change the query. */
export type SearchChangeReason = 'input' | 'facet' | 'chip' | 'clear' | 'sort' | 'history';

/**
 * The user changed the directory's query: typed in the search box, ticked a facet value,
 * removed a filter chip, cleared the filters, chose an order, or went back or forward in
 * the browser's history (with `sync-url`). Not fired when the host sets `query`.
 * Bubbles and crosses shadow roots. Not cancelable: the search has already started.
 */
export class NgoSearchChangeEvent extends Event {
  static readonly eventName = 'ngo-search-change' as const;

  readonly query: DirectoryQuery;
  readonly reason: SearchChangeReason;

  constructor(query: DirectoryQuery, reason: SearchChangeReason) {
    super(NgoSearchChangeEvent.eventName, { bubbles: true, composed: true, cancelable: false });
    this.query = query;
    this.reason = reason;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ngo-search-change': NgoSearchChangeEvent;
  }
}
