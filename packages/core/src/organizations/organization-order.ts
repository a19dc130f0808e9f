import { pickText } from '../i18n/pick-text.js';
import { decodeCursor, encodeCursor } from '../pagination/cursor.js';
import type { Page } from '../schemas/page.js';
import type { Organization } from '../schemas/organization.js';
import { normalizeText } from '../text/normalize.js';

/**
 * A simple, collation-free order: English name, normalised (accents and case folded), then
 * id. The server stores it in the `sort_name` column. Directory pages themselves come from
 * the search index (search/organization-index.ts), which orders names with the collation of
 * the requested language; this key stays for storage and for callers that need a
 * locale-independent order.
 */
export function organizationSortKey(org: Pick<Organization, 'id' | 'name'>): [string, string] {
  return [normalizeText(pickText(org.name, 'en')), org.id];
}

const NAME_ORDER_LIST = 'organizations-by-sort-key';

function compareKeys(a: readonly [string, string], b: readonly (string | number)[]): number {
  for (let i = 0; i < 2; i++) {
    const x = a[i] as string;
    const y = String(b[i]);
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

/** Pages an in-memory list in organizationSortKey order (throws InvalidCursorError). */
export function pageOrganizations(
  organizations: readonly Organization[],
  { limit, cursor }: { limit: number; cursor?: string | undefined },
): Page<Organization> {
  const sorted = organizations
    .map((org) => ({ org, key: organizationSortKey(org) }))
    .sort((a, b) => compareKeys(a.key, b.key));
  const after = cursor ? decodeCursor(cursor, NAME_ORDER_LIST, 2) : undefined;
  const start = after ? sorted.findIndex((entry) => compareKeys(entry.key, after) > 0) : 0;
  const rest = start < 0 ? [] : sorted.slice(start);
  const pageEntries = rest.slice(0, limit);
  const last = pageEntries.at(-1);
  return {
    items: pageEntries.map((entry) => entry.org),
    nextCursor: rest.length > limit && last ? encodeCursor(NAME_ORDER_LIST, last.key) : null,
    total: organizations.length,
  };
}
