import type { Hono } from 'hono';
import { PROBLEM_TYPES, operations } from '@ngo-liaison/core';
import { buildOpenApiDocument } from '@ngo-liaison/core/openapi';
import { respondWithEtag } from '../http/conditional-get.js';
import { problemResponse } from '../http/problem-response.js';
import { revisionEtag } from '../http/revision-etag.js';
import { routePath } from '../http/route-path.js';
import type { Lifecycle } from '../lifecycle.js';
import type { Storage } from '../storage/storage.js';

export function metaRoutes(app: Hono, storage: Storage, version: string, lifecycle: Lifecycle): void {
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

  // Load balancers route by this. A node leaves rotation only while it drains (SIGTERM): when
  // the database is away, every node would fail together, and each still serves what it holds
  // in memory, so storage trouble shows as "degraded" with the reason, not as 503.
  app.get('/readyz', (c) => {
    c.header('cache-control', 'no-store');
    const { ok, error, lastSuccessAt } = storage.changes.status;
    const body = {
      status: lifecycle.draining ? ('draining' as const) : ok ? ('ready' as const) : ('degraded' as const),
      version,
      storage: { kind: storage.kind, reachable: ok, lastContact: new Date(lastSuccessAt).toISOString(), ...(error ? { error } : {}) },
      changes: { seq: storage.changes.seq() },
    };
    return c.json(body, lifecycle.draining ? 503 : 200);
  });

  // Built once per start: its ETag is the hash of that one body.
  const openApiBody = JSON.stringify(openApiDocument);
  const openApiEtag = revisionEtag(openApiBody, 'openapi', '');
  app.get('/v1/openapi.json', (c) => respondWithEtag(c, openApiEtag, () => c.body(openApiBody, 200, { 'content-type': 'application/json' })));
}
