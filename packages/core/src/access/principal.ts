import type { RoleGrant } from './roles.js';

/**
 * Who is asking. Decisions in core take a principal and a record and return an outcome;
 * the API and the msw handlers only work out the principal from the request (a bearer
 * token, a session cookie, nothing) and commit what core decided.
 */
export type Principal =
  | { kind: 'anonymous' }
  | {
      kind: 'person';
      personId: string;
      /** Shown in the audit log and the review page. */
      displayName: string;
      roles: readonly RoleGrant[];
      /** How the request proved who it is: its credential's id is never the secret itself. */
      credential: { kind: 'token' | 'session'; id: string };
    };

export const ANONYMOUS: Principal = { kind: 'anonymous' };

export function isSignedIn(principal: Principal): principal is Extract<Principal, { kind: 'person' }> {
  return principal.kind === 'person';
}

/** The grants of `principal` for `role` (none for anonymous readers). */
export function grantsOf<R extends RoleGrant['role']>(principal: Principal, role: R): Extract<RoleGrant, { role: R }>[] {
  if (principal.kind !== 'person') return [];
  return principal.roles.filter((grant): grant is Extract<RoleGrant, { role: R }> => grant.role === role);
}

export function hasRole(principal: Principal, role: RoleGrant['role']): boolean {
  return grantsOf(principal, role).length > 0;
}

export const isSecretariat = (principal: Principal): boolean => hasRole(principal, 'secretariat');

/**
 * The readers the working-group paper names for partners-only contact details: the
 * Secretariat, the Liaison Committee, the sectors, the field offices and the Member States
 * — never anonymous readers, and not an NGO editor as such.
 */
export function readsPartnerContacts(principal: Principal): boolean {
  return ['secretariat', 'liaison-committee', 'sector', 'field-office', 'member-state'].some((role) => hasRole(principal, role as RoleGrant['role']));
}

/** The organisations `principal` edits (its ngo-editor grants). */
export function editedOrganizations(principal: Principal): string[] {
  return grantsOf(principal, 'ngo-editor').map((grant) => grant.organization);
}
