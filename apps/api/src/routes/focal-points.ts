import type { Hono } from 'hono';
import { listFocalPoints, operations, parseFocalPointQuery } from '@ngo-liaison/core';
import { respondWithEtag } from '../http/conditional-get.js';
import { canonicalQuery, revisionEtag } from '../http/revision-etag.js';
import { routePath } from '../http/route-path.js';
import type { Storage } from '../storage/storage.js';

export function focalPointRoutes(app: Hono, storage: Storage): void {
  app.get(routePath(operations.listFocalPoints.path), async (c) => {
    const { programmes, focalPoints, revision } = await storage.programmes.snapshot();
    const query = parseFocalPointQuery(new URL(c.req.url).searchParams, storage.fieldOffices.coverage, programmes.map((p) => p.id));
    return respondWithEtag(c, revisionEtag(revision, 'focal-points', canonicalQuery(query)), () => c.json(listFocalPoints(focalPoints, query)));
  });
}
