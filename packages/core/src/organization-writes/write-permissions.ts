import { editedOrganizations, grantsOf, type Principal } from '../access/principal.js';
import type { RoleGrant } from '../access/roles.js';
import { forbiddenProblem, notFoundProblem, unauthorizedProblem } from '../errors/problems.js';
import { refuse, type Person, type Refusal } from './write-context.js';

/*
 * Who may do what to an organisation, checked per object, not only per role:
 * - anonymous callers: 401 on every write;
 * - the Secretariat: every write;
 * - an organisation's NGO editors: propose changes to its profile (a pending revision) and read
 *   its revisions;
 * - anyone else signed in: 403 where the record is public (organisations, decisions), 404
 *   where they may not even read it (another organisation's revisions).
 */

/** The Secretariat grant of `principal`, if it holds one. */
export function secretariatGrant(principal: Principal): RoleGrant | undefined {
  return grantsOf(principal, 'secretariat')[0];
}

/** The ngo-editor grant of `principal` for organisation `id`, if it holds one. */
export function editorGrant(principal: Principal, id: string): RoleGrant | undefined {
  return grantsOf(principal, 'ngo-editor').find((grant) => grant.organization === id);
}

/** 401 for anonymous callers, else the signed-in person. */
export function signedIn(principal: Principal): Person | Refusal {
  return principal.kind === 'person' ? principal : refuse(unauthorizedProblem());
}

/** The Secretariat's grant, or 403 (`what` says what was refused). */
export function requireSecretariat(principal: Person, what: string): RoleGrant | Refusal {
  return secretariatGrant(principal) ?? refuse(forbiddenProblem(`Only the Secretariat may ${what}`));
}

export const organizationNotFound = (id?: string): Refusal =>
  refuse(notFoundProblem(id === undefined ? 'No such organisation' : `No organisation with id "${id}"`));

export const revisionNotFound = (id: string): Refusal => refuse(notFoundProblem(`No revision with id "${id}"`));

/** Revisions are read by the Secretariat and by the editors of the organisation they change. */
export function canReadRevision(principal: Principal, revision: { organizationId: string }): boolean {
  return secretariatGrant(principal) !== undefined || editedOrganizations(principal).includes(revision.organizationId);
}

/**
 * Which revisions `principal` may list: all of them (the Secretariat), those of the
 * organisations it edits, or none (every other reader, anonymous ones included: an empty list).
 */
export function revisionReadScope(principal: Principal): 'all' | string[] {
  return secretariatGrant(principal) ? 'all' : editedOrganizations(principal);
}
