import type { ReactiveController } from 'lit';
import { exportableContacts, type Organization } from '@ngo-liaison/core';
import type { LiaisonElement } from '../../internal/liaison-element.js';
import { organizationsClientFor } from '../../internal/organizations-client-for.js';
import { webUrl } from '../../internal/safe-url.js';

/** What the link needs from a client: `createClient()` and `createOrganizationsClient()` fit. */
interface VcardUrlSource {
  organizations: { vcardUrl?: ((id: string) => string) | undefined };
}

export interface VcardHost extends LiaisonElement {
  apiBase?: string | undefined;
  client?: object | undefined;
}

/**
 * The URL of the shown organisation's contact card (`/v1/organizations/{id}/contact.vcf`),
 * built by the client like every other API URL. There is none when the API would answer
 * 404 — core's `exportableContacts` is the server's rule: only fictional or published
 * contacts leave the directory — nor when the profile knows no API (a static
 * `organization` without `api-base` or `client`).
 */
export class VcardLinkController implements ReactiveController {
  readonly #host: VcardHost;
  readonly #organization: () => Organization | undefined;
  /** The `api-base` a client is being (or has been) built for, and that client. */
  #apiBase: string | undefined;
  #client: VcardUrlSource | undefined;
  /** What to link to in this render. */
  url: string | undefined;

  constructor(host: VcardHost, organization: () => Organization | undefined) {
    this.#host = host;
    this.#organization = organization;
    host.addController(this);
  }

  hostUpdate(): void {
    const org = this.#organization();
    this.url = org && exportableContacts(org).length > 0 ? this.#urlFor(org.id) : undefined;
  }

  #urlFor(id: string): string | undefined {
    const source = this.#source();
    const organizations = source?.organizations;
    if (typeof organizations?.vcardUrl !== 'function') return undefined;
    try {
      // The client's URL, still checked: a `client` object is the page's, and only http(s) is a link.
      return webUrl(organizations.vcardUrl(id))?.href;
    } catch {
      return undefined;
    }
  }

  /**
   * The given client, or the shared one for `api-base`. With `org-id` the loader has
   * imported the client module already; with a static `organization` it is imported for
   * the link alone, and the link appears once it has loaded.
   */
  #source(): VcardUrlSource | undefined {
    const host = this.#host;
    if (host.client) return host.client as VcardUrlSource;
    const apiBase = host.apiBase?.trim();
    if (!apiBase) return undefined;
    if (this.#apiBase !== apiBase) {
      this.#apiBase = apiBase;
      this.#client = undefined;
      host.trackPending(
        organizationsClientFor(apiBase).then(
          (client) => {
            if (this.#apiBase !== apiBase) return;
            this.#client = client;
            host.requestUpdate();
          },
          () => {
            // No client (offline CDN, or a base the client refuses): no link; the next update tries again.
            if (this.#apiBase === apiBase) this.#apiBase = undefined;
          },
        ),
      );
    }
    return this.#client;
  }
}
