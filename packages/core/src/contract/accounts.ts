import * as z from 'zod/mini';
import { AcceptInvitationRequest, CreateInvitationRequest, CreatedInvitation } from '../access/invitation.js';
import { PersonList, PersonSummary, SetRolesRequest } from '../access/person.js';
import { CurrentSession, SignInRequest } from '../access/session.js';
import { CreateTokenRequest, CreatedToken, TokenList } from '../access/token.js';
import type { Operation } from './operations.js';
import { PATHS } from './paths.js';

const CSRF = {
  'X-CSRF-Token': { description: 'With a session cookie: the csrfToken of GET /v1/session (not needed with a bearer token).' },
};

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
  signIn: {
    method: 'post',
    path: PATHS.signIn,
    summary: 'Sign in with e-mail and password',
    description: 'Starts a cookie session (`liaison_session`: HttpOnly, SameSite=Strict) and answers who is signed in with the CSRF token. A wrong e-mail or password is one 401, whichever was wrong.',
    tags: ['accounts'],
    security: 'public',
    requestBody: { schema: SignInRequest },
    response: CurrentSession,
    errors: [400, 401, 403, 413, 429],
  },
  signOut: {
    method: 'delete',
    path: PATHS.signOut,
    summary: 'Sign out',
    description: 'Ends the cookie session on every node at once and clears the cookie.',
    tags: ['accounts'],
    security: 'signed-in',
    headers: CSRF,
    responses: { 204: { description: 'Signed out.' } },
    errors: [400, 401, 403],
  },
  createInvitation: {
    method: 'post',
    path: PATHS.createInvitation,
    summary: 'Invite a person (Secretariat)',
    description:
      'A one-time link, valid 48 hours unless `expiresInHours` says otherwise, that the person opens on Liaison’s sign-in page to set up their access with the roles given here. The secret is in the link’s fragment only: pass the link on privately.',
    tags: ['accounts'],
    security: 'signed-in',
    headers: CSRF,
    requestBody: { schema: CreateInvitationRequest },
    responses: { 201: { description: 'The invitation and its link (shown once).', schema: CreatedInvitation } },
    errors: [400, 401, 403, 413, 429],
  },
  acceptInvitation: {
    method: 'post',
    path: PATHS.acceptInvitation,
    summary: 'Accept an invitation',
    description: 'Creates the invited person with the invitation’s roles and a password, and starts their cookie session. An invitation works once, before it expires.',
    tags: ['accounts'],
    security: 'public',
    requestBody: { schema: AcceptInvitationRequest },
    responses: { 201: { description: 'The person is created and signed in.', schema: CurrentSession } },
    errors: [400, 403, 409, 413, 429],
  },
  createToken: {
    method: 'post',
    path: PATHS.createToken,
    summary: 'Create a personal bearer token',
    description: 'A token for programs, acting as the signed-in person with all their roles. It is shown once, in this answer; Liaison keeps only a hash. Expires after `expiresInDays` (default 90, at most 365).',
    tags: ['accounts'],
    security: 'signed-in',
    headers: CSRF,
    requestBody: { schema: CreateTokenRequest },
    responses: { 201: { description: 'The token (shown once).', schema: CreatedToken } },
    errors: [400, 401, 403, 413, 429],
  },
  listTokens: {
    method: 'get',
    path: PATHS.listTokens,
    summary: 'List bearer tokens',
    description: 'Your own tokens; the Secretariat sees everyone’s, or one person’s with `person`. Never the token itself.',
    tags: ['accounts'],
    security: 'signed-in',
    query: { person: { description: 'Secretariat: the tokens of this person id.', schema: { type: 'string' } } },
    response: TokenList,
    errors: [401, 403],
  },
  revokeToken: {
    method: 'delete',
    path: PATHS.revokeToken,
    summary: 'Revoke a bearer token',
    description: 'By its holder or the Secretariat. Fails on every node at the next request.',
    tags: ['accounts'],
    security: 'signed-in',
    headers: CSRF,
    pathParams: { id: z.string() },
    responses: { 204: { description: 'Revoked (or already revoked).' } },
    errors: [401, 403, 404],
  },
  listPeople: {
    method: 'get',
    path: PATHS.listPeople,
    summary: 'List people and their roles (Secretariat)',
    tags: ['accounts'],
    security: 'signed-in',
    response: PersonList,
    errors: [401, 403],
  },
  setPersonRoles: {
    method: 'put',
    path: PATHS.setPersonRoles,
    summary: 'Set a person’s roles (Secretariat)',
    description:
      'Replaces every role the person holds (staff rotate: a sector grant moves, an editor leaves). Takes effect on their next request, on every node. Removing the last Secretariat role is refused (409): someone must keep the keys.',
    tags: ['accounts'],
    security: 'signed-in',
    headers: CSRF,
    pathParams: { id: z.string() },
    requestBody: { schema: SetRolesRequest },
    response: PersonSummary,
    errors: [400, 401, 403, 404, 409, 413],
  },
} as const satisfies Record<string, Operation>;
