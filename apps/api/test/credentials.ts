import type { RoleGrant } from '@ngo-liaison/core';
import type { Storage } from '../src/storage/storage.js';

export interface TestToken {
  /** The bearer token: `Authorization: Bearer ${token}`. */
  token: string;
  tokenId: string;
  personId: string;
}

/**
 * A person holding `roles` and a bearer token of theirs, written to the server's database
 * (SQLite or PostgreSQL alike) through the same repository the server verifies with. Valid
 * for a day unless `expiresAt` says otherwise (a past date: an expired token); `revoked`
 * revokes it at once. Pass the running server's storage: `issueTestToken(server.running.storage, …)`.
 */
export async function issueTestToken(
  storage: Storage,
  roles: readonly RoleGrant[],
  { expiresAt, revoked = false, displayName }: { expiresAt?: Date; revoked?: boolean; displayName?: string } = {}
): Promise<TestToken> {
  const personId = await storage.accounts.createPerson({ displayName: displayName ?? `Test ${roles.map((r) => r.role).join('+') || 'person'}` });
  await storage.accounts.grantRoles(personId, roles);
  const issuedAt = expiresAt && expiresAt.getTime() <= Date.now() ? new Date(expiresAt.getTime() - 86_400_000) : new Date();
  const { id, token } = await storage.accounts.issueToken(personId, {
    label: 'test',
    expiresAt: expiresAt ?? new Date(Date.now() + 86_400_000),
    now: issuedAt,
  });
  if (revoked) await storage.accounts.revokeToken(id, personId);
  return { token, tokenId: id, personId };
}

/** `{ authorization: 'Bearer …' }` for fetch's headers. */
export const bearer = (token: string): Record<string, string> => ({ authorization: `Bearer ${token}` });
