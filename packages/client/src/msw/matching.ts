import { http, HttpResponse, type RequestHandler } from 'msw';
import {
  SECTOR_CODES,
  notFoundProblem,
  operations,
  parseExpertQuery,
  parseMatchQuery,
  pathParamsProblem,
  type Action,
  type Coverage,
  type Organization,
  type Programme,
  type SectorCode,
} from '@ngo-liaison/core';
import { createMatcher, organizationWeightsProblem, programmeWeightsProblem, type Matcher } from '@ngo-liaison/core/matching';
import { guarded } from './guard.js';
import { mswPattern, problemResponse } from './responses.js';

/** The three matching routes, answered by core's engine over the same data as the other handlers. */
export function matchingHandlers(
  base: string,
  data: { organizations: readonly Organization[]; programmes: readonly Programme[]; actions: readonly Action[]; coverage: Coverage },
  delay: number,
  /** Actions published through the write path since: they join the track record. */
  published: () => readonly Action[] = () => [],
): RequestHandler[] {
  let matcher: Matcher | undefined;
  let builtWith = 0;
  const engine = () => {
    const added = published();
    if (!matcher || added.length !== builtWith) {
      matcher = createMatcher({ ...data, actions: [...added, ...data.actions] });
      builtWith = added.length;
    }
    return matcher;
  };
  return [
    http.get(mswPattern(base, operations.getProgrammeMatches.path), ({ request, params }) =>
      guarded(delay, () => {
        const id = String(params.id);
        const malformed = pathParamsProblem(operations.getProgrammeMatches, { id });
        if (malformed) return problemResponse(malformed);
        const query = parseMatchQuery(new URL(request.url).searchParams);
        if (!engine().programme(id)) return problemResponse(notFoundProblem(`No programme with id "${id}"`));
        const unweighed = programmeWeightsProblem(engine(), id, query.weights);
        if (unweighed) return problemResponse(unweighed);
        return HttpResponse.json(engine().rankOrganizations(id, query));
      }),
    ),
    http.get(mswPattern(base, operations.getOrganizationMatches.path), ({ request, params }) =>
      guarded(delay, () => {
        const id = String(params.id);
        const malformed = pathParamsProblem(operations.getOrganizationMatches, { id });
        if (malformed) return problemResponse(malformed);
        const query = parseMatchQuery(new URL(request.url).searchParams);
        if (!engine().organization(id)) return problemResponse(notFoundProblem(`No organisation with id "${id}"`));
        const unweighed = organizationWeightsProblem(engine(), data.programmes.map((p) => p.id), query.weights);
        if (unweighed) return problemResponse(unweighed);
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
