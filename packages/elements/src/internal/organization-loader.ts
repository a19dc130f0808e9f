import type { ReactiveController } from 'lit';
import type { Organization } from '@ngo-liaison/core';
import type { LiaisonElement } from './liaison-element.js';
import { organizationsClientFor } from './organizations-client-for.js';

/** What loading one organisation needs from a client (`createClient()` fits). */
export interface OrganizationGetter {
  organizations: { get(id: string, options?: { signal?: AbortSignal }): PromiseLike<Organization> };
}

export interface OrganizationHost extends LiaisonElement {
  organization?: Organization | undefined;
  orgId?: string | undefined;
  apiBase?: string | undefined;
  client?: OrganizationGetter | undefined;
}

export type LoadState = 'idle' | 'loading' | 'ready' | 'error';

/**
 * Loads one organisation by `org-id` for elements that can also stand alone on a page
 * (`<ngo-card>`, `<ngo-organization-profile>`). A given `organization` property always
 * wins; a changed id or source aborts the request in flight.
 */
export class OrganizationLoader implements ReactiveController {
  readonly #host: OrganizationHost;
  #key: string | undefined;
  #controller: AbortController | undefined;
  #client: { apiBase: string; client: Promise<OrganizationGetter> } | undefined;
  #loaded: Organization | undefined;
  #clientUsed: OrganizationGetter | Promise<OrganizationGetter> | undefined;
  state: LoadState = 'idle';
  error: unknown;

  constructor(host: OrganizationHost) {
    this.#host = host;
    host.addController(this);
  }

  /** The organisation to show: the property, or the one loaded by id. */
  get organization(): Organization | undefined {
    return this.#host.organization ?? this.#loaded;
  }

  hostUpdate(): void {
    const host = this.#host;
    const id = host.orgId?.trim();
    const source = this.#source();
    const key = host.organization || !id || !source ? undefined : `${id}\u0000${host.apiBase ?? ''}`;
    // The same id from another client object is another request too.
    if (key === this.#key && (!key || this.#clientUsed === source)) return;
    this.#abort();
    this.#key = key;
    this.#loaded = undefined;
    this.error = undefined;
    this.state = host.organization ? 'ready' : 'idle';
    if (key && source) this.#load(id!, source);
  }

  hostDisconnected(): void {
    // Put back on the page, the element loads again.
    if (this.state === 'loading') {
      this.#abort();
      this.#key = undefined;
      this.state = 'idle';
    }
  }

  /** Loads again after an error. */
  retry(): void {
    this.#key = undefined;
    this.#host.requestUpdate();
  }

  /** The given client, or one for `api-base`: the client module is imported only then. */
  #source(): OrganizationGetter | Promise<OrganizationGetter> | undefined {
    const host = this.#host;
    if (host.client) return host.client;
    const apiBase = host.apiBase?.trim();
    if (!apiBase) return undefined;
    if (this.#client?.apiBase !== apiBase) {
      this.#client = { apiBase, client: organizationsClientFor(apiBase) };
    }
    return this.#client.client;
  }

  #abort(): void {
    this.#controller?.abort();
    this.#controller = undefined;
  }

  #load(id: string, source: OrganizationGetter | Promise<OrganizationGetter>): void {
    const controller = new AbortController();
    this.#controller = controller;
    this.#clientUsed = source;
    this.state = 'loading';
    const work = Promise.resolve(source).then((client) => client.organizations.get(id, { signal: controller.signal })).then(
      (organization) => {
        if (controller.signal.aborted) return;
        this.#loaded = organization;
        this.state = 'ready';
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        this.error = error;
        this.state = 'error';
      },
    );
    // Like the directory's pages, a request does not hold up updateComplete.
    void work.finally(() => this.#host.requestUpdate());
  }
}
