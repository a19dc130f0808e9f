import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { etag } from 'hono/etag';
import { requestId } from 'hono/request-id';
import { secureHeaders } from 'hono/secure-headers';
import { serveStatic } from '@hono/node-server/serve-static';
import {
  InvalidCursorError,
  PROBLEM_TYPES,
  ValidationError,
  invalidRequestProblem,
  notFoundProblem,
  operations,
  parseListQuery,
  OrganizationId,
} from '@ngo-liaison/core';
import { buildOpenApiDocument } from '@ngo-liaison/core/openapi';
import * as z from 'zod/mini';
import { problemResponse } from './http/problem-response.js';
import type { OrganizationRepository } from './storage/organization-repository.js';

export interface AppOptions {
  organizations: OrganizationRepository;
  version: string;
  /** Folder of the elements' CDN bundle, served at /widgets/ (absent: not served). */
  widgetsDir?: string;
  /** Folder of the demo partner page, served at / (absent: not served). */
  demoDir?: string;
}

/** Hono paths use `:id`; the contract uses `{id}`. */
const route = (path: string) => path.replace(/\{(\w+)\}/g, ':$1');

const EXPOSED_HEADERS = ['ETag', 'Retry-After', 'X-Request-Id', 'RateLimit-Limit', 'RateLimit-Remaining', 'RateLimit-Reset'];

export function createApp({ organizations, version, widgetsDir, demoDir }: AppOptions): Hono {
  const app = new Hono();
  const openApiDocument = buildOpenApiDocument({ version });

  app.use('*', requestId());
  app.use('/v1/*', cors({ origin: '*', allowMethods: ['GET', 'HEAD', 'OPTIONS'], exposeHeaders: EXPOSED_HEADERS, maxAge: 86400 }));
  app.use('/v1/*', etag());
  app.use('/v1/*', async (c, next) => {
    await next();
    // Revalidate every time: cheap with ETags, and edits show up at once.
    if (!c.res.headers.has('cache-control')) c.header('cache-control', 'no-cache');
  });

  app.get(route(operations.health.path), async (c) => {
    await organizations.ping();
    return c.json({ status: 'ok' as const, version, storage: 'sqlite' });
  });

  app.get('/v1/openapi.json', (c) => c.json(openApiDocument));

  app.get(route(operations.listOrganizations.path), async (c) => {
    const query = parseListQuery(new URL(c.req.url).searchParams);
    return c.json(await organizations.list(query));
  });

  app.get(route(operations.getOrganization.path), async (c) => {
    const id = c.req.param('id') ?? '';
    if (!z.safeParse(OrganizationId, id).success) {
      return problemResponse(c, invalidRequestProblem([{ path: 'id', message: 'must be a lower-case slug such as "icom"' }]));
    }
    const org = await organizations.get(id);
    return org ? c.json(org) : problemResponse(c, notFoundProblem(`No organisation with id "${id}"`));
  });

  if (widgetsDir) {
    app.use('/widgets/*', cors({ origin: '*', allowMethods: ['GET', 'HEAD'] }), async (c, next) => {
      await next();
      // Partner sites on other origins load the bundle: allow it under COEP/CORP too.
      c.header('cross-origin-resource-policy', 'cross-origin');
      c.header('cache-control', 'public, max-age=300');
    });
    app.use('/widgets/*', serveStatic({ root: widgetsDir, rewriteRequestPath: (path) => path.replace(/^\/widgets/, '') }));
  }

  if (demoDir) {
    // The demo page proves the widgets run under a strict CSP (no inline script or style).
    app.use(
      '/',
      secureHeaders({
        contentSecurityPolicy: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'"],
          imgSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
        },
      }),
    );
    app.get('/', serveStatic({ root: demoDir, path: 'index.html' }));
    app.use('/demo/*', serveStatic({ root: demoDir, rewriteRequestPath: (path) => path.replace(/^\/demo/, '') }));
  }

  app.notFound((c) => problemResponse(c, notFoundProblem(`No route for ${c.req.method} ${new URL(c.req.url).pathname}`)));

  app.onError((error, c) => {
    if (error instanceof ValidationError) return problemResponse(c, invalidRequestProblem(error.issues));
    if (error instanceof InvalidCursorError) {
      return problemResponse(c, invalidRequestProblem([{ path: 'cursor', message: `${error.message}; use a nextCursor from a previous page` }]));
    }
    console.error(`[${c.get('requestId')}]`, error);
    return problemResponse(c, {
      type: PROBLEM_TYPES.internal,
      title: 'Internal server error',
      status: 500,
      detail: `Something went wrong on our side; quote request id ${c.get('requestId')}.`,
    });
  });

  return app;
}
