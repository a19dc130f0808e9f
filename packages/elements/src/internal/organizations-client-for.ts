import type { createOrganizationsClient } from './organizations-client.js';

export type OrganizationsClient = ReturnType<typeof createOrganizationsClient>;

const clients = new Map<string, Promise<OrganizationsClient>>();

/**
 * The organisations client for an `api-base`, one per page and base: the directory, cards,
 * profiles and their contact-card links share it. Its module (the transport, the response schemas) is
 * imported on first use only, so elements given `items` or an `organization` never load
 * it. A failed import (or a base the client refuses) is forgotten, so a later call retries.
 */
export function organizationsClientFor(apiBase: string): Promise<OrganizationsClient> {
  let client = clients.get(apiBase);
  if (!client) {
    client = import('./organizations-client.js').then(({ createOrganizationsClient }) => createOrganizationsClient({ baseUrl: apiBase }));
    client.catch(() => clients.delete(apiBase));
    clients.set(apiBase, client);
  }
  return client;
}
