import { describe, expect, it } from 'vitest';
import { ANONYMOUS } from '../access/principal.js';
import type { Organization } from '../schemas/organization.js';
import { applyPartnershipDecision } from './partnership-decision-rules.js';
import type { PartnershipDecisionInput } from './partnership-decision.js';
import { LANTERNFISH, OTHER_ROLES, SECRETARIAT, editorOf, testContext, versioned } from './test-writes.js';

const EVIDENCE = [{ source: 'unesco-decision', url: 'https://www.unesco.org/en/decision', asOf: '2026-12-01' }] as const;
const input = (fields: Partial<PartnershipDecisionInput>): PartnershipDecisionInput => ({
  kind: 'admission',
  category: 'consultative',
  decidedBy: 'DG',
  decisionRef: 'DG/LTR/2026/1',
  date: '2026-11-30',
  evidence: [...EVIDENCE],
  ...fields,
});
/** A fictional NGO with no partnership yet. */
const NEW: Organization = { ...LANTERNFISH, id: 'demo-new', partnership: [] };
const decide = (org: Organization, body: unknown, principal = SECRETARIAT) => applyPartnershipDecision(principal, org.id, versioned(org, '5'), body, testContext());
const issuesOf = (outcome: ReturnType<typeof decide>) => (outcome.kind === 'refuse' ? outcome.problem.errors ?? [] : []);

describe('applyPartnershipDecision', () => {
  it('admits an NGO to consultative status: a new entry, the decision recorded, a new version', () => {
    const outcome = decide(NEW, input({}));
    expect(outcome).toMatchObject({
      kind: 'decide',
      version: '6',
      decision: { id: 'id-1', organizationId: 'demo-new', kind: 'admission', recordedBy: { personId: 'p-secretariat' }, recordedAt: '2026-12-03T10:00:00.000Z' },
      organization: { partnership: [{ category: 'consultative', from: 2026, decidedBy: 'DG', decisionRef: 'DG/LTR/2026/1' }] },
      audit: { action: 'decision.record', entity: { type: 'organization', id: 'demo-new' } },
    });
  });

  it('suspends and then terminates the partnership in force, keeping its category and the history', () => {
    const suspended = decide(LANTERNFISH, input({ kind: 'suspension', category: undefined, decidedBy: 'EB', decisionRef: '999 EX/Decision 1' }));
    if (suspended.kind !== 'decide') throw new Error(JSON.stringify(suspended));
    expect(suspended.organization.partnership.at(-1)).toMatchObject({ category: 'associate', state: 'suspended', from: 2026 });
    expect(suspended.organization.partnership).toHaveLength(LANTERNFISH.partnership.length + 1);
    const terminated = decide(suspended.organization, input({ kind: 'termination', category: undefined, decidedBy: 'EB' }));
    expect(terminated.kind === 'decide' && terminated.organization.partnership.at(-1)).toMatchObject({ state: 'terminated' });
  });

  it('renews an active associate partnership, decided by the Executive Board', () => {
    expect(decide(LANTERNFISH, input({ kind: 'renewal', category: 'associate', decidedBy: 'EB' })).kind).toBe('decide');
    expect(issuesOf(decide(LANTERNFISH, input({ kind: 'renewal', category: 'associate', decidedBy: 'DG' })))).toContainEqual(expect.objectContaining({ path: 'decidedBy' }));
  });

  it.each([
    ['an admission while a partnership is in force', LANTERNFISH, input({}), 'kind'],
    ['an admission straight to associate status', NEW, input({ category: 'associate', decidedBy: 'EB' }), 'category'],
    ['consultative status decided by the Executive Board', NEW, input({ decidedBy: 'EB' }), 'decidedBy'],
    ['a suspension without a partnership in force', NEW, input({ kind: 'suspension', category: undefined }), 'kind'],
    ['a suspension that names a category', LANTERNFISH, input({ kind: 'suspension', category: 'associate', decidedBy: 'EB' }), 'category'],
    ['a renewal of consultative status (not time-limited)', { ...NEW, partnership: [{ category: 'consultative', from: 2013, decidedBy: 'DG', evidence: [] }] } as Organization, input({ kind: 'renewal' }), 'kind'],
    ['a reclassification to the category in force', LANTERNFISH, input({ kind: 'reclassification', category: 'associate', decidedBy: 'EB' }), 'category'],
    ['associate status after less than two years of consultative status', { ...NEW, partnership: [{ category: 'consultative', from: 2025, decidedBy: 'DG', evidence: [] }] } as Organization, input({ kind: 'reclassification', category: 'associate', decidedBy: 'EB' }), 'date'],
    ['associate status for a national NGO', { ...NEW, scope: 'national', partnership: [{ category: 'consultative', from: 2013, decidedBy: 'DG', evidence: [] }] } as Organization, input({ kind: 'reclassification', category: 'associate', decidedBy: 'EB' }), 'category'],
    ['a decision older than the entry in force', LANTERNFISH, input({ kind: 'suspension', category: undefined, decidedBy: 'EB', date: '2020-01-01' }), 'date'],
  ])('refuses %s', (_, org, body, path) => {
    expect(issuesOf(decide(org, body))).toContainEqual(expect.objectContaining({ path, code: 'inconsistent' }));
  });

  it('refuses a body that is not a decision, naming the field', () => {
    expect(issuesOf(decide(NEW, { ...input({}), evidence: [] }))).toContainEqual(expect.objectContaining({ path: 'evidence' }));
    expect(issuesOf(decide(NEW, { ...input({}), recordedBy: 'me' }))).toContainEqual(expect.objectContaining({ path: 'recordedBy', code: 'unknown-field' }));
  });

  it('is 401 anonymous, 404 for no organisation, 403 for every role but the Secretariat', () => {
    const status = (outcome: ReturnType<typeof decide>) => outcome.kind === 'refuse' && outcome.problem.status;
    expect(status(decide(NEW, input({}), ANONYMOUS))).toBe(401);
    expect(status(applyPartnershipDecision(SECRETARIAT, 'nope', undefined, input({}), testContext()))).toBe(404);
    for (const [role, principal] of [...OTHER_ROLES, ['own editor', editorOf(NEW.id)] as const]) expect(status(decide(NEW, input({}), principal)), role).toBe(403);
  });
});
