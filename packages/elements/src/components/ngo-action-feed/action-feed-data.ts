import type { Action, FieldOfficeDetail, Organization, Page, PartialLocalizedText, Programme } from '@ngo-liaison/core';
import type { LiaisonClient } from '@ngo-liaison/client';

/** What the feed needs from a client; organisation, field-office and programme names are optional extras. */
export type ActionSource = Pick<LiaisonClient, 'actions'> & Partial<Pick<LiaisonClient, 'organizations' | 'programmes' | 'fieldOffices'>>;

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
  /** Names of the organisations and field offices that carried the actions out, and titles of their programmes. */
  organizations: Map<string, PartialLocalizedText>;
  fieldOffices: Map<string, PartialLocalizedText>;
  programmes: Map<string, PartialLocalizedText>;
}

type Names = Pick<FeedPage, 'organizations' | 'fieldOffices' | 'programmes'>;

/** The ids in `ids` not yet in `known`, once each. */
const missing = (ids: (string | undefined)[], known: Map<string, unknown>) => [...new Set(ids)].filter((id): id is string => id !== undefined && !known.has(id));

/**
 * One page of actions, with the names of the organisations, field offices and programmes on it
 * (one request per distinct id, in parallel; a name that fails to load leaves the id shown).
 */
export async function loadFeedPage(
  source: ActionSource,
  filter: ActionFilter,
  limit: number,
  cursor: string | undefined,
  signal: AbortSignal,
  known: Names,
): Promise<FeedPage> {
  const page: Page<Action> = await source.actions.list({ ...filter, limit, signal, ...(cursor ? { cursor } : {}) });
  const organizations = new Map(known.organizations);
  const fieldOffices = new Map(known.fieldOffices);
  const programmes = new Map(known.programmes);
  const orgIds = missing(page.items.map(({ actor }) => (actor.kind === 'organization' ? actor.organization : undefined)), organizations);
  const officeCodes = missing(page.items.map(({ actor }) => (actor.kind === 'field-office' ? actor.fieldOffice : undefined)), fieldOffices);
  const programmeIds = missing(page.items.map((a) => a.programme), programmes);
  await Promise.all([
    ...officeCodes.map((code) =>
      source.fieldOffices
        ?.get(code, { signal })
        .then((office: FieldOfficeDetail) => fieldOffices.set(code, office.name))
        .catch(() => undefined),
    ),
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
  return { items: page.items, nextCursor: page.nextCursor, organizations, fieldOffices, programmes };
}
