import type { Action, Organization, Page, PartialLocalizedText, Programme } from '@ngo-liaison/core';
import type { LiaisonClient } from '@ngo-liaison/client';

/** What the feed needs from a client; organisation and programme names are optional extras. */
export type ActionSource = Pick<LiaisonClient, 'actions'> & Partial<Pick<LiaisonClient, 'organizations' | 'programmes'>>;

export interface ActionFilter {
  programme?: string;
  country?: string;
  fieldOffice?: string;
  organization?: string;
  from?: string;
  to?: string;
}

export interface FeedPage {
  items: Action[];
  nextCursor: string | null;
  /** Names of the organisations and titles of the programmes the actions name. */
  organizations: Map<string, PartialLocalizedText>;
  programmes: Map<string, PartialLocalizedText>;
}

/**
 * One page of actions, with the names of the organisations and programmes on it (one request
 * per distinct id, in parallel; a name that fails to load leaves the id shown).
 */
export async function loadFeedPage(
  source: ActionSource,
  filter: ActionFilter,
  limit: number,
  cursor: string | undefined,
  signal: AbortSignal,
  known: Pick<FeedPage, 'organizations' | 'programmes'>,
): Promise<FeedPage> {
  const page: Page<Action> = await source.actions.list({ ...filter, limit, signal, ...(cursor ? { cursor } : {}) });
  const organizations = new Map(known.organizations);
  const programmes = new Map(known.programmes);
  const orgIds = [...new Set(page.items.map((a) => a.organization))].filter((id) => !organizations.has(id));
  const programmeIds = [...new Set(page.items.map((a) => a.programme))].filter((id) => !programmes.has(id));
  await Promise.all([
    ...orgIds.map((id) =>
      source.organizations
        ?.get(id, { signal })
        .then((org: Organization) => organizations.set(id, org.name))
        .catch(() => undefined),
    ),
    ...programmeIds.map((id) =>
      source.programmes
        ?.get(id, { signal })
        .then((p: Programme) => programmes.set(id, p.title))
        .catch(() => undefined),
    ),
  ]);
  return { items: page.items, nextCursor: page.nextCursor, organizations, programmes };
}
