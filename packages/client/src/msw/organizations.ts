import { http, HttpResponse, type RequestHandler } from 'msw';
import {
  conceptDictionary,
  createOrganizationIndex,
  notFoundProblem,
  operations,
  organizationVCard,
  organizationsToCsv,
  organizationsToJsonExport,
  organizationsToVCards,
  parseOrganizationQuery,
  vocabulary,
  type Organization,
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
export function organizationHandlers(base: string, organizations: readonly Organization[], delay: number): RequestHandler[] {
  const index = createOrganizationIndex(organizations, { countries: COUNTRIES, concepts: conceptDictionary(vocabulary()) });
  const parse = (request: Request, paging = true) =>
    parseOrganizationQuery(new URL(request.url).searchParams, { vocabulary: index.vocabulary, paging });
  const unknownId = (id: string) => problemResponse(notFoundProblem(`No organisation with id "${id}"`));
  return [
    http.get(mswPattern(base, operations.listOrganizations.path), ({ request }) =>
      answer(delay, () => HttpResponse.json(index.search(parse(request)))),
    ),
    http.get(mswPattern(base, operations.exportOrganizationsCsv.path), ({ request }) =>
      answer(delay, () => download(organizationsToCsv(index.searchAll(parse(request, false))), 'text/csv', 'organizations.csv')),
    ),
    http.get(mswPattern(base, operations.exportOrganizationsJson.path), ({ request }) =>
      answer(delay, () => HttpResponse.json(organizationsToJsonExport(index.searchAll(parse(request, false))))),
    ),
    http.get(mswPattern(base, operations.exportOrganizationsVcard.path), ({ request }) =>
      answer(delay, () => download(organizationsToVCards(index.searchAll(parse(request, false))), 'text/vcard', 'organizations.vcf')),
    ),
    http.get(mswPattern(base, operations.getOrganizationVcard.path), ({ params }) =>
      answer(delay, () => {
        const org = index.get(String(params.id));
        if (!org) return unknownId(String(params.id));
        const card = organizationVCard(org);
        return card
          ? download(card, 'text/vcard', `${org.id}.vcf`)
          : problemResponse(notFoundProblem(`Organisation "${org.id}" has no published or demo contact to export`));
      }),
    ),
    http.get(mswPattern(base, operations.getOrganization.path), ({ params }) =>
      answer(delay, () => {
        const org = index.get(String(params.id));
        return org ? HttpResponse.json(org) : unknownId(String(params.id));
      }),
    ),
  ];
}
