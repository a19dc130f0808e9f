import { FICTIONAL_ORGANIZATIONS } from '@ngo-liaison/core/sample-data';
import type { Organization, OrganizationAdmission, PartnershipDecisionInput } from '@ngo-liaison/core';
import type { MockPerson } from '../src/msw/index.js';

/** The people of the write tests: one per role that matters, each with its bearer token. */
export const PEOPLE = {
  secretariat: { token: 'tok-secretariat', displayName: 'Ama Secretariat', roles: [{ role: 'secretariat' }], email: 'ama@unesco.example.org', password: 'correct horse battery' },
  editor: { token: 'tok-editor', displayName: 'Lea Editor', roles: [{ role: 'ngo-editor', organization: 'demo-lanternfish-literacy-network' }] },
  otherEditor: { token: 'tok-other-editor', displayName: 'Omar Editor', roles: [{ role: 'ngo-editor', organization: 'demo-saltmarsh-heritage-collective' }] },
  memberState: { token: 'tok-member-state', displayName: 'Fran Delegate', roles: [{ role: 'member-state', country: 'FR', via: 'delegation' }] },
} satisfies Record<string, MockPerson>;

export const LANTERNFISH: Organization = FICTIONAL_ORGANIZATIONS.find((org) => org.id === 'demo-lanternfish-literacy-network')!;

/** A fictional organisation to admit: Lanternfish's profile under a new id, no partnership yet. */
export function admission(id = 'demo-new-network'): OrganizationAdmission {
  const { partnership: _history, acronym: _acronym, formerNames: _formerNames, ...rest } = LANTERNFISH;
  return { ...rest, id, name: { en: `New network ${id}` } };
}

export const ADMISSION_DECISION: PartnershipDecisionInput = {
  kind: 'admission',
  category: 'consultative',
  decidedBy: 'DG',
  decisionRef: 'DG/LTR/2026/1',
  date: '2026-11-30',
  evidence: [{ source: 'unesco-decision', url: 'https://www.unesco.org/en/decision', asOf: '2026-12-01' }],
};
