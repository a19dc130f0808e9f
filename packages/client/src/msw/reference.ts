import { http, HttpResponse, delay as wait, type RequestHandler } from 'msw';
import { invalidRequestProblem, operations } from '@ngo-liaison/core';
import { COUNTRIES, NATIONAL_COMMISSIONS, SDGS, SECTORS } from '@ngo-liaison/core/reference';
import { mswPattern, problemResponse } from './responses.js';

/** The reference lists, from core's reference data, like the server (whole list, no parameters). */
export function referenceHandlers(base: string, delay: number): RequestHandler[] {
  const lists = [
    [operations.listSectors.path, SECTORS],
    [operations.listSdgs.path, SDGS],
    [operations.listCountries.path, COUNTRIES],
    [operations.listNationalCommissions.path, NATIONAL_COMMISSIONS],
  ] as const;
  return lists.map(([path, items]) =>
    http.get(mswPattern(base, path), async ({ request }) => {
      if (delay) await wait(delay);
      const keys = [...new Set(new URL(request.url).searchParams.keys())];
      if (keys.length) {
        return problemResponse(invalidRequestProblem(keys.map((key) => ({ path: key, message: 'unknown query parameter; this list takes none' }))));
      }
      return HttpResponse.json({ items, nextCursor: null, total: items.length });
    }),
  );
}
