import { CurrentSession } from '../access/session.js';
import type { Operation } from './operations.js';
import { PATHS } from './paths.js';

/**
 * People, sign-in and credentials. Liaison's own pages sign in with a session cookie (and
 * send `X-CSRF-Token` on every write); programs send a personal bearer token.
 */
export const accountOperations = {
  getCurrentSession: {
    method: 'get',
    path: PATHS.getCurrentSession,
    summary: 'Who is signed in',
    description:
      'The person the request’s credential (session cookie or bearer token) proves, with their roles. For a cookie session, also the CSRF token to send as `X-CSRF-Token` on writes. 401 without a credential.',
    tags: ['accounts'],
    security: 'signed-in',
    response: CurrentSession,
    errors: [401],
  },
} as const satisfies Record<string, Operation>;
