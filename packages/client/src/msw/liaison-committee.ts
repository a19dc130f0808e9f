import { http, HttpResponse, type RequestHandler } from 'msw';
import {
  invalidRequestProblem,
  listMandates,
  notFoundProblem,
  operations,
  parseMandateQuery,
  pathParamsProblem,
  type LiaisonCommitteeMandate,
  type Organization,
} from '@ngo-liaison/core';
import { guarded } from './guard.js';
import { mswPattern, problemResponse } from './responses.js';

export function mandateHandlers(
  base: string,
  data: { mandates: readonly LiaisonCommitteeMandate[]; organizations: readonly Organization[] },
  delay: number,
): RequestHandler[] {
  const orgIds = new Set(data.organizations.map((o) => o.id));
  return [
    http.get(mswPattern(base, operations.listMandates.path), ({ request }) =>
      guarded(delay, () => {
        const query = parseMandateQuery(new URL(request.url).searchParams);
        const unknown = (query.member ?? []).filter((id) => !orgIds.has(id));
        if (unknown.length) return problemResponse(invalidRequestProblem(unknown.map((id) => ({ path: 'member', message: `unknown organisation "${id}"` }))));
        return HttpResponse.json(listMandates(data.mandates, query));
      }),
    ),
    http.get(mswPattern(base, operations.getMandate.path), ({ request, params }) =>
      guarded(delay, () => {
        const id = String(params.id);
        const malformed = pathParamsProblem(operations.getMandate, { id });
        if (malformed) return problemResponse(malformed);
        const extra = [...new Set(new URL(request.url).searchParams.keys())];
        if (extra.length) return problemResponse(invalidRequestProblem(extra.map((path) => ({ path, message: 'unknown query parameter; this resource takes none' }))));
        const mandate = data.mandates.find((m) => m.id === id);
        return mandate ? HttpResponse.json(mandate) : problemResponse(notFoundProblem(`No Liaison Committee mandate with id "${id}"`));
      }),
    ),
  ];
}
