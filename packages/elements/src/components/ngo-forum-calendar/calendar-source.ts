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
  regions ??= import('../../internal/reference.js').then(
    ({ COUNTRIES }) => regionIndex(COUNTRIES),
    () => {
      regions = undefined;
      return undefined;
    },
  );
  return regions;
}

const clients = new Map<string, Promise<EventSource>>();

type EventsClientFactory = typeof import('./events-client.js').createEventsClient;
let bundledFactory: EventsClientFactory | undefined;

// Defined (as true) by the CDN build only, which bundles the client: there the lazy import
// below is dead code, so esbuild makes no chunk for it and keeps the client with the widget.
declare const __NGO_CDN_BUNDLE__: boolean | undefined;
const importFactory: (() => Promise<EventsClientFactory>) | undefined =
  typeof __NGO_CDN_BUNDLE__ === 'undefined' ? () => import('./events-client.js').then((module) => module.createEventsClient) : undefined;

/**
 * Hands `clientFor` a client factory that is already loaded. The CDN calendar bundles the
 * events client, because nearly every script-tag embed sets `api-base`: the client then
 * arrives with the widget instead of in a second request that waits for the first.
 */
export function provideEventsClient(factory: EventsClientFactory): void {
  bundledFactory = factory;
}

/**
 * The events client for an `api-base`: the bundled one, else loaded on first use (its own
 * chunk: the transport, the schemas that validate responses), so npm users who pass
 * `events` or a `client` never load it. Elements with the same `api-base` share one.
 */
export function clientFor(apiBase: string): Promise<EventSource> {
  let client = clients.get(apiBase);
  if (!client) {
    const factory = bundledFactory ? Promise.resolve(bundledFactory) : importFactory?.();
    client = factory ? factory.then((create) => create({ baseUrl: apiBase })) : Promise.reject(new Error('no events client: call provideEventsClient()'));
    client.catch(() => clients.delete(apiBase));
    clients.set(apiBase, client);
  }
  return client;
}
