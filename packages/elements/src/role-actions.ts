import {
  ROLE_NAMES,
  applyPartnershipDecision,
  decideAdmission,
  decideOrganizationPatch,
  decidePublishRevision,
  isRefusal,
  requireSecretariat,
  seesPartnerContactsOf,
  signedIn,
  type Organization,
  type Principal,
  type RoleGrant,
  type RoleName,
  type WriteContext,
} from '@ngo-liaison/core';

/** The actions of the write path, in the order a page shows them. */
export const ROLE_ACTIONS = [
  'edit-own-profile',
  'edit-another-profile',
  'review-changes',
  'record-partnership-decision',
  'admit-organization',
  'see-partner-contacts',
  'read-audit-log',
] as const;
export type RoleAction = (typeof ROLE_ACTIONS)[number];

/** What the rules answer: a change `published` at once or sent `for-review`, or the action `allowed` or `refused`. */
export type ActionOutcome = 'published' | 'for-review' | 'allowed' | 'refused';

export interface RoleActions {
  role: RoleName;
  /** The grant the row was computed with (scoped roles get an example scope). */
  grant: RoleGrant;
  outcomes: Record<RoleAction, ActionOutcome>;
}

const OWN = 'your-organization';
const OTHER = 'another-organization';

/** An example grant of each role; an NGO editor's organisation is `OWN`. */
function exampleGrant(role: RoleName): RoleGrant {
  switch (role) {
    case 'sector':
      return { role, sector: 'ED' };
    case 'field-office':
      return { role, fieldOffice: 'abuja' };
    case 'ngo-editor':
      return { role, organization: OWN };
    case 'member-state':
      return { role, country: 'FR', via: 'delegation' };
    default:
      return { role };
  }
}

const organization = (id: string): Organization => ({
  id,
  kind: 'ngo',
  name: { en: `Organisation ${id}` },
  sectors: ['ED'],
  fieldsOfInterest: [],
  partnership: [],
  contacts: [],
  identifiers: [],
  provenance: { sourceUrls: [], asOf: '2026-01-01', verified: false, fictional: true },
});

/**
 * What each role may do, worked out by asking core's write rules — the functions the API and the
 * msw handlers call — about example records: a change to its own and to another organisation's
 * profile, publishing a pending change, recording a partnership decision, admitting an
 * organisation, seeing partners-only contacts, reading the audit log. Nothing here restates a
 * rule, so the table cannot drift from what the server does.
 */
export function whatRolesMayDo(roles: readonly RoleName[] = ROLE_NAMES): RoleActions[] {
  // Core takes the clock and ids as parameters; the answers do not depend on them.
  let serial = 0;
  const context: WriteContext = { now: new Date('2026-01-01T00:00:00Z'), newId: () => `example-${++serial}` };
  const as = (grant: RoleGrant): Principal => ({ kind: 'person', personId: 'someone', displayName: 'Someone', roles: [grant], credential: { kind: 'token', id: 'example' } });
  const current = (id: string) => ({ organization: organization(id), version: '1' });
  const change = { website: 'https://example.org/' };
  const edit = (principal: Principal, id: string): ActionOutcome => {
    const outcome = decideOrganizationPatch(principal, current(id), change, { ...context, ifMatch: '1' });
    return isRefusal(outcome) ? 'refused' : outcome.kind === 'publish' ? 'published' : 'for-review';
  };
  const proposed = decideOrganizationPatch(as(exampleGrant('ngo-editor')), current(OWN), change, { ...context, ifMatch: '1' });
  const allowed = (outcome: { kind: string }): ActionOutcome => (isRefusal(outcome) ? 'refused' : 'allowed');
  const decision = {
    kind: 'admission',
    category: 'consultative',
    decidedBy: 'DG',
    decisionRef: 'DG/2026/1',
    date: '2026-01-01',
    evidence: [{ source: 'unesco-decision', url: 'https://www.unesco.org/', asOf: '2026-01-01' }],
  };

  return roles.map((role) => {
    const grant = exampleGrant(role);
    const principal = as(grant);
    const person = signedIn(principal);
    const outcomes: Record<RoleAction, ActionOutcome> = {
      'edit-own-profile': edit(principal, OWN),
      'edit-another-profile': edit(principal, OTHER),
      'review-changes':
        'revision' in proposed ? allowed(decidePublishRevision(principal, proposed.revision.id, proposed.revision, current(OWN), context)) : 'refused',
      'record-partnership-decision': allowed(applyPartnershipDecision(principal, OWN, current(OWN), decision, context)),
      'admit-organization': allowed(decideAdmission(principal, organization('newly-admitted'), undefined, context)),
      'see-partner-contacts': seesPartnerContactsOf(principal, OTHER) ? 'allowed' : 'refused',
      'read-audit-log': isRefusal(person) || 'kind' in requireSecretariat(person, 'read the audit log') ? 'refused' : 'allowed',
    };
    return { role, grant, outcomes };
  });
}
