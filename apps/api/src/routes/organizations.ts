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
    const page = index.search(query); // first: a bad cursor must fail before an ETag is set
    const tag = revisionEtag(revision, 'list', organizationQueryToParams(query).toString());
    return c.json(page, 200, { etag: tag });
  });

  app.get(routePath(operations.getOrganization.path), async (c) => {
    const id = c.req.param('id') ?? '';
    if (!z.safeParse(OrganizationId, id).success) {
      return problemResponse(c, invalidRequestProblem([{ path: 'id', message: 'must be a lower-case slug such as "icom"' }]));
    }
    const { index, revision } = await storage.organizations.snapshot();
    const org = index.get(id);
    return org ? c.json(org, 200, { etag: revisionEtag(revision, 'get', id) }) : problemResponse(c, notFoundProblem(`No organisation with id "${id}"`));
  });
}
