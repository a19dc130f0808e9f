import type { ReactiveController } from 'lit';
import { filterEvents, type EventFilter, type ForumEvent } from '@ngo-liaison/core';
import type { LiaisonElement } from '../../internal/liaison-element.js';
import { clientFor, loadEvents, loadRegionOf, type EventSource } from './calendar-source.js';

export type LoadState = 'loading' | 'ready' | 'error';

/** Where the events come from, as the element's properties say. */
export interface LoadInput {
  events?: readonly ForumEvent[] | undefined;
  client?: EventSource | undefined;
  apiBase?: string | undefined;
}

/**
 * Loads the events of the days on screen — from static `events` (filtered here), a client,
 * or the client built for `api-base` (its chunk loaded on first use) — one request at a
 * time: a newer request aborts the older, and removal from the page aborts it (the next
 * connection loads again).
 */
export class CalendarLoader implements ReactiveController {
  events: ForumEvent[] = [];
  state: LoadState = 'ready';
  error: unknown;
  /** Grows with every change of `events`, for caches keyed on it. */
  version = 0;

  readonly #host: LiaisonElement;
  readonly #onLoaded: () => void;
  #key = '';
  #request: AbortController | undefined;
  #ownClient: { apiBase: string; client: EventSource } | undefined;

  constructor(host: LiaisonElement, onLoaded: () => void) {
    this.#host = host;
    this.#onLoaded = onLoaded;
    host.addController(this);
  }

  hostConnected(): void {
    // Back on the page after a request was cut short: load again.
    if (!this.#key) this.#host.requestUpdate();
  }

  hostDisconnected(): void {
    this.#request?.abort();
    this.#request = undefined;
    this.#key = '';
  }

  /** Forgets what was loaded: the next `load` asks again. */
  reset(): void {
    this.#key = '';
  }

  /** The client to use now: `client`, or the one built for `api-base` once its chunk has loaded. */
  source({ client, apiBase }: LoadInput): EventSource | undefined {
    if (client) return client;
    const base = apiBase?.trim();
    return base && this.#ownClient?.apiBase === base ? this.#ownClient.client : undefined;
  }

  async #sourceReady({ client, apiBase }: LoadInput): Promise<EventSource | undefined> {
    const base = apiBase?.trim();
    if (client || !base) return client;
    const built = await clientFor(base);
    if (this.#ownClient?.apiBase !== base) {
      this.#ownClient = { apiBase: base, client: built };
      // The subscribe link needs the client's feed URL.
      this.#host.requestUpdate();
    }
    return built;
  }

  /** Loads `filter` unless `key` names what is already loaded (`force` to load anyway). */
  load(key: string, filter: EventFilter, input: LoadInput, force = false): void {
    if (key === this.#key && !force) return;
    this.#key = key;
    this.#request?.abort();
    this.#request = undefined;
    const { events } = input;
    if (events) {
      if (filter.regions?.length) {
        this.#set('loading');
        void loadRegionOf().then((regionOf) => this.#done(filterEvents(events, filter, regionOf)));
      } else {
        this.#done(filterEvents(events, filter));
      }
      return;
    }
    if (!input.client && !input.apiBase?.trim()) {
      this.#done([]);
      return;
    }
    const request = new AbortController();
    this.#request = request;
    this.#set('loading');
    this.#sourceReady(input)
      .then((source) => (source ? loadEvents(source, filter, request.signal) : []))
      .then(
        (loaded) => {
          if (!request.signal.aborted) this.#done(loaded);
        },
        (error: unknown) => {
          if (request.signal.aborted) return;
          this.error = error;
          this.#set('error');
        },
      );
  }

  #set(state: LoadState): void {
    this.state = state;
    if (state !== 'error') this.error = undefined;
    this.#host.requestUpdate();
  }

  #done(events: ForumEvent[]): void {
    this.events = events;
    this.version++;
    this.#set('ready');
    this.#onLoaded();
  }
}
