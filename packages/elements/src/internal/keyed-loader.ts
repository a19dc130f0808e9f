import type { ReactiveController } from 'lit';
import { createClient, type LiaisonClient } from '@ngo-liaison/client';
import type { LiaisonElement } from './liaison-element.js';

export type LoaderState = 'idle' | 'loading' | 'ready' | 'error';

/** What to load now: a key (same key, no new request) and the request itself. */
export interface LoadPlan<T> {
  key: string;
  load(signal: AbortSignal): PromiseLike<T>;
}

/**
 * Loads one value for an element whenever the inputs behind it change (the key), aborting
 * the request in flight. A missing plan (no source, no id) leaves the loader idle. Like the
 * directory's pages, a request does not hold up updateComplete.
 */
export class KeyedLoader<T> implements ReactiveController {
  readonly #host: LiaisonElement;
  readonly #plan: () => LoadPlan<T> | undefined;
  #key: string | undefined;
  #controller: AbortController | undefined;
  state: LoaderState = 'idle';
  value: T | undefined;
  error: unknown;

  constructor(host: LiaisonElement, plan: () => LoadPlan<T> | undefined) {
    this.#host = host;
    this.#plan = plan;
    host.addController(this);
  }

  hostUpdate(): void {
    const plan = this.#plan();
    if (plan?.key === this.#key) return;
    this.#controller?.abort();
    this.#controller = undefined;
    this.#key = plan?.key;
    this.value = undefined;
    this.error = undefined;
    this.state = 'idle';
    if (plan) this.#run(plan);
  }

  hostDisconnected(): void {
    if (this.state === 'loading') {
      this.#controller?.abort();
      this.#key = undefined;
      this.state = 'idle';
    }
  }

  /** Loads again (after an error, or when the host knows the data changed). */
  reload(): void {
    this.#key = undefined;
    this.#host.requestUpdate();
  }

  #run(plan: LoadPlan<T>): void {
    const controller = new AbortController();
    this.#controller = controller;
    this.state = 'loading';
    const work = Promise.resolve(plan.load(controller.signal)).then(
      (value) => {
        if (controller.signal.aborted) return;
        this.value = value;
        this.state = 'ready';
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        this.error = error;
        this.state = 'error';
      },
    );
    void work.finally(() => this.#host.requestUpdate());
  }
}

const clients = new Map<string, LiaisonClient>();

/** One client per `api-base` on the page, shared by every element that names it. */
export function clientFor(apiBase: string | undefined): LiaisonClient | undefined {
  const base = apiBase?.trim();
  if (!base) return undefined;
  let client = clients.get(base);
  if (!client) clients.set(base, (client = createClient({ baseUrl: base })));
  return client;
}

/** A stable key for an object source: the same client object, the same key. */
const objectKeys = new WeakMap<object, number>();
let nextKey = 1;
export function sourceKey(source: object): string {
  let key = objectKeys.get(source);
  if (!key) objectKeys.set(source, (key = nextKey++));
  return `#${key}`;
}
