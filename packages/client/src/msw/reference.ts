import { http, HttpResponse, delay as wait, type RequestHandler } from 'msw';
import { countryListOn, invalidRequestProblem, operations, parseCountryListQuery, utcDay } from '@ngo-liaison/core';
import { COUNTRIES, NATIONAL_COMMISSIONS, SDGS, SECTORS } from '@ngo-liaison/core/reference';
import { guarded as answer } from './guard.js';
import { mswPattern, problemResponse } from './responses.js';

/**
 * The reference lists, from core's reference data, like the server: whole lists; only the
 * countries list takes a parameter (`?on=`, default the day of `now()`), read by core's parser.
 */
export function referenceHandlers(base: string, delay: number, now: () => Date): RequestHandler[] {
  const lists = [
    [operations.listSectors.path, SECTORS],
    [operations.listSdgs.path, SDGS],
    [operations.listNationalCommissions.path, NATIONAL_COMMISSIONS],
  ] as const;
  return [
    ...lists.map(([path, items]) =>
      http.get(mswPattern(base, path), async ({ request }) => {
        if (delay) await wait(delay);
        const keys = [...new Set(new URL(request.url).searchParams.keys())];
        if (keys.length) {
          return problemResponse(invalidRequestProblem(keys.map((key) => ({ path: key, message: 'unknown query parameter; this list takes none' }))));
        }
        return HttpResponse.json({ items, nextCursor: null, total: items.length });
      }),
    ),
    http.get(mswPattern(base, operations.listCountries.path), ({ request }) =>
      answer(delay, () => {
        const { on } = parseCountryListQuery(new URL(request.url).searchParams);
        return HttpResponse.json(countryListOn(COUNTRIES, on ?? utcDay(now())));
      }),
    ),
  ];
}
