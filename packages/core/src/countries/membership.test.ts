import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { COUNTRIES } from '../reference/countries.js';
import { Country } from '../schemas/country-record.js';
import {
  countryGroupingOn,
  isMemberStateOn,
  memberStatesOn,
  membersOn,
  membershipOn,
  pendingWithdrawalOn,
  utcDay,
} from './membership.js';

const get = (code: string): Country => {
  const country = COUNTRIES.find((c) => c.code === code);
  if (!country) throw new Error(`no country ${code}`);
  return country;
};

describe('Member States on a given day (the day passed in, never the clock)', () => {
  it('counts 194 on 31 December 2026 and 192 on 1 January 2027', () => {
    expect(memberStatesOn(COUNTRIES, '2026-12-31')).toHaveLength(194);
    expect(memberStatesOn(COUNTRIES, '2027-01-01')).toHaveLength(192);
  });

  it('loses exactly the United States and Nicaragua across the boundary', () => {
    const before = new Set(memberStatesOn(COUNTRIES, '2026-12-31').map((c) => c.code));
    const after = new Set(memberStatesOn(COUNTRIES, '2027-01-01').map((c) => c.code));
    expect([...before].filter((code) => !after.has(code)).sort()).toEqual(['NI', 'US']);
    expect([...after].filter((code) => !before.has(code))).toEqual([]);
  });

  it('keeps a withdrawn state in the reference data, a member until the effective day', () => {
    const us = get('US');
    expect(membershipOn(us, '2026-12-31')).toBe('member');
    expect(membershipOn(us, '2027-01-01')).toBeNull();
    expect(COUNTRIES.some((c) => c.code === 'US')).toBe(true);
    expect(isMemberStateOn(get('NI'), '2027-01-01')).toBe(false);
  });

  it('follows the USA out and back in: 1984, 2003, 2018, 2023', () => {
    const us = get('US');
    expect(membershipOn(us, '1984-12-31')).toBe('member');
    expect(membershipOn(us, '1985-01-01')).toBeNull();
    expect(membershipOn(us, '2003-09-30')).toBeNull();
    expect(membershipOn(us, '2003-10-01')).toBe('member');
    expect(membershipOn(us, '2018-12-31')).toBe('member');
    expect(membershipOn(us, '2019-01-01')).toBeNull();
    expect(membershipOn(us, '2023-07-09')).toBeNull();
    expect(membershipOn(us, '2023-07-10')).toBe('member');
    // 193 while the USA was out; 194 once it was back.
    expect(memberStatesOn(COUNTRIES, '2023-07-09')).toHaveLength(193);
    expect(memberStatesOn(COUNTRIES, '2023-07-10')).toHaveLength(194);
  });

  it('states the notices and effective dates as data, with their sources', () => {
    expect(pendingWithdrawalOn(get('US'), '2026-06-01')).toMatchObject({ notice: '2025-07-22', effective: '2026-12-31' });
    expect(pendingWithdrawalOn(get('NI'), '2026-06-01')).toMatchObject({ notice: '2025-05-04', effective: '2026-12-31' });
    for (const code of ['US', 'NI']) {
      for (const period of get(code).membership.periods ?? []) {
        if (period.withdrawal) {
          expect(period.withdrawal.sourceUrl).toMatch(/^https:\/\//);
          // Art. II.6: a withdrawal takes effect on 31 December of the year after the notice.
          expect(period.withdrawal.effective.slice(5)).toBe('12-31');
          if (period.withdrawal.notice) expect(Number(period.withdrawal.effective.slice(0, 4))).toBe(Number(period.withdrawal.notice.slice(0, 4)) + 1);
        }
      }
    }
    expect(pendingWithdrawalOn(get('FR'), '2026-06-01')).toBeUndefined();
    expect(pendingWithdrawalOn(get('US'), '2027-01-01')).toBeUndefined();
  });

  it('counts Associate Members by their admission date', () => {
    const nc = get('NC');
    expect(membershipOn(nc, '2016-12-31')).toBeNull();
    expect(membershipOn(nc, '2017-01-01')).toBe('associate-member'); // the source gives the year only
    expect(membersOn(COUNTRIES, '2027-01-01')).toHaveLength(192 + 11);
    expect(membersOn(COUNTRIES, '2026-12-31')).toHaveLength(194 + 11);
  });

  it('takes the region and group of a state away once its withdrawal takes effect, and keeps its code', () => {
    const before = countryGroupingOn(COUNTRIES, '2026-12-31').find((c) => c.code === 'US');
    const after = countryGroupingOn(COUNTRIES, '2027-01-01').find((c) => c.code === 'US');
    expect(before).toMatchObject({ region: { value: 'europe-north-america' }, electoralGroup: { value: 'I' } });
    expect(after).toEqual({ code: 'US', region: null, electoralGroup: null });
    expect(countryGroupingOn(COUNTRIES, '2027-01-01')).toHaveLength(COUNTRIES.length);
  });

  it('rejects a day that is not YYYY-MM-DD', () => {
    expect(() => membershipOn(get('FR'), '2026-13-01')).toThrow(RangeError);
    expect(() => memberStatesOn(COUNTRIES, '31/12/2026')).toThrow(RangeError);
  });

  it('turns an instant into its UTC day at the edge', () => {
    expect(utcDay(new Date('2026-12-31T23:59:59Z'))).toBe('2026-12-31');
    expect(utcDay(new Date('2027-01-01T00:00:00Z'))).toBe('2027-01-01');
  });

  it('rejects a withdrawal without a source or an effective day', () => {
    const us = get('US');
    const bad = { ...us, membership: { ...us.membership, periods: [{ withdrawal: { effective: '2026', sourceUrl: 'https://example.org' } }] } };
    expect(z.safeParse(Country, bad).success).toBe(false);
    const unsourced = { ...us, membership: { ...us.membership, periods: [{ withdrawal: { effective: '2026-12-31' } }] } };
    expect(z.safeParse(Country, unsourced).success).toBe(false);
  });
});
