import { http, HttpResponse, type RequestHandler } from 'msw';
import { invalidRequestProblem, notFoundProblem, operations, pageSessions, parseSessionQuery, pathParamsProblem, type GoverningBodySession } from '@ngo-liaison/core';
import { guarded } from './guard.js';
import { mswPattern, problemResponse } from './responses.js';

/** Handlers for the session operations, answering like the reference server (core pages the list for both). */
export function sessionHandlers(base: string, sessions: readonly GoverningBodySession[], delay: number): RequestHandler[] {
  const byId = new Map(sessions.map((session) => [session.id, session]));
  return [
    http.get(mswPattern(base, operations.listSessions.path), ({ request }) =>
      guarded(delay, () => HttpResponse.json(pageSessions(sessions, parseSessionQuery(new URL(request.url).searchParams)))),
    ),
    http.get(mswPattern(base, operations.getSession.path), ({ request, params }) =>
      guarded(delay, () => {
        const id = String(params.id);
        const malformed = pathParamsProblem(operations.getSession, { id });
        if (malformed) return problemResponse(malformed);
        const extra = [...new Set(new URL(request.url).searchParams.keys())];
        if (extra.length) return problemResponse(invalidRequestProblem(extra.map((path) => ({ path, message: 'unknown query parameter; this resource takes none' }))));
        const session = byId.get(id);
        return session ? HttpResponse.json(session) : problemResponse(notFoundProblem(`No session with id "${id}"`));
      }),
    ),
  ];
}
