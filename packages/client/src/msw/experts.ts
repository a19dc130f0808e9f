import { http, HttpResponse, type RequestHandler } from 'msw';
import { SECTOR_CODES, listExpertDesignations, notFoundProblem, operations, parseExpertDesignationQuery, type ExpertDesignation, type SectorCode } from '@ngo-liaison/core';
import { guarded } from './guard.js';
import { mswPattern, problemResponse } from './responses.js';

/** A sector's designated experts; the computed proposal is in the matching handlers. */
export function expertDesignationHandlers(base: string, designations: readonly ExpertDesignation[], delay: number): RequestHandler[] {
  return [
    http.get(mswPattern(base, operations.listSectorExperts.path), ({ request, params }) =>
      guarded(delay, () => {
        const code = String(params.code);
        if (!(SECTOR_CODES as readonly string[]).includes(code)) {
          return problemResponse(notFoundProblem(`No sector with code "${code}"; sectors are ${SECTOR_CODES.join(', ')}`));
        }
        return HttpResponse.json(listExpertDesignations(designations, code as SectorCode, parseExpertDesignationQuery(new URL(request.url).searchParams)));
      }),
    ),
  ];
}
