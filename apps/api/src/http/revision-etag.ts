import { createHash } from 'node:crypto';

/**
 * A strong ETag from what determines a response — the data revision, the route and the
 * canonical query — instead of a hash of the serialised body. Equal inputs give equal
 * bodies, so the tag is as exact, and it is known before the work: a route compares it
 * with If-None-Match first (respondWithEtag) and a 304 costs microseconds, where hashing
 * the rendered body cost as much as a 200.
 */
export function revisionEtag(revision: string, route: string, canonicalQuery: string): string {
  return `"${createHash('sha1').update(`${revision}\n${route}\n${canonicalQuery}`).digest('base64url')}"`;
}

const sortedValue = (value: unknown): unknown => {
  if (Array.isArray(value)) {
    const items = value.map(sortedValue);
    // Repeated parameters are sets (OR within a filter): their order does not change the answer.
    return items.every((item) => typeof item === 'string' || typeof item === 'number') ? [...items].sort() : items;
  }
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([k, v]) => [k, sortedValue(v)]),
    );
  }
  return value;
};

/** A parsed query as one canonical string: keys sorted, sets sorted, absent values dropped. */
export function canonicalQuery(query: object): string {
  return JSON.stringify(sortedValue(query));
}
