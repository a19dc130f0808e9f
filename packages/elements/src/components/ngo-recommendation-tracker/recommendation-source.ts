import type { FollowUpStatus, ForumEvent, Page, Recommendation } from '@ngo-liaison/core';

export interface RecommendationListParams {
  event?: string;
  sector?: string;
  country?: string;
  addressee?: string;
  status?: FollowUpStatus;
  limit?: number;
  cursor?: string;
  signal?: AbortSignal;
}

/**
 * What the tracker needs from a client: `createRecommendationsClient()` (read-only) and
 * `createClient()` from `@ngo-liaison/client` both fit. A client with `events.get` (the full
 * client) also gives the events' titles; without it the tracker shows the event's id.
 */
export interface RecommendationSource {
  /** The API's `/v1` URL (both clients have it): the tracker links each evaluation to its results there. */
  readonly baseUrl?: string;
  recommendations: { list(params: RecommendationListParams): PromiseLike<Page<Recommendation>> };
  events?: { get(id: string, options?: { signal?: AbortSignal }): Promise<ForumEvent> };
}

const clients = new Map<string, Promise<RecommendationSource>>();

/**
 * The read-only recommendations client for an `api-base`, one per page and base. Its module
 * (transport, response schemas) is imported on first use: a lazy chunk of the tracker's bundle,
 * which a page passing its own `client` never loads. A failed import is forgotten, so a later
 * call retries.
 */
export function recommendationsClientFor(apiBase: string): Promise<RecommendationSource> {
  let client = clients.get(apiBase);
  if (!client) {
    client = import('./recommendations-client.js').then(({ createRecommendationsClient }) => createRecommendationsClient({ baseUrl: apiBase }));
    client.catch(() => clients.delete(apiBase));
    clients.set(apiBase, client);
  }
  return client;
}
