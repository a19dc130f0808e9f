import { describe, expect, it } from 'vitest';
import { COUNTRIES } from '../reference/countries.js';
import { FICTIONAL_ORGANIZATIONS, REAL_ORGANIZATIONS } from './index.js';

const codes = new Set(COUNTRIES.map((c) => c.code));

describe('fictional demo set for the directory', () => {
  const demos = FICTIONAL_ORGANIZATIONS.filter((o) => o.id !== 'demo-hostile-text-test');

  it('gives every demo organisation SDGs, countries of presence and working languages', () => {
    for (const org of demos) {
      expect(org.sdgs?.length, org.id).toBeGreaterThan(0);
      expect(org.countriesOfPresence?.length, org.id).toBeGreaterThan(0);
      expect(org.workingLanguages?.length, org.id).toBeGreaterThan(0);
      for (const code of org.countriesOfPresence ?? []) expect(codes.has(code), `${org.id} ${code}`).toBe(true);
      expect(org.countriesOfPresence, org.id).toContain(org.headquarters?.country);
    }
    expect(demos.filter((o) => o.formerNames?.length).length).toBeGreaterThanOrEqual(3);
  });

  it('adds no SDGs, presence lists or former names to real organisations (unsourced)', () => {
    for (const org of REAL_ORGANIZATIONS) {
      expect(org.countriesOfPresence, org.id).toBeUndefined();
      expect(org.sdgs, org.id).toBeUndefined();
    }
  });

  it('includes one fictional organisation with hostile text for rendering tests', () => {
    const hostile = FICTIONAL_ORGANIZATIONS.find((o) => o.id === 'demo-hostile-text-test');
    expect(hostile?.provenance.fictional).toBe(true);
    const text = JSON.stringify(hostile);
    expect(text).toContain('<script>');
    expect(hostile?.description?.en).toContain('javascript:alert(1)');
    expect(text).toMatch(/\u202E/);
    expect(hostile?.website).toMatch(/^https:\/\//);
    expect(hostile?.acronym?.en?.startsWith('=')).toBe(true);
  });
});
