import type { Principal } from '../access/principal.js';
import type { RoleGrant } from '../access/roles.js';
import { FICTIONAL_ORGANIZATIONS } from '../sample/fictional-organizations.js';
import { REAL_ORGANIZATIONS } from '../sample/real-organizations.js';
import type { Organization } from '../schemas/organization.js';
import type { VersionedOrganization, WriteContext } from './write-context.js';

/** Fixtures for the organisation write rules' tests (kept out of the package by tsup.config.ts). */

export const person = (...roles: RoleGrant[]): Principal => ({
  kind: 'person',
  personId: `p-${roles.map((r) => r.role).join('-') || 'none'}`,
  displayName: 'Test Person',
  roles,
  credential: { kind: 'token', id: 'tok-1' },
});

export const SECRETARIAT = person({ role: 'secretariat' });
export const editorOf = (organization: string) => person({ role: 'ngo-editor', organization });
/** Every role but the Secretariat and the organisation's editor: 403 where the record is public. */
export const OTHER_ROLES: [string, Principal][] = [
  ['liaison-committee', person({ role: 'liaison-committee' })],
  ['sector', person({ role: 'sector', sector: 'ED' })],
  ['field-office', person({ role: 'field-office', fieldOffice: 'abuja' })],
  ['member-state', person({ role: 'member-state', country: 'FR', via: 'delegation' })],
  ['editor of another organisation', editorOf('icom')],
];

export const LANTERNFISH: Organization = FICTIONAL_ORGANIZATIONS.find((org) => org.id === 'demo-lanternfish-literacy-network')!;
export const ICOM: Organization = REAL_ORGANIZATIONS.find((org) => org.id === 'icom')!;

export const versioned = (organization: Organization, version = '3'): VersionedOrganization => ({ organization, version });

/** A fixed instant and ids counted from 1. */
export function testContext(): WriteContext {
  let n = 0;
  return { now: new Date('2026-12-03T10:00:00.000Z'), newId: () => `id-${++n}` };
}
