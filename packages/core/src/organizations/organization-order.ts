import { decodeCursor, encodeCursor } from '../pagination/cursor.js';
import type { Page } from '../schemas/page.js';
import type { Organization } from '../schemas/organization.js';
import { normalizeText } from '../text/normalize.js';

/**
 * Default list order: English name, normalised (accents and case folded), then id to
 * break ties. The server stores this key in a column and pages by it; in-memory lists
 * (msw handlers, static exports) use the same function, so both agree on every page.
 */
export function organizationSortKey(org: Pick<Organization, 'id' | 'name'>): [string, string] {
  return [normalizeText(org.name.en), org.id];
}

function compareKeys(a: readonly [string, string], b: readonly (string | number)[]): number {
  for (let i = 0; i < 2; i++) {
    const x = a[i] as string;
    const y = String(b[i]);
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

/** Pages an in-memory list exactly as the server does (throws InvalidCursorError). */
export function pageOrganizations(
  organizations: readonly Organization[],
  { limit, cursor }: { limit: number; cursor?: string | undefined },
): Page<Organization> {
  const sorted = organizations
    .map((org) => ({ org, key: organizationSortKey(org) }))
    .sort((a, b) => compareKeys(a.key, b.key));
  const after = cursor ? decodeCursor(cursor, 2) : undefined;
  const start = after ? sorted.findIndex((entry) => compareKeys(entry.key, after) > 0) : 0;
  const rest = start < 0 ? [] : sorted.slice(start);
  const pageEntries = rest.slice(0, limit);
  const last = pageEntries.at(-1);
  return {
    items: pageEntries.map((entry) => entry.org),
    nextCursor: rest.length > limit && last ? encodeCursor(last.key) : null,
    total: organizations.length,
  };
}
