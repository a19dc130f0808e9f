import { CreateInvitationRequest, CreatedInvitation, PATHS, PersonList, PersonSummary, SetRolesRequest, buildPath, type RoleGrant } from '@ngo-liaison/core';
import { relativePath } from '../transport.js';
import type { WriteTransport } from '../write-transport.js';
import { assertValidBody } from './write-body.js';

/** The Secretariat's side of accounts: invitations, people and their roles. */
export interface PeopleResource {
  /**
   * Invites a person with the roles they will hold. The answer's `link` carries the one-time
   * secret in its fragment: pass it on to that person only (Liaison does not e-mail it yet).
   */
  invite(request: CreateInvitationRequest, options?: { signal?: AbortSignal }): Promise<CreatedInvitation>;
  /** Everyone with an account and their roles (never a password or a credential). */
  list(options?: { signal?: AbortSignal }): Promise<PersonSummary[]>;
  /** Replaces every role `personId` holds; effective at their next request, on every node. */
  setRoles(personId: string, roles: RoleGrant[], options?: { signal?: AbortSignal }): Promise<PersonSummary>;
}

export function peopleResource(transport: WriteTransport): PeopleResource {
  return {
    async invite(request, { signal } = {}) {
      const path = relativePath(PATHS.createInvitation);
      assertValidBody(transport, path, CreateInvitationRequest, request);
      return (await transport.send(path, CreatedInvitation, { method: 'post', json: request, signal })).data;
    },
    async list({ signal } = {}) {
      return (await transport.get(relativePath(PATHS.listPeople), PersonList, { signal })).items;
    },
    async setRoles(personId, roles, { signal } = {}) {
      const path = relativePath(buildPath(PATHS.setPersonRoles, { id: personId }));
      const body = { roles };
      assertValidBody(transport, path, SetRolesRequest, body);
      return (await transport.send(path, PersonSummary, { method: 'put', json: body, signal })).data;
    },
  };
}
