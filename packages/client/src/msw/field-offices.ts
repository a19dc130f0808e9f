import { http, HttpResponse, type RequestHandler } from 'msw';
import * as z from 'zod/mini';
import { FieldOfficeCode, fieldOfficeDetail, invalidRequestProblem, listFieldOffices, notFoundProblem, operations, parseFieldOfficeQuery, type Coverage } from '@ngo-liaison/core';
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
        if (!z.safeParse(FieldOfficeCode, code).success) return problemResponse(invalidRequestProblem([{ path: 'code', message: 'must be a lower-case slug such as "abuja"' }]));
        const extra = [...new Set(new URL(request.url).searchParams.keys())];
        if (extra.length) return problemResponse(invalidRequestProblem(extra.map((path) => ({ path, message: 'unknown query parameter; this resource takes none' }))));
        const office = fieldOfficeDetail(code, coverage);
        return office ? HttpResponse.json(office) : problemResponse(notFoundProblem(`No field office with code "${code}"`));
      }),
    ),
  ];
}
