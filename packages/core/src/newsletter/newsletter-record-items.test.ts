import { describe, expect, it } from 'vitest';
import type { SubmittedAction } from '../action-writes/action-submission.js';
import { actionNewsletterItems, type ActionNames } from './newsletter-action-items.js';
import { partnerNewsletterItems, type NamedDecision } from './newsletter-partner-items.js';

const decision = (id: string, kind: NamedDecision['decision']['kind'], date: string, name: string): NamedDecision => ({ decision: { id, kind, date, decisionRef: `DG letter ${id}` }, name });

describe('partnerNewsletterItems', () => {
  it('lists the admissions and renewals decided in the month, by date, with their reference; nothing else', () => {
    const items = partnerNewsletterItems(
      [
        decision('d1', 'admission', '2026-11-20', 'Zeta'),
        decision('d2', 'admission', '2026-11-03', 'Alpha'),
        decision('d3', 'renewal', '2026-11-30', 'Beta'),
        decision('d4', 'admission', '2026-12-01', 'Next month'),
        decision('d5', 'suspension', '2026-11-10', 'Suspended'),
        decision('d6', 'reclassification', '2026-11-11', 'Reclassified'),
      ],
      '2026-11',
    );
    expect(items['new-partners']).toEqual([
      { id: 'd2', title: 'Alpha', detail: 'DG letter d2 (2026-11-03)' },
      { id: 'd1', title: 'Zeta', detail: 'DG letter d1 (2026-11-20)' },
    ]);
    expect(items['renewed-partners'].map((item) => item.title)).toEqual(['Beta']);
  });
});

const submission = (id: string, state: SubmittedAction['state'], decidedAt: string | undefined, fields: Partial<SubmittedAction['action']> = {}): SubmittedAction => ({
  action: {
    id,
    actor: { kind: 'organization', organization: 'demo-ngo' },
    programme: 'demo-programme',
    title: { en: `Action ${id}`, fr: `Action ${id} (fr)` },
    countries: ['SN'],
    period: { start: '2026-10-01' },
    outcomes: [],
    sdgs: [],
    provenance: { sources: [], fictional: true },
    ...fields,
  } as SubmittedAction['action'],
  state,
  submittedBy: { personId: 'p1', displayName: 'Demo editor' },
  submittedAt: '2026-10-30T09:00:00Z',
  ...(decidedAt ? { decidedAt } : {}),
});

const names: ActionNames = {
  actor: (action) => (action.actor.kind === 'organization' ? 'Demo NGO' : 'UNESCO Office in Dakar'),
  sector: (programme) => (programme === 'demo-programme' ? 'Education' : undefined),
  regions: (countries) => countries.map((code) => (code === 'SN' ? 'Africa' : 'Europe and North America')),
};

describe('actionNewsletterItems', () => {
  it('lists the actions published in the month under their sector and region, by group then title', () => {
    const items = actionNewsletterItems(
      [
        submission('a1', 'published', '2026-11-05T10:00:00Z'),
        submission('a2', 'published', '2026-11-06T10:00:00Z', { actor: { kind: 'field-office', fieldOffice: 'dakar' }, countries: ['SN', 'FR'] }),
        submission('a3', 'pending', undefined),
        submission('a4', 'returned', '2026-11-07T10:00:00Z'),
        submission('a5', 'published', '2026-12-01T00:00:00Z'),
        submission('a6', 'published', '2026-11-08T10:00:00Z', { programme: 'unknown' }),
      ],
      '2026-11',
      'fr',
      names,
    );
    expect(items).toEqual([
      { id: 'a6', title: 'Demo NGO: Action a6 (fr)', group: 'Africa', detail: '2026-10-01' },
      { id: 'a1', title: 'Demo NGO: Action a1 (fr)', group: 'Education · Africa', detail: '2026-10-01' },
      { id: 'a2', title: 'UNESCO Office in Dakar: Action a2 (fr)', group: 'Education · Africa, Europe and North America', detail: '2026-10-01' },
    ]);
  });
});
