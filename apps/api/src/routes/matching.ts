import type { Hono } from 'hono';
import * as z from 'zod/mini';
import {
  OrganizationId,
  PARTNER_STANDINGS,
  ProgrammeId,
  SECTOR_CODES,
  invalidRequestProblem,
  notFoundProblem,
  operations,
  parseExpertQuery,
  parseMatchQuery,
  type SectorCode,
} from '@ngo-liaison/core';
import { createMatcher, type Matcher } from '@ngo-liaison/core/matching';
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

const ZERO_WEIGHTS = 'all weights are zero for the criteria that apply here; give at least one of them a positive weight';

export function matchingRoutes(app: Hono, storage: Storage): void {
  const matcher = matcherCache(storage);

  app.get(routePath(operations.getProgrammeMatches.path), async (c) => {
    const id = c.req.param('id') ?? '';
    if (!z.safeParse(ProgrammeId, id).success) {
      return problemResponse(c, invalidRequestProblem([{ path: 'id', message: 'must be a lower-case slug such as "memory-of-the-world"' }]));
    }
    const query = parseMatchQuery(new URL(c.req.url).searchParams);
    const { key, matcher: engine } = await matcher();
    const programme = engine.programme(id);
    if (!programme) return problemResponse(c, notFoundProblem(`No programme with id "${id}"`));
    if (!engine.weighsSomething(id, query.weights)) return problemResponse(c, invalidRequestProblem([{ path: 'weights', message: ZERO_WEIGHTS }]));
    return respondWithEtag(c, revisionEtag(key, `programme-matches/${id}`, canonicalQuery(query)), () => c.json(engine.rankOrganizations(id, query)));
  });

  app.get(routePath(operations.getOrganizationMatches.path), async (c) => {
    const id = c.req.param('id') ?? '';
    if (!z.safeParse(OrganizationId, id).success) {
      return problemResponse(c, invalidRequestProblem([{ path: 'id', message: 'must be a lower-case slug such as "icom"' }]));
    }
    const query = parseMatchQuery(new URL(c.req.url).searchParams);
    const { key, matcher: engine } = await matcher();
    if (!engine.organization(id)) return problemResponse(c, notFoundProblem(`No organisation with id "${id}"`));
    const { programmes } = await storage.programmes.snapshot();
    if (query.weights && programmes.length && !programmes.some((p) => engine.weighsSomething(p.id, query.weights))) {
      return problemResponse(c, invalidRequestProblem([{ path: 'weights', message: ZERO_WEIGHTS }]));
    }
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
