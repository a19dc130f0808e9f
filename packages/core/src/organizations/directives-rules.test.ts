import { describe, expect, it } from 'vitest';
import type { Organization, PartnershipEntry } from '../schemas/organization.js';
import { partnershipRuleIssues } from './directives-rules.js';

const SOURCE = { source: 'unesco-decision', url: 'https://example.org/decision', asOf: '2026-12-03' } as const;

function record(partnership: Omit<PartnershipEntry, 'evidence'>[], fields: Partial<Pick<Organization, 'kind' | 'scope'>> = {}) {
  return {
    kind: 'ngo' as const,
    ...fields,
    partnership: partnership.map((entry) => ({ ...entry, evidence: [SOURCE] })),
    provenance: { sourceUrls: [SOURCE.url], asOf: '2026-12-03', verified: false, fictional: false },
  };
}

/** The one issue a record raises: its path, and a message naming the rule. */
function only(issues: { path: string; message: string }[]) {
  expect(issues).toHaveLength(1);
  return issues[0]!;
}

describe('partnershipRuleIssues: the Directives, one rule per case', () => {
  it('accepts a history that follows them', () => {
    const ifhe = record([{ from: 1965 }, { category: 'consultative', from: 2012, decidedBy: 'DG' }], { scope: 'international' });
    expect(partnershipRuleIssues(ifhe)).toEqual([]);
  });

  it('associate status only for international or regional NGOs', () => {
    const issue = only(partnershipRuleIssues(record([{ category: 'associate', from: 2015 }], { scope: 'national' })));
    expect(issue.path).toBe('partnership[0].category');
    expect(issue.message).toMatch(/associate status is open only to international or regional NGOs \(2011 Directives\)/);
  });

  it('associate status decided by the Executive Board', () => {
    const issue = only(partnershipRuleIssues(record([{ category: 'associate', from: 2015, decidedBy: 'DG' }])));
    expect(issue).toEqual({ path: 'partnership[0].decidedBy', message: expect.stringMatching(/decided by the Executive Board/) });
  });

  it('consultative status decided by the Director-General', () => {
    const issue = only(partnershipRuleIssues(record([{ category: 'consultative', from: 2015, decidedBy: 'EB' }])));
    expect(issue).toEqual({ path: 'partnership[0].decidedBy', message: expect.stringMatching(/decided by the Director-General/) });
  });

  it('official relations only for foundations', () => {
    const issue = only(partnershipRuleIssues(record([{ category: 'official-relations', from: 2015 }])));
    expect(issue).toEqual({ path: 'partnership[0].category', message: expect.stringMatching(/category of foundations/) });
  });

  it('a foundation holds official relations, not an NGO category', () => {
    const issue = only(partnershipRuleIssues(record([{ category: 'consultative', from: 2015 }], { kind: 'foundation' })));
    expect(issue).toEqual({ path: 'partnership[0].category', message: expect.stringMatching(/foundation holds official relations/) });
  });

  it('2011 categories only from 2011 on, with the legacy category before', () => {
    const issue = only(partnershipRuleIssues(record([{ category: 'consultative', from: 1965 }])));
    expect(issue).toEqual({ path: 'partnership[0].from', message: expect.stringMatching(/exists from the 2011 Directives on/) });
  });

  it('1995 categories end with the 2011–2012 reclassification', () => {
    const issue = only(partnershipRuleIssues(record([{ category: 'formal-associate', from: 2014 }])));
    expect(issue).toEqual({ path: 'partnership[0].from', message: expect.stringMatching(/replaced in the 2011–2012 reclassification/) });
  });

  it('1995 categories do not predate the 1995 Directives', () => {
    const issue = only(partnershipRuleIssues(record([{ category: 'operational', from: 1980 }])));
    expect(issue).toEqual({ path: 'partnership[0].from', message: expect.stringMatching(/before 1995 the 1960 categories applied/) });
  });

  it('1960 categories end with the 1995 Directives', () => {
    const issue = only(partnershipRuleIssues(record([{ category: 'category-a', from: 1998 }])));
    expect(issue).toEqual({ path: 'partnership[0].from', message: expect.stringMatching(/1960 Directives, replaced by the 1995 Directives/) });
  });

  it('no computed end: an end year needs the decision that sets it', () => {
    const issue = only(partnershipRuleIssues(record([{ category: 'associate', from: 2012, to: 2020 }])));
    expect(issue).toEqual({ path: 'partnership[0].to', message: expect.stringMatching(/needs the decision that sets it/) });
  });

  it('a real organisation states who says so', () => {
    const unsourced = { ...record([]), partnership: [{ category: 'consultative' as const, evidence: [] }] };
    expect(only(partnershipRuleIssues(unsourced))).toEqual({ path: 'partnership[0].evidence', message: expect.stringMatching(/needs at least one source/) });
    expect(partnershipRuleIssues({ ...unsourced, provenance: { ...unsourced.provenance, fictional: true } })).toEqual([]);
  });

  it('the history is oldest first', () => {
    const issue = only(partnershipRuleIssues(record([{ category: 'consultative', from: 2015 }, { category: 'consultative', from: 2013 }])));
    expect(issue).toEqual({ path: 'partnership[1].from', message: 'the history must be oldest first' });
  });
});
