import { http, HttpResponse, type RequestHandler } from 'msw';
import { fieldOfficeDetail, invalidRequestProblem, listFieldOffices, notFoundProblem, operations, parseFieldOfficeQuery, pathParamsProblem, type Coverage } from '@ngo-liaison/core';
import { guarded } from './guard.js';
import { mswPattern, problemResponse } from './responses.js';

export function fieldOfficeHandlers(base: string, coverage: Coverage, delay: number): RequestHandler[] {
  return [
    http.get(mswPattern(base, operations.listFieldOffices.path), ({ request }) =>
      guarded(delay, () => HttpResponse.json(listFieldOffices(coverage, parseFieldOfficeQuery(new URL(request.url).searchParams, coverage)))),
    ),
    http.get(mswPattern(base, operations.getFieldOffice.path), ({ request, params }) =>
      guarded(delay, () => {
        const code = String(params.code);
        const malformed = pathParamsProblem(operations.getFieldOffice, { code });
        if (malformed) return problemResponse(malformed);
        const extra = [...new Set(new URL(request.url).searchParams.keys())];
        if (extra.length) return problemResponse(invalidRequestProblem(extra.map((path) => ({ path, message: 'unknown query parameter; this resource takes none' }))));
        const office = fieldOfficeDetail(code, coverage);
        return office ? HttpResponse.json(office) : problemResponse(notFoundProblem(`No field office with code "${code}"`));
      }),
    ),
  ];
}
