import type { Hono } from 'hono';
import { ValidationError, countryListOn, operations, parseCountryListQuery, utcDay } from '@ngo-liaison/core';
import { COUNTRIES, NATIONAL_COMMISSIONS, SDGS, SECTORS } from '@ngo-liaison/core/reference';
import { respondWithEtag } from '../http/conditional-get.js';
import { revisionEtag } from '../http/revision-etag.js';
import { routePath } from '../http/route-path.js';

/** Reference lists take no parameters: anything in the query is a mistake worth a 400. */
function rejectQuery(url: string): void {
  const keys = [...new Set(new URL(url).searchParams.keys())];
  if (keys.length) throw new ValidationError(keys.map((path) => ({ path, message: 'unknown query parameter; this list takes none' })), 'Invalid query');
}

const LISTS = [
  [operations.listSectors.path, SECTORS],
  [operations.listSdgs.path, SDGS],
  [operations.listNationalCommissions.path, NATIONAL_COMMISSIONS],
] as const;

interface Rendered {
  body: string;
  etag: string;
}

/**
 * The countries list follows the day (`?on=`, default today read here, at the request edge).
 * Bodies are kept per set of members, not per day: the set changes only on the few days a
 * membership starts or ends, so the cache stays as small as the history.
 */
function countryRoutes(app: Hono, now: () => Date): void {
  const path = operations.listCountries.path;
  const rendered = new Map<string, Rendered>();
  app.get(routePath(path), (c) => {
    const { on } = parseCountryListQuery(new URL(c.req.url).searchParams);
    const list = countryListOn(COUNTRIES, on ?? utcDay(now()));
    const key = list.items.map((country) => country.code).join();
    let entry = rendered.get(key);
    if (!entry) {
      const body = JSON.stringify(list);
      rendered.set(key, (entry = { body, etag: revisionEtag(body, path, '') }));
    }
    const { body, etag } = entry;
    return respondWithEtag(c, etag, () => c.body(body, 200, { 'content-type': 'application/json' }));
  });
}

export function referenceRoutes(app: Hono, now: () => Date): void {
  for (const [path, items] of LISTS) {
    // Serialised once: these lists only change with a new release.
    const body = JSON.stringify({ items, nextCursor: null, total: items.length });
    const etag = revisionEtag(body, path, '');
    app.get(routePath(path), (c) => {
      rejectQuery(c.req.url);
      return respondWithEtag(c, etag, () => c.body(body, 200, { 'content-type': 'application/json' }));
    });
  }
  countryRoutes(app, now);
}
