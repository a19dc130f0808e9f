import type { GoverningBodySession } from '@ngo-liaison/core';

/** What the detail view needs to name an event's session: `createClient()` fits. */
export interface SessionGetter {
  sessions: { get(id: string, options?: { signal?: AbortSignal }): Promise<GoverningBodySession> };
}

const clients = new Map<string, Promise<SessionGetter>>();

/**
 * A sessions client for an API's `/v1`, loaded on first use (its own chunk: the session
 * schema and resource; the transport is the events client's), one per base URL.
 */
export function sessionsClientFor(baseUrl: string): Promise<SessionGetter> {
  let client = clients.get(baseUrl);
  if (!client) {
    client = import('./sessions-client.js').then(({ createSessionsClient }) => createSessionsClient({ baseUrl }));
    client.catch(() => clients.delete(baseUrl));
    clients.set(baseUrl, client);
  }
  return client;
}
