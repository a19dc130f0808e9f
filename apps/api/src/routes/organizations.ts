import type { Hono } from 'hono';
import * as z from 'zod/mini';
import { OrganizationId, invalidRequestProblem, notFoundProblem, operations, parseListQuery } from '@ngo-liaison/core';
import { problemResponse } from '../http/problem-response.js';
import { routePath } from '../http/route-path.js';
import type { Storage } from '../storage/storage.js';

export function organizationRoutes(app: Hono, storage: Storage): void {
  app.get(routePath(operations.listOrganizations.path), async (c) => {
    const query = parseListQuery(new URL(c.req.url).searchParams);
    return c.json(await storage.organizations.list(query));
  });

  app.get(routePath(operations.getOrganization.path), async (c) => {
    const id = c.req.param('id') ?? '';
    if (!z.safeParse(OrganizationId, id).success) {
      return problemResponse(c, invalidRequestProblem([{ path: 'id', message: 'must be a lower-case slug such as "icom"' }]));
    }
    const org = await storage.organizations.get(id);
    return org ? c.json(org) : problemResponse(c, notFoundProblem(`No organisation with id "${id}"`));
  });
}
