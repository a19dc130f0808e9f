import { regionIndex, type EventFilter, type ForumEvent, type Language, type Page, type RegionOf } from '@ngo-liaison/core';

/**
 * What the calendar needs from a client: `createClient()` from `@ngo-liaison/client` fits,
 * and so does any object with the same `events.list` (another backend, a cache).
 */
export interface EventSource {
  events: {
    list(params: EventFilter & { limit?: number; cursor?: string; signal?: AbortSignal }): PromiseLike<Page<ForumEvent>>;
    /** URL of the iCalendar feed for a filter (enables "subscribe"). */
    feedUrl?(filter?: EventFilter, options?: { lang?: Language; webcal?: boolean }): string;
    /** URL of one event's `.ics` (else the detail view makes the file in the browser). */
    icsUrl?(id: string, options?: { lang?: Language }): string;
    get?(id: string, options?: { signal?: AbortSignal }): Promise<ForumEvent>;
  };
}

/** Most events one month view loads (twenty pages of 100); a busier month shows the first ones. */
export const MAX_EVENTS = 2000;

/** Every event of a filter, page after page, until the last page or MAX_EVENTS. */
export async function loadEvents(source: EventSource, filter: EventFilter, signal: AbortSignal): Promise<ForumEvent[]> {
  const events: ForumEvent[] = [];
  let cursor: string | undefined;
  do {
    const page = await source.events.list({ ...filter, limit: 100, ...(cursor ? { cursor } : {}), signal });
    events.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor && events.length < MAX_EVENTS && !signal.aborted);
  return events;
}

let regions: Promise<RegionOf | undefined> | undefined;

/**
 * Country → UNESCO region, for filtering static `events` by region. The reference data is
 * the lazy chunk <ngo-card> also uses, so it is loaded once per page at most.
 */
export function loadRegionOf(): Promise<RegionOf | undefined> {
  regions ??= import('@ngo-liaison/core/reference').then(
    ({ COUNTRIES }) => regionIndex(COUNTRIES),
    () => {
      regions = undefined;
      return undefined;
    },
  );
  return regions;
}

const clients = new Map<string, Promise<EventSource>>();

/**
 * The events client for an `api-base`, loaded on first use (its own chunk: ky, the schemas
 * that validate responses), so pages that pass `events` or a `client` never load it.
 * Elements with the same `api-base` share one.
 */
export function clientFor(apiBase: string): Promise<EventSource> {
  let client = clients.get(apiBase);
  if (!client) {
    client = import('./events-client.js').then(({ createEventsClient }) => createEventsClient({ baseUrl: apiBase }));
    client.catch(() => clients.delete(apiBase));
    clients.set(apiBase, client);
  }
  return client;
}
