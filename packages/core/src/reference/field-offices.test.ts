import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { FieldOffice } from '../schemas/field-office.js';
import { createCoverage } from '../programmes/field-office-coverage.js';
import { fieldOfficeDetail } from '../programmes/field-office-detail.js';
import { COUNTRIES } from './countries.js';
import { FIELD_OFFICES } from './field-offices.js';

const coverage = createCoverage({ countries: COUNTRIES, fieldOffices: FIELD_OFFICES });
const codes = new Set(COUNTRIES.map((c) => c.code));

describe('FIELD_OFFICES', () => {
  it('are valid, unique and refer only to known countries and offices', () => {
    expect(new Set(FIELD_OFFICES.map((o) => o.code)).size).toBe(FIELD_OFFICES.length);
    for (const office of FIELD_OFFICES) {
      expect(z.safeParse(FieldOffice, office).success, office.code).toBe(true);
      expect(codes.has(office.hostCountry), office.code).toBe(true);
      for (const c of office.coverage) expect(codes.has(c), `${office.code} covers ${c}`).toBe(true);
      if (office.parentOffice) expect(coverage.office(office.parentOffice), office.code).toBeDefined();
    }
  });

  it("date the two-tier reform by the Board's calendar: the 215th session sat in 2022, not 2023", () => {
    const notes = FIELD_OFFICES.map((o) => o.note ?? '').filter((note) => note.includes('reform') && !note.includes('sub-Saharan'));
    expect(notes.length).toBeGreaterThan(0);
    for (const note of notes) {
      expect(note).toContain('215th session of the Executive Board, autumn 2022');
      expect(note).not.toMatch(/215 EX \(2023\)|the 2023 reform/);
    }
  });

  it('keep the verified coverage table of the domain notes', () => {
    expect(coverage.countriesCoveredBy('abuja')).toEqual(['BJ', 'CI', 'GH', 'GN', 'LR', 'NG', 'SL', 'TG']);
    expect(coverage.office('abuja')?.certainty).toEqual({ type: 'verified', coverage: 'verified' });
    expect(coverage.countriesCoveredBy('apia')).toHaveLength(17);
    expect(coverage.countriesCoveredBy('apia')).toContain('TK');
    expect(coverage.office('new-delhi')?.certainty.type).toBe('inferred');
  });

  it('flag what is not verified', () => {
    expect(coverage.office('kingston')?.certainty.coverage).toBe('inferred');
    expect(coverage.office('kingston')?.coverage).toHaveLength(13);
    expect(coverage.office('santiago')?.certainty.coverage).toBe('unverified');
    for (const code of ['dakar', 'nairobi', 'harare', 'yaounde']) {
      expect(coverage.office(code)?.coverage, code).toHaveLength(1);
      expect(coverage.office(code)?.certainty.coverage, code).toBe('inferred');
    }
  });

  it('name every office in the six languages, liaison offices as such', () => {
    for (const office of FIELD_OFFICES) {
      for (const lang of ['ar', 'en', 'es', 'fr', 'ru', 'zh'] as const) expect(office.name[lang], `${office.code} ${lang}`).toBeTruthy();
    }
    expect(coverage.office('cairo')?.name.fr).toBe("Bureau de l'UNESCO au Caire");
    expect(coverage.office('geneva')?.name.en).toBe('UNESCO Liaison Office in Geneva');
    expect(coverage.countriesCoveredBy('geneva')).toEqual([]);
  });
});

describe('coverage resolution', () => {
  it('finds the offices covering a country, most specific first', () => {
    expect(coverage.officesCovering('NP').map((o) => o.code)).toEqual(['kathmandu', 'new-delhi']);
    expect(coverage.officesCovering('PK').map((o) => o.code)).toEqual(['islamabad', 'tehran']);
    expect(coverage.officesCovering('FR')).toEqual([]);
  });

  it('places a country in its region and electoral group', () => {
    expect(coverage.place('GH')).toEqual({ code: 'GH', region: 'africa', electoralGroup: 'Va', fieldOffices: ['abuja'] });
    expect(coverage.place('TK')).toMatchObject({ region: 'asia-pacific', electoralGroup: null, fieldOffices: ['apia'] });
    expect(coverage.place('ZZ')).toEqual({ code: 'ZZ', region: null, electoralGroup: null, fieldOffices: [] });
  });

  it('details an office with its countries and child offices', () => {
    const detail = fieldOfficeDetail('new-delhi', coverage)!;
    expect(detail.childOffices).toEqual(['dhaka', 'kathmandu']);
    expect(detail.countries.find((c) => c.code === 'IN')).toMatchObject({ name: { en: 'India' }, region: 'asia-pacific', electoralGroup: 'IV' });
    expect(fieldOfficeDetail('atlantis', coverage)).toBeUndefined();
  });
});
