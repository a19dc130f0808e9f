import { AcceptInvitationRequest, CurrentSession, PATHS, SignInRequest } from '@ngo-liaison/core';
import { UnauthorizedError } from '../http-errors.js';
import { relativePath } from '../transport.js';
import type { WriteTransport } from '../write-transport.js';
import { assertValidBody } from './write-body.js';

/**
 * Who is signed in, and signing in and out with Liaison's cookie session. The session's CSRF
 * token, read from each answer, stays in this client's memory and goes out as `X-CSRF-Token`
 * on every write; it is never stored anywhere else.
 */
export interface SignInSessionResource {
  /**
   * The person the request's credential proves (the session cookie or the bearer token) and
   * their roles, or null when it proves nobody (401). For a cookie session it carries the CSRF
   * token, which the client keeps for its writes.
   */
  get(options?: { signal?: AbortSignal }): Promise<CurrentSession | null>;
  /** Signs in with e-mail and password: the server sets the session cookie. */
  signIn(credentials: SignInRequest, options?: { signal?: AbortSignal }): Promise<CurrentSession>;
  /** Ends the session on the server (every node at once) and forgets its CSRF token. */
  signOut(options?: { signal?: AbortSignal }): Promise<void>;
  /** Opens an invitation: the invited person sets up their access and is signed in. */
  acceptInvitation(request: AcceptInvitationRequest, options?: { signal?: AbortSignal }): Promise<CurrentSession>;
}

export function signInSessionResource(transport: WriteTransport): SignInSessionResource {
  const remember = (session: CurrentSession): CurrentSession => {
    // A bearer token's session has no CSRF token: nothing to send then.
    transport.setCsrfToken(session.csrfToken);
    return session;
  };
  return {
    async get({ signal } = {}) {
      try {
        return remember(await transport.get(relativePath(PATHS.getCurrentSession), CurrentSession, { signal }));
      } catch (error) {
        if (!(error instanceof UnauthorizedError)) throw error;
        transport.setCsrfToken(undefined);
        return null;
      }
    },
    async signIn(credentials, { signal } = {}) {
      const path = relativePath(PATHS.signIn);
      assertValidBody(transport, path, SignInRequest, credentials);
      return remember((await transport.send(path, CurrentSession, { method: 'post', json: credentials, signal })).data);
    },
    async signOut({ signal } = {}) {
      try {
        await transport.send(relativePath(PATHS.signOut), null, { method: 'delete', signal });
      } finally {
        transport.setCsrfToken(undefined);
      }
    },
    async acceptInvitation(request, { signal } = {}) {
      const path = relativePath(PATHS.acceptInvitation);
      assertValidBody(transport, path, AcceptInvitationRequest, request);
      return remember((await transport.send(path, CurrentSession, { method: 'post', json: request, signal })).data);
    },
  };
}
