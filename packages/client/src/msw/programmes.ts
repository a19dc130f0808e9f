import { http, HttpResponse, type RequestHandler } from 'msw';
import { listProgrammes, notFoundProblem, operations, parseProgrammeQuery, pathParamsProblem, type Coverage, type Programme } from '@ngo-liaison/core';
import { guarded } from './guard.js';
import { mswPattern, problemResponse } from './responses.js';

/** GET /v1/programmes and /v1/programmes/{id}, answered by the server's own core functions. */
export function programmeHandlers(base: string, programmes: readonly Programme[], coverage: Coverage, delay: number): RequestHandler[] {
  return [
    http.get(mswPattern(base, operations.listProgrammes.path), ({ request }) =>
      guarded(delay, () => HttpResponse.json(listProgrammes(programmes, parseProgrammeQuery(new URL(request.url).searchParams, coverage), coverage))),
    ),
    http.get(mswPattern(base, operations.getProgramme.path), ({ params }) =>
      guarded(delay, () => {
        const id = String(params.id);
        const malformed = pathParamsProblem(operations.getProgramme, { id });
        if (malformed) return problemResponse(malformed);
        const programme = programmes.find((p) => p.id === id);
        return programme ? HttpResponse.json(programme) : problemResponse(notFoundProblem(`No programme with id "${id}"`));
      }),
    ),
  ];
}
