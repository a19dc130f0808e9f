import type { Hono } from 'hono';
import * as z from 'zod/mini';
import {
  OrganizationId,
  invalidRequestProblem,
  notFoundProblem,
  operations,
  organizationQueryToParams,
  parseOrganizationQuery,
} from '@ngo-liaison/core';
import { respondWithEtag } from '../http/conditional-get.js';
import { problemResponse } from '../http/problem-response.js';
import { revisionEtag } from '../http/revision-etag.js';
import { routePath } from '../http/route-path.js';
import type { Storage } from '../storage/storage.js';

export function organizationRoutes(app: Hono, storage: Storage): void {
  // Build the search index now rather than on the first visitor's request.
  storage.organizations.index().catch((error: unknown) => console.error('Building the organisation index failed:', error));

  app.get(routePath(operations.listOrganizations.path), async (c) => {
    const { index, revision } = await storage.organizations.snapshot();
    const query = parseOrganizationQuery(new URL(c.req.url).searchParams, { vocabulary: index.vocabulary });
    const tag = revisionEtag(revision, 'list', organizationQueryToParams(query).toString());
    // A bad cursor fails inside (400, no ETag); a tag the client holds was made from a good one.
    return respondWithEtag(c, tag, () => c.json(index.search(query)));
  });

  app.get(routePath(operations.getOrganization.path), async (c) => {
    const id = c.req.param('id') ?? '';
    if (!z.safeParse(OrganizationId, id).success) {
      return problemResponse(c, invalidRequestProblem([{ path: 'id', message: 'must be a lower-case slug such as "icom"' }]));
    }
    const { index, revision } = await storage.organizations.snapshot();
    return respondWithEtag(c, revisionEtag(revision, 'get', id), () => {
      const org = index.get(id);
      return org ? c.json(org) : problemResponse(c, notFoundProblem(`No organisation with id "${id}"`));
    });
  });
}
