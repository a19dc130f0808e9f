import type { Hono } from 'hono';
import { listFocalPoints, operations, parseFocalPointQuery } from '@ngo-liaison/core';
import { routePath } from '../http/route-path.js';
import type { Storage } from '../storage/storage.js';

export function focalPointRoutes(app: Hono, storage: Storage): void {
  app.get(routePath(operations.listFocalPoints.path), async (c) => {
    const { programmes, focalPoints } = await storage.programmes.snapshot();
    const query = parseFocalPointQuery(new URL(c.req.url).searchParams, storage.fieldOffices.coverage, programmes.map((p) => p.id));
    return c.json(listFocalPoints(focalPoints, query));
  });
}
