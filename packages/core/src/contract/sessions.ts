import type * as z from 'zod/mini';
import { pageOf } from '../schemas/page.js';
import { GoverningBodySession, SESSION_BODIES, SessionId } from '../sessions/governing-body-session.js';
import type { Operation } from './operations.js';
import { pagingQuery } from './paging-query.js';
import { PATHS } from './paths.js';

export const SessionPage = pageOf(GoverningBodySession);
export type SessionPage = z.infer<typeof SessionPage>;

export const sessionOperations = {
  listSessions: {
    method: 'get',
    path: PATHS.listSessions,
    summary: 'List governing-body sessions',
    description:
      'Sessions of the General Conference, the Executive Board and its Committee on Non-Governmental Partners (NGP), with their dates and agenda items as far as the sources state them, in order of their first day (sessions without known dates first). The events of a session: `GET /v1/events?session={id}`.',
    tags: ['sessions'],
    query: {
      ...pagingQuery,
      body: {
        description: 'Governing body. Repeat the parameter for several values (any of them matches).',
        schema: { type: 'array', items: { type: 'string', enum: [...SESSION_BODIES] } },
      },
    },
    response: SessionPage,
    errors: [400],
  },
  getSession: {
    method: 'get',
    path: PATHS.getSession,
    summary: 'Get one governing-body session',
    tags: ['sessions'],
    pathParams: { id: SessionId },
    response: GoverningBodySession,
    errors: [400, 404],
  },
} as const satisfies Record<string, Operation>;
