import type { Hono } from 'hono';
import { SECTOR_CODES, listExpertDesignations, notFoundProblem, operations, parseExpertDesignationQuery, type SectorCode } from '@ngo-liaison/core';
import { respondWithEtag } from '../http/conditional-get.js';
import { problemResponse } from '../http/problem-response.js';
import { canonicalQuery, revisionEtag } from '../http/revision-etag.js';
import { routePath } from '../http/route-path.js';
import type { Storage } from '../storage/storage.js';

/** A sector's designated experts; the computed proposal is the matching routes' (expert-proposal). */
export function expertDesignationRoutes(app: Hono, storage: Storage): void {
  app.get(routePath(operations.listSectorExperts.path), async (c) => {
    const code = c.req.param('code') ?? '';
    if (!(SECTOR_CODES as readonly string[]).includes(code)) {
      return problemResponse(c, notFoundProblem(`No sector with code "${code}"; sectors are ${SECTOR_CODES.join(', ')}`));
    }
    const query = parseExpertDesignationQuery(new URL(c.req.url).searchParams);
    const { records, revision } = await storage.committee.designations.snapshot();
    return respondWithEtag(c, revisionEtag(revision, `experts/${code}`, canonicalQuery(query)), () =>
      c.json(listExpertDesignations(records, code as SectorCode, query)),
    );
  });
}
