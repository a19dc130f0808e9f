import type { Storage } from '../storage/storage.js';
import { DEFAULT_INVITATION_HOURS, invitationLink } from './invitation-repository.js';

/**
 * A newcomer's way in (outside production): while nobody has an account, each start creates
 * a Secretariat invitation and returns its link for `npm start` to print. The secret exists
 * only in that link (the database keeps its hash), so a lost link is replaced by restarting.
 */
export async function createLocalInvitation(storage: Storage, origin: string, now: Date): Promise<{ link: string; expiresAt: string } | undefined> {
  if (await storage.invitations.anyPerson()) return undefined;
  const expiresAt = new Date(now.getTime() + DEFAULT_INVITATION_HOURS * 3_600_000);
  const { secret } = await storage.invitations.create({ roles: [{ role: 'secretariat' }], displayName: 'Local Secretariat', createdBy: null, expiresAt }, now);
  return { link: invitationLink(origin, secret), expiresAt: expiresAt.toISOString() };
}
