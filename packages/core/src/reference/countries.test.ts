import { describe, it, expect } from 'vitest';
import * as z from 'zod/mini';
import { Country } from '../schemas/country-record.js';
import { COUNTRIES } from './countries.js';

const byCode = new Map(COUNTRIES.map((c) => [c.code, c]));
const get = (code: string): Country => {
  const country = byCode.get(code);
  if (!country) throw new Error(`no country ${code}`);
  return country;
};
const members = COUNTRIES.filter((c) => c.membership.kind === 'member');
const associates = COUNTRIES.filter((c) => c.membership.kind === 'associate-member');
const inGroup = (group: string) => members.filter((c) => c.electoralGroup?.value === group);

describe('COUNTRIES', () => {
  it('has 194 Member States (those withdrawing included) and the 11 Associate Members a source names', () => {
    expect(members).toHaveLength(194);
    expect(associates).toHaveLength(11);
    expect(COUNTRIES).toHaveLength(205);
  });

  it('lists no Associate Member without a source for it and its admission', () => {
    for (const c of associates) {
      expect(c.sourceUrl, c.code).toMatch(/^https?:\/\//);
      expect(c.membership.certainty, c.code).toBe('verified');
      const [period] = c.membership.periods ?? [];
      expect(period?.joined, c.code).toMatch(/^\d{4}/);
      expect(period?.sourceUrl, c.code).toBe(c.sourceUrl);
    }
    // French Polynesia was a guess for the twelfth: no source names it.
    expect(byCode.has('PF')).toBe(false);
  });

  it('has unique, well-formed codes, sorted by alpha-2 code', () => {
    const codes = COUNTRIES.map((c) => c.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(new Set(COUNTRIES.map((c) => c.alpha3)).size).toBe(codes.length);
    for (const c of COUNTRIES) {
      expect(c.code).toMatch(/^[A-Z]{2}$/);
      expect(c.alpha3).toMatch(/^[A-Z]{3}$/);
      // Every code is one ICU knows as a region (catches typos such as "UK").
      expect(new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' }).of(c.code)).toBeDefined();
    }
    expect(codes).toEqual([...codes].sort());
  });

  it('parses every record with the Country schema', () => {
    for (const c of COUNTRIES) {
      const result = z.safeParse(Country, c);
      expect(result.success, `${c.code}: ${result.error?.message ?? ''}`).toBe(true);
    }
  });

  it('names every country in all six languages', () => {
    for (const c of COUNTRIES) {
      for (const lang of ['ar', 'en', 'es', 'fr', 'ru', 'zh'] as const) {
        expect(c.name[lang]?.trim(), `${c.code}.${lang}`).toBeTruthy();
      }
    }
  });

  it('follows UNESCO membership, not UN membership', () => {
    for (const code of ['CK', 'NU', 'PS', 'US']) expect(get(code).membership.kind).toBe('member');
    for (const code of ['IL', 'LI', 'VA', 'XK', 'TW']) expect(byCode.has(code)).toBe(false);
    for (const c of members) expect(c.membership.certainty).toBe('verified');
  });

  it('matches the reference counts for Groups I, II and III', () => {
    expect(inGroup('I')).toHaveLength(26); // 25 + USA
    expect(inGroup('II')).toHaveLength(25);
    expect(inGroup('III')).toHaveLength(33);
    expect(inGroup('IV')).toHaveLength(44);
    expect(inGroup('Va')).toHaveLength(47);
    expect(inGroup('Vb')).toHaveLength(19);
  });

  it('labels group certainty as the reference does', () => {
    expect(get('US').electoralGroup).toEqual({ value: 'I', certainty: 'verified' });
    expect(get('US').sourceUrl).toMatch(/unesco\.org.*countries\/us/);
    for (const code of ['SR', 'TT', 'UY', 'VE']) {
      expect(get(code).electoralGroup).toEqual({ value: 'III', certainty: 'inferred' });
    }
    expect(inGroup('I').every((c) => c.electoralGroup?.certainty === 'verified')).toBe(true);
    expect(inGroup('II').every((c) => c.electoralGroup?.certainty === 'verified')).toBe(true);
    expect(inGroup('III').filter((c) => c.electoralGroup?.certainty === 'verified')).toHaveLength(29);
    for (const group of ['IV', 'Va', 'Vb']) {
      expect(inGroup(group).every((c) => c.electoralGroup?.certainty === 'unverified')).toBe(true);
    }
  });

  it('puts Associate Members in no electoral group', () => {
    for (const c of associates) expect(c.electoralGroup).toBeNull();
    expect(associates.map((c) => c.code)).toEqual(
      expect.arrayContaining(['AI', 'AW', 'CW', 'FO', 'KY', 'MO', 'MS', 'NC', 'SX', 'TK', 'VG']),
    );
    expect(get('FO').region?.value).toBe('europe-north-america');
    expect(get('MO').region?.value).toBe('asia-pacific');
    expect(get('AW').region?.value).toBe('latin-america-caribbean');
  });

  it('has France in Group I, Europe and North America, verified', () => {
    const fr = get('FR');
    expect(fr.membership).toEqual({ kind: 'member', certainty: 'verified' });
    expect(fr.electoralGroup).toEqual({ value: 'I', certainty: 'verified' });
    expect(fr.region?.value).toBe('europe-north-america');
    expect(fr.sourceUrl).toMatch(/^https?:\/\//);
  });

  it('uses UN short names', () => {
    expect(get('TR').name.en).toBe('Türkiye');
    expect(get('TR').name.fr).toBe('Türkiye');
    expect(get('CZ').name.en).toBe('Czechia');
    expect(get('PS').name.en).toBe('Palestine');
    expect(get('PS').name.fr).toBe('Palestine');
    expect(get('KR').name.en).toBe('Republic of Korea');
    expect(get('NL').name.en).toBe('Netherlands (Kingdom of the)');
    expect(get('VN').name.fr).toBe('Viet Nam');
    expect(get('CI').name.en).toBe("Côte d'Ivoire");
  });

  it('dates membership only where a source dates it', () => {
    const dated = members.filter((c) => c.membership.periods).map((c) => c.code);
    expect(dated.sort()).toEqual(['NI', 'US']);
    for (const c of COUNTRIES) {
      for (const period of c.membership.periods ?? []) {
        if (period.joined) expect(period.sourceUrl, c.code).toMatch(/^https:\/\//);
      }
    }
    expect(get('AI').membership.periods).toEqual([{ joined: '2013', sourceUrl: expect.any(String) }]);
    expect(get('FO').membership.periods?.[0]?.joined).toBe('2009-10-12');
    expect(get('NI').membership.periods?.[0]?.joined).toBe('1952');
  });
});

describe('UNESCO regions: a curated table', () => {
  const REGION_OF_GROUP: Record<string, string> = {
    I: 'europe-north-america',
    II: 'europe-north-america',
    III: 'latin-america-caribbean',
    IV: 'asia-pacific',
    Va: 'africa',
    Vb: 'arab-states',
  };

  it('puts all of Central Asia in Asia and the Pacific, Group II or not', () => {
    for (const code of ['KZ', 'KG', 'TJ', 'TM', 'UZ']) {
      expect(get(code).region, code).toMatchObject({ value: 'asia-pacific', sourceUrl: expect.stringMatching(/^https:/) });
    }
    expect(get('TJ').electoralGroup?.value).toBe('II');
    expect(get('UZ').electoralGroup?.value).toBe('II');
  });

  it('is not computed from the electoral group', () => {
    const differ = members.filter((c) => c.region?.value !== REGION_OF_GROUP[c.electoralGroup!.value]).map((c) => c.code);
    expect(differ.sort()).toEqual(['TJ', 'UZ']);
  });

  it('gives every country a region with its certainty, and a source wherever it says verified', () => {
    for (const c of COUNTRIES) {
      expect(c.region, c.code).not.toBeNull();
      expect(['verified', 'inferred'], c.code).toContain(c.region!.certainty);
      if (c.region!.certainty === 'verified') expect(c.region!.sourceUrl, c.code).toMatch(/^https?:\/\//);
    }
    // 29 C/28 (1997): the United Kingdom to Europe, Nauru and Macao to Asia and the Pacific.
    expect(get('GB').region).toMatchObject({ value: 'europe-north-america', certainty: 'verified' });
    expect(get('NR').region).toMatchObject({ value: 'asia-pacific', certainty: 'verified' });
    expect(get('MO').region).toMatchObject({ value: 'asia-pacific', certainty: 'verified' });
    expect(get('US').region).toMatchObject({ value: 'europe-north-america', certainty: 'verified' });
  });
});
