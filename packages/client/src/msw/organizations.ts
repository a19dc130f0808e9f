import { http, HttpResponse, type RequestHandler } from 'msw';
import {
  countryGroupingOn,
  conceptDictionary,
  createOrganizationIndex,
  membershipKey,
  notFoundProblem,
  operations,
  organizationVCard,
  organizationsToCsv,
  organizationsToJsonExport,
  organizationsToVCards,
  parseOrganizationQuery,
  pathParamsProblem,
  utcDay,
  vocabulary,
  type Organization,
  type OrganizationIndex,
} from '@ngo-liaison/core';
import { COUNTRIES } from '@ngo-liaison/core/reference';
import { guarded as answer } from './guard.js';
import { mswPattern, problemResponse } from './responses.js';

const download = (body: string, type: string, filename: string) =>
  new HttpResponse(body, {
    headers: { 'content-type': `${type}; charset=utf-8`, 'content-disposition': `attachment; filename="${filename}"` },
  });

/**
 * The directory's routes, answered by core's search index over `organizations`: the very
 * code the server runs, so pages, facets, cursors, exports and 400s are the server's.
 */
export function organizationHandlers(base: string, organizations: readonly Organization[], delay: number, now: () => Date): RequestHandler[] {
  // The region and group facets follow membership on the day of the request, as on the server:
  // one index per set of members (it changes only on the few days a membership ends or starts).
  const concepts = conceptDictionary(vocabulary());
  const indexes = new Map<string, OrganizationIndex>();
  const current = (): OrganizationIndex => {
    const day = utcDay(now());
    const key = membershipKey(COUNTRIES, day);
    let index = indexes.get(key);
    if (!index) indexes.set(key, (index = createOrganizationIndex(organizations, { countries: countryGroupingOn(COUNTRIES, day), concepts })));
    return index;
  };
  const parse = (request: Request, index: OrganizationIndex, paging = true) =>
    parseOrganizationQuery(new URL(request.url).searchParams, { vocabulary: index.vocabulary, paging });
  const unknownId = (id: string) => problemResponse(notFoundProblem(`No organisation with id "${id}"`));
  return [
    http.get(mswPattern(base, operations.listOrganizations.path), ({ request }) =>
      answer(delay, () => {
        const index = current();
        return HttpResponse.json(index.search(parse(request, index)));
      }),
    ),
    http.get(mswPattern(base, operations.exportOrganizationsCsv.path), ({ request }) =>
      answer(delay, () => {
        const index = current();
        return download(organizationsToCsv(index.searchAll(parse(request, index, false))), 'text/csv', 'organizations.csv');
      }),
    ),
    http.get(mswPattern(base, operations.exportOrganizationsJson.path), ({ request }) =>
      answer(delay, () => {
        const index = current();
        return HttpResponse.json(organizationsToJsonExport(index.searchAll(parse(request, index, false))));
      }),
    ),
    http.get(mswPattern(base, operations.exportOrganizationsVcard.path), ({ request }) =>
      answer(delay, () => {
        const index = current();
        return download(organizationsToVCards(index.searchAll(parse(request, index, false))), 'text/vcard', 'organizations.vcf');
      }),
    ),
    http.get(mswPattern(base, operations.getOrganizationVcard.path), ({ params }) =>
      answer(delay, () => {
        const malformed = pathParamsProblem(operations.getOrganizationVcard, { id: String(params.id) });
        if (malformed) return problemResponse(malformed);
        const org = current().get(String(params.id));
        if (!org) return unknownId(String(params.id));
        const card = organizationVCard(org);
        return card
          ? download(card, 'text/vcard', `${org.id}.vcf`)
          : problemResponse(notFoundProblem(`Organisation "${org.id}" has no published or demo contact to export`));
      }),
    ),
    http.get(mswPattern(base, operations.getOrganization.path), ({ params }) =>
      answer(delay, () => {
        const malformed = pathParamsProblem(operations.getOrganization, { id: String(params.id) });
        if (malformed) return problemResponse(malformed);
        const org = current().get(String(params.id));
        return org ? HttpResponse.json(org) : unknownId(String(params.id));
      }),
    ),
  ];
}
