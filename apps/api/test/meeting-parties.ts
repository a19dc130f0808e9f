import type { RoleGrant } from '@ngo-liaison/core';
import type { Storage } from '../src/storage/storage.js';

/** A person with an e-mail address (so meetings mail them), `roles` and a bearer token. */
export interface MeetingParty {
  personId: string;
  email: string;
  token: string;
}

export async function meetingParty(storage: Storage, name: string, roles: readonly RoleGrant[]): Promise<MeetingParty> {
  const email = `${name}@meetings.example.org`;
  const personId = await storage.accounts.createPerson({ displayName: name, email });
  await storage.accounts.grantRoles(personId, roles);
  const { token } = await storage.accounts.issueToken(personId, { label: 'meetings test', expiresAt: new Date(Date.now() + 86_400_000) });
  return { personId, email, token };
}

/** The fictional NGO and the National Commission of France used by the meetings tests. */
export const MEETING_NGO = 'demo-lanternfish-literacy-network';
export const MEETING_COUNTRY = 'FR';

/** Two slots (Paris time) in the middle of November 2026. */
export const MEETING_SLOTS = [
  { start: '2026-11-10T09:00:00Z', end: '2026-11-10T10:00:00Z', zone: 'Europe/Paris' },
  { start: '2026-11-12T13:00:00Z', end: '2026-11-12T14:00:00Z', zone: 'Europe/Paris' },
];

/** A request body from the NGO side to `counterpart` (a National Commission member of France). */
export const ngoAsks = (counterpart: string, over: Record<string, unknown> = {}) => ({
  as: 'ngo',
  organization: MEETING_NGO,
  country: MEETING_COUNTRY,
  counterpart,
  subject: 'Literacy clubs in coastal schools',
  language: 'en',
  slots: MEETING_SLOTS,
  ...over,
});
