import type { Hono } from 'hono';
import { invalidRequestProblem, notFoundProblem, operations, pageSessions, parseSessionQuery, pathParamsProblem } from '@ngo-liaison/core';
import { respondWithEtag } from '../http/conditional-get.js';
import { problemResponse } from '../http/problem-response.js';
import { canonicalQuery, revisionEtag } from '../http/revision-etag.js';
import { routePath } from '../http/route-path.js';
import type { Storage } from '../storage/storage.js';

/** Governing-body sessions; the events of one are `GET /v1/events?session={id}` (routes/events.ts). */
export function sessionRoutes(app: Hono, storage: Storage): void {
  app.get(routePath(operations.listSessions.path), async (c) => {
    const query = parseSessionQuery(new URL(c.req.url).searchParams);
    const { sessions, revision } = await storage.sessions.snapshot();
    return respondWithEtag(c, revisionEtag(revision, 'sessions', canonicalQuery(query)), () => c.json(pageSessions(sessions, query)));
  });

  app.get(routePath(operations.getSession.path), async (c) => {
    const id = c.req.param('id') ?? '';
    const malformed = pathParamsProblem(operations.getSession, { id });
    if (malformed) return problemResponse(c, malformed);
    const extra = [...new Set(new URL(c.req.url).searchParams.keys())];
    if (extra.length) return problemResponse(c, invalidRequestProblem(extra.map((path) => ({ path, message: 'unknown query parameter; this resource takes none' }))));
    const { byId, revision } = await storage.sessions.snapshot();
    return respondWithEtag(c, revisionEtag(revision, 'session', id), () => {
      const session = byId.get(id);
      return session ? c.json(session) : problemResponse(c, notFoundProblem(`No session with id "${id}"`));
    });
  });
}
