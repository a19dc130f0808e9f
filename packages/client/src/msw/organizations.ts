import { http, HttpResponse, type RequestHandler } from 'msw';
import {
  countryGroupingOn,
  conceptDictionary,
  createOrganizationIndex,
  membershipKey,
  notFoundProblem,
  operations,
  organizationEtag,
  organizationForReader,
  organizationVCard,
  organizationsToCsv,
  organizationsToJsonExport,
  organizationsToVCards,
  parseOrganizationQuery,
  pathParamsProblem,
  readerViewOf,
  utcDay,
  vocabulary,
  type OrganizationIndex,
  type Principal,
} from '@ngo-liaison/core';
import { COUNTRIES } from '@ngo-liaison/core/reference';
import { guarded as answer } from './guard.js';
import { mswPattern, problemResponse } from './responses.js';
import { principalOr, type WriteDeps } from './write-adapter.js';

const download = (body: string, type: string, filename: string) =>
  new HttpResponse(body, {
    headers: { 'content-type': `${type}; charset=utf-8`, 'content-disposition': `attachment; filename="${filename}"` },
  });

/**
 * The directory's routes, answered by core's search index over the handlers' published
 * organisations: the very code the server runs, so pages, facets, cursors, exports and 400s
 * are the server's. Each reader gets the contacts core's visibility rule gives them, and a
 * published write is seen by the next request (the index is rebuilt when the store moves).
 */
export function organizationHandlers(base: string, deps: WriteDeps, delay: number): RequestHandler[] {
  const { store, now } = deps;
  // The region and group facets follow membership on the day of the request, as on the server:
  // one index per set of members (it changes only on the few days a membership ends or starts).
  const concepts = conceptDictionary(vocabulary());
  const indexes = new Map<string, OrganizationIndex>();
  let indexedRevision = store.revision;
  const current = (): OrganizationIndex => {
    if (indexedRevision !== store.revision) {
      indexes.clear();
      indexedRevision = store.revision;
    }
    const day = utcDay(now());
    const key = membershipKey(COUNTRIES, day);
    let index = indexes.get(key);
    if (!index) indexes.set(key, (index = createOrganizationIndex(store.published(), { countries: countryGroupingOn(COUNTRIES, day), concepts })));
    return index;
  };
  const parse = (request: Request, index: OrganizationIndex, paging = true) =>
    parseOrganizationQuery(new URL(request.url).searchParams, { vocabulary: index.vocabulary, paging });
  const unknownId = (id: string) => problemResponse(notFoundProblem(`No organisation with id "${id}"`));
  /** Every match of the request's query, as its reader may see them. */
  const all = (request: Request, reader: Principal) => {
    const index = current();
    return index.searchAll(parse(request, index, false)).map((org) => organizationForReader(org, reader));
  };
  return [
    http.get(mswPattern(base, operations.listOrganizations.path), ({ request }) =>
      answer(delay, () => {
        const reader = principalOr(request, deps);
        if (reader instanceof Response) return reader;
        const index = current();
        const page = index.search(parse(request, index));
        return HttpResponse.json({ ...page, items: page.items.map((org) => organizationForReader(org, reader)) });
      }),
    ),
    http.get(mswPattern(base, operations.exportOrganizationsCsv.path), ({ request }) =>
      answer(delay, () => {
        const reader = principalOr(request, deps);
        if (reader instanceof Response) return reader;
        return download(organizationsToCsv(all(request, reader), { reader }), 'text/csv', 'organizations.csv');
      }),
    ),
    http.get(mswPattern(base, operations.exportOrganizationsJson.path), ({ request }) =>
      answer(delay, () => {
        const reader = principalOr(request, deps);
        if (reader instanceof Response) return reader;
        return HttpResponse.json(organizationsToJsonExport(all(request, reader)));
      }),
    ),
    http.get(mswPattern(base, operations.exportOrganizationsVcard.path), ({ request }) =>
      answer(delay, () => {
        const reader = principalOr(request, deps);
        if (reader instanceof Response) return reader;
        return download(organizationsToVCards(all(request, reader), reader), 'text/vcard', 'organizations.vcf');
      }),
    ),
    http.get(mswPattern(base, operations.getOrganizationVcard.path), ({ request, params }) =>
      answer(delay, () => {
        const reader = principalOr(request, deps);
        if (reader instanceof Response) return reader;
        const malformed = pathParamsProblem(operations.getOrganizationVcard, { id: String(params.id) });
        if (malformed) return problemResponse(malformed);
        const org = current().get(String(params.id));
        if (!org) return unknownId(String(params.id));
        const card = organizationVCard(org, reader);
        return card
          ? download(card, 'text/vcard', `${org.id}.vcf`)
          : problemResponse(notFoundProblem(`Organisation "${org.id}" has no published or demo contact to export`));
      }),
    ),
    http.get(mswPattern(base, operations.getOrganization.path), ({ request, params }) =>
      answer(delay, () => {
        const reader = principalOr(request, deps);
        if (reader instanceof Response) return reader;
        const id = String(params.id);
        const malformed = pathParamsProblem(operations.getOrganization, { id });
        if (malformed) return problemResponse(malformed);
        const stored = store.organizations.get(id);
        if (!stored) return unknownId(id);
        // The ETag carries the version a write sends back in If-Match.
        return HttpResponse.json(organizationForReader(stored.organization, reader), { headers: { etag: organizationEtag(stored.version, readerViewOf(reader, id)) } });
      }),
    ),
  ];
}
