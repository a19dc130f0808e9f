import type { Hono } from 'hono';
import { ValidationError, operations } from '@ngo-liaison/core';
import { COUNTRIES, NATIONAL_COMMISSIONS, SDGS, SECTORS } from '@ngo-liaison/core/reference';
import { respondWithEtag } from '../http/conditional-get.js';
import { revisionEtag } from '../http/revision-etag.js';
import { routePath } from '../http/route-path.js';
import type { Storage } from '../storage/storage.js';

/** Reference lists take no parameters: anything in the query is a mistake worth a 400. */
function rejectQuery(url: string): void {
  const keys = [...new Set(new URL(url).searchParams.keys())];
  if (keys.length) throw new ValidationError(keys.map((path) => ({ path, message: 'unknown query parameter; this list takes none' })), 'Invalid query');
}

const LISTS = [
  [operations.listSectors.path, SECTORS],
  [operations.listSdgs.path, SDGS],
  [operations.listCountries.path, COUNTRIES],
  [operations.listNationalCommissions.path, NATIONAL_COMMISSIONS],
] as const;

export function referenceRoutes(app: Hono, _storage: Storage): void {
  for (const [path, items] of LISTS) {
    // Serialised once: these lists only change with a new release.
    const body = JSON.stringify({ items, nextCursor: null, total: items.length });
    const etag = revisionEtag(body, path, '');
    app.get(routePath(path), (c) => {
      rejectQuery(c.req.url);
      return respondWithEtag(c, etag, () => c.body(body, 200, { 'content-type': 'application/json' }));
    });
  }
}
