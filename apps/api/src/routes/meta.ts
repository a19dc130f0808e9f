import type { Hono } from 'hono';
import { operations } from '@ngo-liaison/core';
import { buildOpenApiDocument } from '@ngo-liaison/core/openapi';
import { respondWithEtag } from '../http/conditional-get.js';
import { revisionEtag } from '../http/revision-etag.js';
import { routePath } from '../http/route-path.js';
import type { Storage } from '../storage/storage.js';

export function metaRoutes(app: Hono, storage: Storage, version: string): void {
  const openApiDocument = buildOpenApiDocument({ version });

  app.get(routePath(operations.health.path), async (c) => {
    await storage.ping();
    return c.json({ status: 'ok' as const, version, storage: storage.kind });
  });

  // Built once per start: its ETag is the hash of that one body.
  const openApiBody = JSON.stringify(openApiDocument);
  const openApiEtag = revisionEtag(openApiBody, 'openapi', '');
  app.get('/v1/openapi.json', (c) => respondWithEtag(c, openApiEtag, () => c.body(openApiBody, 200, { 'content-type': 'application/json' })));
}
