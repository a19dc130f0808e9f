import { describe, expect, it } from 'vitest';
import type { PartnershipEntry } from '../schemas/organization.js';
import { currentPartnership, currentStatus, partnerSince, renewalDue } from './partnership.js';

const org = (...partnership: PartnershipEntry[]) => ({ partnership });

describe('currentPartnership', () => {
  it('is the last entry, associate since the start of the unbroken associate run', () => {
    const renewed = org(
      { status: 'consultative', from: 2009 },
      { status: 'associate', from: 2016, to: 2024 },
      { status: 'associate', from: 2024, to: 2032 },
    );
    expect(currentPartnership(renewed)).toMatchObject({ status: 'associate', state: 'active', since: 2016 });
    expect(currentStatus(renewed)).toBe('associate');
  });

  it('does not merge a pre-2011 category into the current run', () => {
    const converted = org({ status: 'official-unspecified', legacyStatus: 'formal-consultative', from: 2001, to: 2012 }, { status: 'consultative', from: 2012 });
    expect(currentPartnership(converted).since).toBe(2012);
  });

  it('reports an undated status as since undefined and keeps the state', () => {
    expect(currentPartnership(org({ status: 'associate', state: 'suspended' }))).toMatchObject({ since: undefined, state: 'suspended' });
  });
});

describe('partnerSince', () => {
  it('is the first dated official entry, legacy categories included', () => {
    expect(partnerSince(org({ status: 'official-unspecified', legacyStatus: 'operational', from: 1999 }, { status: 'consultative', from: 2012 }))).toBe(1999);
    expect(partnerSince(org({ status: 'unverified', from: 1990 }, { status: 'consultative', from: 2005 }))).toBe(2005);
    expect(partnerSince(org({ status: 'associate' }))).toBeUndefined();
  });
});

describe('renewalDue', () => {
  const wfeo = org({ status: 'associate', from: 2021, to: 2029 });

  it('is the end of the eight-year term, with the request due 30 November of the year before', () => {
    expect(renewalDue(wfeo, '2026-11-27')).toEqual({ termEndYear: 2029, requestBy: '2028-11-30', certainty: 'inferred', state: 'not-yet-due' });
  });

  it('derives the term end from the start when only `from` is known', () => {
    expect(renewalDue(org({ status: 'associate', from: 2019 }), '2020-01-01')?.termEndYear).toBe(2027);
  });

  it.each([
    ['2027-11-30', 'not-yet-due'],
    ['2027-12-01', 'due-soon'],
    ['2028-11-30', 'due-soon'],
    ['2028-12-01', 'overdue'],
    ['2029-12-31', 'overdue'],
    ['2030-01-01', 'ended'],
  ])('on %s the renewal is %s', (today, state) => {
    expect(renewalDue(wfeo, today)?.state).toBe(state);
    expect(renewalDue(wfeo, new Date(`${today}T12:00:00Z`))?.state).toBe(state);
  });

  it('is undefined for other statuses, undated terms and terminated partnerships', () => {
    expect(renewalDue(org({ status: 'consultative', from: 2010 }), '2026-01-01')).toBeUndefined();
    expect(renewalDue(org({ status: 'associate' }), '2026-01-01')).toBeUndefined();
    expect(renewalDue(org({ status: 'associate', from: 2020, state: 'terminated' }), '2026-01-01')).toBeUndefined();
  });

  it('rejects something that is not a date', () => {
    expect(() => renewalDue(wfeo, 'soon')).toThrow(RangeError);
  });
});
