import type { Hono } from 'hono';
import { PROBLEM_TYPES, operations } from '@ngo-liaison/core';
import { buildOpenApiDocument } from '@ngo-liaison/core/openapi';
import { respondWithEtag } from '../http/conditional-get.js';
import { problemResponse } from '../http/problem-response.js';
import { revisionEtag } from '../http/revision-etag.js';
import { routePath } from '../http/route-path.js';
import type { Storage } from '../storage/storage.js';

export function metaRoutes(app: Hono, storage: Storage, version: string): void {
  const openApiDocument = buildOpenApiDocument({ version });

  // Load balancers and monitors poll this: never cached, and 503 when storage fails.
  app.get(routePath(operations.health.path), async (c) => {
    c.header('cache-control', 'no-store');
    try {
      await storage.ping();
    } catch (error) {
      return problemResponse(c, {
        type: PROBLEM_TYPES.unavailable,
        title: 'Storage unavailable',
        status: 503,
        detail: `The ${storage.kind} storage check failed: ${error instanceof Error ? error.message : String(error)}`,
      });
    }
    return c.json({ status: 'ok' as const, version, storage: storage.kind });
  });

  // Built once per start: its ETag is the hash of that one body.
  const openApiBody = JSON.stringify(openApiDocument);
  const openApiEtag = revisionEtag(openApiBody, 'openapi', '');
  app.get('/v1/openapi.json', (c) => respondWithEtag(c, openApiEtag, () => c.body(openApiBody, 200, { 'content-type': 'application/json' })));
}
