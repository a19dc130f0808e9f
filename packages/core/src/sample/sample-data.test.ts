import { describe, expect, it } from 'vitest';
import { COUNTRIES, SECTORS } from '../reference/index.js';
import { validateDataset } from '../validation/validate-dataset.js';
import { FICTIONAL_ORGANIZATIONS, REAL_ORGANIZATIONS, SAMPLE_ORGANIZATIONS } from './index.js';

const currentStatus = (org: (typeof SAMPLE_ORGANIZATIONS)[number]) => org.partnership.at(-1)?.status;

describe('sample data set', () => {
  it('passes validateDataset with no problems', () => {
    const report = validateDataset({ organizations: SAMPLE_ORGANIZATIONS, countries: COUNTRIES, sectors: SECTORS });
    expect(report.problems).toEqual([]);
    expect(report.ok).toBe(true);
  });

  it('uses unique ids', () => {
    const ids = SAMPLE_ORGANIZATIONS.map((o) => o.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('keeps real and fictional organisations apart', () => {
    expect(SAMPLE_ORGANIZATIONS).toHaveLength(REAL_ORGANIZATIONS.length + FICTIONAL_ORGANIZATIONS.length);
    for (const org of REAL_ORGANIZATIONS) expect(org.provenance.fictional, org.id).toBe(false);
    for (const org of FICTIONAL_ORGANIZATIONS) expect(org.provenance.fictional, org.id).toBe(true);
  });
});

describe('real organisations', () => {
  it('number at least 40', () => {
    expect(REAL_ORGANIZATIONS.length).toBeGreaterThanOrEqual(40);
  });

  it('each cite at least one source and carry no contact details', () => {
    for (const org of REAL_ORGANIZATIONS) {
      expect(org.provenance.sourceUrls.length, org.id).toBeGreaterThanOrEqual(1);
      expect(org.contacts, org.id).toEqual([]);
      expect(org.id.startsWith('demo-'), org.id).toBe(false);
    }
  });

  it('carry no invented descriptions', () => {
    for (const org of REAL_ORGANIZATIONS) expect(org.description, org.id).toBeUndefined();
  });

  it('include ICOM as an associate partner headquartered in France', () => {
    const icom = REAL_ORGANIZATIONS.find((o) => o.id === 'icom');
    expect(icom).toBeDefined();
    expect(icom && currentStatus(icom)).toBe('associate');
    expect(icom?.headquarters?.country).toBe('FR');
  });

  it('leave names found only as acronyms unexpanded and unverified', () => {
    for (const acronym of ['ISAPA', 'IMA', 'EUROALFA', 'IAC', 'IAW', 'ICBC', 'OMAEC']) {
      const org = REAL_ORGANIZATIONS.find((o) => o.id === acronym.toLowerCase());
      expect(org, acronym).toBeDefined();
      expect(org?.name).toEqual({ en: acronym, fr: acronym });
      expect(org && currentStatus(org)).toBe('unverified');
    }
  });
});

describe('fictional organisations', () => {
  it('number at least 10', () => {
    expect(FICTIONAL_ORGANIZATIONS.length).toBeGreaterThanOrEqual(10);
  });

  it('are marked fictional, with demo- ids and no sources', () => {
    for (const org of FICTIONAL_ORGANIZATIONS) {
      expect(org.id.startsWith('demo-'), org.id).toBe(true);
      expect(org.provenance.sourceUrls, org.id).toEqual([]);
      expect(org.provenance.verified, org.id).toBe(false);
    }
  });

  it('use only example.org e-mail addresses, every contact flagged fictional', () => {
    for (const org of FICTIONAL_ORGANIZATIONS) {
      for (const contact of org.contacts) {
        expect(contact.fictional, org.id).toBe(true);
        if (contact.kind === 'email') expect(contact.value, org.id).toMatch(/@([a-z0-9-]+\.)*example\.org$/);
      }
    }
  });

  it('cover all five programme sectors', () => {
    const sectors = new Set(FICTIONAL_ORGANIZATIONS.flatMap((o) => o.sectors));
    expect([...sectors].sort()).toEqual(['CI', 'CLT', 'ED', 'SC', 'SHS']);
  });
});
