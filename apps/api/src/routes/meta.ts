import type { Hono } from 'hono';
import { operations } from '@ngo-liaison/core';
import { buildOpenApiDocument } from '@ngo-liaison/core/openapi';
import { routePath } from '../http/route-path.js';
import type { Storage } from '../storage/storage.js';

export function metaRoutes(app: Hono, storage: Storage, version: string): void {
  const openApiDocument = buildOpenApiDocument({ version });

  app.get(routePath(operations.health.path), async (c) => {
    await storage.ping();
    return c.json({ status: 'ok' as const, version, storage: storage.kind });
  });

  app.get('/v1/openapi.json', (c) => c.json(openApiDocument));
}
