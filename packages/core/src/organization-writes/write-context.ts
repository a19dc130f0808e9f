import { roleKey, type RoleGrant } from '../access/roles.js';
import type { Principal } from '../access/principal.js';
import type { AuditAction, AuditEntry } from '../audit/audit-entry.js';
import type { Problem } from '../schemas/problem.js';
import type { Organization } from '../schemas/organization.js';
import type { Actor } from './organization-revision.js';

/**
 * What a write decision needs from outside core: the instant (core never reads the clock) and
 * fresh ids for the records it creates (revisions, decisions, audit entries).
 */
export interface WriteContext {
  now: Date;
  newId: () => string;
}

/** An organisation as stored, with its version (the integer its ETag carries, as a string). */
export interface VersionedOrganization {
  organization: Organization;
  version: string;
}

/** A write refused: the problem to answer with (401, 403, 404, 400, 409, 412, 428). */
export interface Refusal {
  kind: 'refuse';
  problem: Problem;
}

export const refuse = (problem: Problem): Refusal => ({ kind: 'refuse', problem });

export const isRefusal = (outcome: { kind: string }): outcome is Refusal => outcome.kind === 'refuse';

/** The version after one more published change: versions count published changes from 1. */
export function nextVersion(version: string): string {
  return String(Number.parseInt(version, 10) + 1);
}

export const FIRST_VERSION = '1';

export type Person = Extract<Principal, { kind: 'person' }>;

export const actorOf = (principal: Person): Actor => ({ personId: principal.personId, displayName: principal.displayName });

/** The audit entry of an accepted write, `grant` being the role that allowed it. */
export function auditEntry(
  principal: Person,
  grant: RoleGrant,
  action: AuditAction,
  entity: { type: string; id: string },
  context: WriteContext,
  change: { before?: unknown; after?: unknown; note?: string } = {}
): AuditEntry {
  return {
    id: context.newId(),
    at: context.now.toISOString(),
    actor: actorOf(principal),
    role: roleKey(grant),
    action,
    entity,
    ...(change.before !== undefined ? { before: change.before } : {}),
    ...(change.after !== undefined ? { after: change.after } : {}),
    ...(change.note !== undefined ? { note: change.note } : {}),
  };
}
