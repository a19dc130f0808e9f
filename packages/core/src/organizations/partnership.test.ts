import { describe, expect, it } from 'vitest';
import type { PartnershipEntry } from '../schemas/organization.js';
import { categoryInForce } from './category-in-force.js';
import { associateTerm, currentPartnership, partnerSince, partnerStanding } from './partnership.js';

const org = (...partnership: PartnershipEntry[]) => ({ partnership });
const entry = (fields: Omit<PartnershipEntry, 'evidence'>): PartnershipEntry => ({ ...fields, evidence: [] });

describe('currentPartnership', () => {
  it('is the last entry, associate since the start of the unbroken associate run', () => {
    const renewed = org(
      entry({ category: 'consultative', from: 2012 }),
      entry({ category: 'associate', from: 2016, to: 2024, decisionRef: 'x' }),
      entry({ category: 'associate', from: 2024, to: 2032, decisionRef: 'y' }),
    );
    expect(currentPartnership(renewed)).toMatchObject({ category: 'associate', state: 'active', since: 2016 });
  });

  it('does not join entries whose category no source states: two unknowns may differ', () => {
    const unknowns = org(entry({ from: 1965 }), entry({ from: 2010 }));
    expect(currentPartnership(unknowns)).toMatchObject({ category: undefined, since: 2010 });
  });

  it('is undefined when no official partnership is attested', () => {
    expect(currentPartnership(org())).toBeUndefined();
    expect(partnerStanding(org())).toBe('not-attested');
  });
});

describe('partnerStanding', () => {
  it('is official for an active or suspended partnership, whatever is known of its category', () => {
    expect(partnerStanding(org(entry({})))).toBe('official');
    expect(partnerStanding(org(entry({ category: 'associate', state: 'suspended' })))).toBe('official');
    expect(partnerStanding(org(entry({ category: 'consultative', state: 'pending' })))).toBe('pending');
    expect(partnerStanding(org(entry({ category: 'consultative', state: 'terminated' })))).toBe('former');
  });
});

describe('categoryInForce', () => {
  it('is a category of the 2011 Directives or official relations, never a legacy one', () => {
    expect(categoryInForce(org(entry({ category: 'formal-associate', from: 2002 })))).toBeUndefined();
    expect(categoryInForce(org(entry({ category: 'operational' }), entry({})))).toBeUndefined();
    expect(categoryInForce(org(entry({ category: 'formal-consultative', from: 2001 }), entry({ category: 'consultative', from: 2012 })))).toBe('consultative');
  });
});

describe('partnerSince', () => {
  it('takes the earliest dated entry, legacy and unknown categories included', () => {
    expect(partnerSince(org(entry({ category: 'operational', from: 1999 }), entry({ category: 'consultative', from: 2012 })))).toBe(1999);
    expect(partnerSince(org(entry({ from: 1965 }), entry({ category: 'consultative', from: 2012 })))).toBe(1965);
    expect(partnerSince(org(entry({ category: 'associate' })))).toBeUndefined();
  });
});

describe('associateTerm', () => {
  it('ends only where a decision dates it, never start + 8 years', () => {
    const wfeo = org(entry({ category: 'associate', from: 2021, to: 2029, decidedBy: 'EB', decisionRef: '212 EX' }));
    expect(associateTerm(wfeo)).toEqual({ termEndYear: 2029, decisionRef: '212 EX' });
    // Admitted in 2012 with no decision giving the end: no end is shown (it used to read "ended 2020").
    expect(associateTerm(org(entry({ category: 'associate', from: 2012 })))).toBeUndefined();
    expect(associateTerm(org(entry({ category: 'consultative', from: 2012 })))).toBeUndefined();
    expect(associateTerm(org(entry({ category: 'associate', from: 2020, to: 2028, decisionRef: 'x', state: 'terminated' })))).toBeUndefined();
  });
});
