import type { Hono } from 'hono';
import {
  PARTNER_STANDINGS,
  SECTOR_CODES,
  notFoundProblem,
  operations,
  parseExpertQuery,
  parseMatchQuery,
  pathParamsProblem,
  type SectorCode,
} from '@ngo-liaison/core';
import { createMatcher, organizationWeightsProblem, programmeWeightsProblem, type Matcher } from '@ngo-liaison/core/matching';
import { respondWithEtag } from '../http/conditional-get.js';
import { problemResponse } from '../http/problem-response.js';
import { canonicalQuery, revisionEtag } from '../http/revision-etag.js';
import { routePath } from '../http/route-path.js';
import type { Storage } from '../storage/storage.js';

/**
 * The engine is built from every organisation, programme and action; it is kept until the
 * data changes (both repositories hash their data into a revision), so a ranking costs one
 * kernel pass, not a rebuild.
 */
function matcherCache(storage: Storage): () => Promise<{ key: string; matcher: Matcher }> {
  let cached: { key: string; matcher: Matcher } | undefined;
  return async () => {
    const [orgs, data] = await Promise.all([storage.organizations.snapshot(), storage.programmes.snapshot()]);
    const key = `${orgs.revision}|${data.revision}`;
    if (cached?.key !== key) {
      const matcher = createMatcher({
        // Every standing: the directory lists official partners by default, matching weighs
        // all of them (missing evidence is not a weaker partnership; see core's fits.ts).
        organizations: orgs.index.searchAll({ standing: PARTNER_STANDINGS }),
        programmes: data.programmes,
        actions: data.actions,
        coverage: storage.fieldOffices.coverage,
      });
      cached = { key, matcher };
    }
    return cached;
  };
}

export function matchingRoutes(app: Hono, storage: Storage): void {
  const matcher = matcherCache(storage);

  app.get(routePath(operations.getProgrammeMatches.path), async (c) => {
    const id = c.req.param('id') ?? '';
    const malformed = pathParamsProblem(operations.getProgrammeMatches, { id });
    if (malformed) return problemResponse(c, malformed);
    const query = parseMatchQuery(new URL(c.req.url).searchParams);
    const { key, matcher: engine } = await matcher();
    const programme = engine.programme(id);
    if (!programme) return problemResponse(c, notFoundProblem(`No programme with id "${id}"`));
    const unweighed = programmeWeightsProblem(engine, id, query.weights);
    if (unweighed) return problemResponse(c, unweighed);
    return respondWithEtag(c, revisionEtag(key, `programme-matches/${id}`, canonicalQuery(query)), () => c.json(engine.rankOrganizations(id, query)));
  });

  app.get(routePath(operations.getOrganizationMatches.path), async (c) => {
    const id = c.req.param('id') ?? '';
    const malformed = pathParamsProblem(operations.getOrganizationMatches, { id });
    if (malformed) return problemResponse(c, malformed);
    const query = parseMatchQuery(new URL(c.req.url).searchParams);
    const { key, matcher: engine } = await matcher();
    if (!engine.organization(id)) return problemResponse(c, notFoundProblem(`No organisation with id "${id}"`));
    const { programmes } = await storage.programmes.snapshot();
    const unweighed = organizationWeightsProblem(engine, programmes.map((p) => p.id), query.weights);
    if (unweighed) return problemResponse(c, unweighed);
    return respondWithEtag(c, revisionEtag(key, `organization-matches/${id}`, canonicalQuery(query)), () => c.json(engine.rankProgrammes(id, query)));
  });

  app.get(routePath(operations.getSectorExpertProposal.path), async (c) => {
    const code = c.req.param('code') ?? '';
    if (!(SECTOR_CODES as readonly string[]).includes(code)) {
      return problemResponse(c, notFoundProblem(`No sector with code "${code}"; sectors are ${SECTOR_CODES.join(', ')}`));
    }
    const query = parseExpertQuery(new URL(c.req.url).searchParams);
    const { key, matcher: engine } = await matcher();
    return respondWithEtag(c, revisionEtag(key, `expert-proposal/${code}`, canonicalQuery(query)), () =>
      c.json(engine.proposeExperts(code as SectorCode, query)),
    );
  });
}
