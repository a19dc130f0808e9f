import { describe, expect, it } from 'vitest';
import type { SubmittedAction } from '../action-writes/action-submission.js';
import { testContext } from '../organization-writes/test-writes.js';
import type { Action } from '../schemas/action.js';
import { addresseeKey } from './addressee.js';
import { deliveriesOfPublishedAction, deliveriesOfSubmittedAction, recommendationTitle } from './deliveries.js';
import { COVERAGE, PEACE } from './test-inbox.js';

const ACTION: Action = {
  id: 'a1',
  actor: { kind: 'organization', organization: 'icom' },
  programme: PEACE.id,
  title: { ar: 'جمعيات السلام' },
  countries: ['KE', 'NP'],
  fieldOffices: ['new-delhi', 'nairobi'],
  period: { start: '2026-01-01' },
  outcomes: [],
  sdgs: [],
  provenance: { sourceUrls: [], asOf: '2026-12-03', verified: false, fictional: false },
};

describe('deliveries of an action', () => {
  it('reaches the sector, the listed offices and the most specific one per country, the Member States and the actor, once each', () => {
    const items = deliveriesOfPublishedAction(ACTION, PEACE, COVERAGE, testContext());
    expect(items.map((item) => [addresseeKey(item.addressee), item.reasons])).toEqual([
      ['sector:SHS', ['sector:SHS', `programme:${PEACE.id}`]],
      ['field-office:new-delhi', ['field-office:listed']],
      ['field-office:nairobi', ['field-office:listed', 'country:KE']],
      // Nepal's own office, not New Delhi's regional one (which is listed anyway).
      ['field-office:kathmandu', ['country:NP']],
      ['member-state:KE', ['country:KE']],
      ['member-state:NP', ['country:NP']],
      ['organization:icom', ['organization:icom']],
    ]);
    expect(items.map((item) => item.id)).toEqual(['id-1', 'id-2', 'id-3', 'id-4', 'id-5', 'id-6', 'id-7']);
    expect(items.every((item) => item.public && item.at === '2026-12-03T10:00:00.000Z' && item.title === ACTION.title && item.subject.id === 'a1')).toBe(true);
  });

  it('keeps a pending action to its actor, privately', () => {
    const submission: SubmittedAction = { action: ACTION, state: 'pending', submittedBy: { personId: 'p', displayName: 'P' }, submittedAt: '2026-12-03T10:00:00.000Z' };
    expect(deliveriesOfSubmittedAction(submission, testContext())).toEqual([expect.objectContaining({ kind: 'action.submitted', public: false, addressee: { kind: 'organization', organization: 'icom' } })]);
  });
});

describe('recommendationTitle', () => {
  it('puts the reference first and shortens long texts in each language', () => {
    const title = recommendationTitle({ reference: 'R4', text: { en: 'x'.repeat(300), fr: 'Court' } });
    expect(title.fr).toBe('R4: Court');
    expect(title.en).toHaveLength(160);
    expect(title.en?.endsWith('…')).toBe(true);
  });
});
