import { http, HttpResponse, type RequestHandler } from 'msw';
import * as z from 'zod/mini';
import {
  OrganizationId,
  ProgrammeId,
  SECTOR_CODES,
  invalidRequestProblem,
  notFoundProblem,
  operations,
  parseExpertQuery,
  parseMatchQuery,
  type Action,
  type Coverage,
  type Organization,
  type Programme,
  type SectorCode,
} from '@ngo-liaison/core';
import { createMatcher, type Matcher } from '@ngo-liaison/core/matching';
import { guarded } from './guard.js';
import { mswPattern, problemResponse } from './responses.js';

const ZERO_WEIGHTS = 'all weights are zero for the criteria that apply here; give at least one of them a positive weight';

/** The three matching routes, answered by core's engine over the same data as the other handlers. */
export function matchingHandlers(
  base: string,
  data: { organizations: readonly Organization[]; programmes: readonly Programme[]; actions: readonly Action[]; coverage: Coverage },
  delay: number,
): RequestHandler[] {
  let matcher: Matcher | undefined;
  const engine = () => (matcher ??= createMatcher(data));
  return [
    http.get(mswPattern(base, operations.getProgrammeMatches.path), ({ request, params }) =>
      guarded(delay, () => {
        const id = String(params.id);
        if (!z.safeParse(ProgrammeId, id).success) return problemResponse(invalidRequestProblem([{ path: 'id', message: 'must be a lower-case slug such as "memory-of-the-world"' }]));
        const query = parseMatchQuery(new URL(request.url).searchParams);
        if (!engine().programme(id)) return problemResponse(notFoundProblem(`No programme with id "${id}"`));
        if (!engine().weighsSomething(id, query.weights)) return problemResponse(invalidRequestProblem([{ path: 'weights', message: ZERO_WEIGHTS }]));
        return HttpResponse.json(engine().rankOrganizations(id, query));
      }),
    ),
    http.get(mswPattern(base, operations.getOrganizationMatches.path), ({ request, params }) =>
      guarded(delay, () => {
        const id = String(params.id);
        if (!z.safeParse(OrganizationId, id).success) return problemResponse(invalidRequestProblem([{ path: 'id', message: 'must be a lower-case slug such as "icom"' }]));
        const query = parseMatchQuery(new URL(request.url).searchParams);
        if (!engine().organization(id)) return problemResponse(notFoundProblem(`No organisation with id "${id}"`));
        if (query.weights && data.programmes.length && !data.programmes.some((p) => engine().weighsSomething(p.id, query.weights))) {
          return problemResponse(invalidRequestProblem([{ path: 'weights', message: ZERO_WEIGHTS }]));
        }
        return HttpResponse.json(engine().rankProgrammes(id, query));
      }),
    ),
    http.get(mswPattern(base, operations.getSectorExpertProposal.path), ({ request, params }) =>
      guarded(delay, () => {
        const code = String(params.code);
        if (!(SECTOR_CODES as readonly string[]).includes(code)) {
          return problemResponse(notFoundProblem(`No sector with code "${code}"; sectors are ${SECTOR_CODES.join(', ')}`));
        }
        return HttpResponse.json(engine().proposeExperts(code as SectorCode, parseExpertQuery(new URL(request.url).searchParams)));
      }),
    ),
  ];
}
