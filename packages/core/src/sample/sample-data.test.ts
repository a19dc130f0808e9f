import { describe, expect, it } from 'vitest';
import { COUNTRIES, SECTORS } from '../reference/index.js';
import { validateDataset } from '../validation/validate-dataset.js';
import { categoryInForce } from '../organizations/category-in-force.js';
import { partnerStanding } from '../organizations/partnership.js';
import { FICTIONAL_ORGANIZATIONS, REAL_ORGANIZATIONS, SAMPLE_ORGANIZATIONS } from './index.js';

const real = (id: string) => {
  const org = REAL_ORGANIZATIONS.find((o) => o.id === id);
  if (!org) throw new Error(`no real organisation ${id}`);
  return org;
};

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
    expect(categoryInForce(real('icom'))).toBe('associate');
    expect(real('icom').headquarters?.country).toBe('FR');
  });

  it('trace every partnership entry, category and year to a source URL in the record', () => {
    for (const org of REAL_ORGANIZATIONS) {
      const cited = new Set(org.provenance.sourceUrls);
      org.partnership.forEach((entry, i) => {
        expect(entry.evidence.length, `${org.id} partnership[${i}] has no evidence`).toBeGreaterThan(0);
        for (const evidence of entry.evidence) expect(cited.has(evidence.url), `${org.id}: ${evidence.url} not among its sources`).toBe(true);
      });
      for (const evidence of org.cooperation ?? []) expect(evidence.url, org.id).toMatch(/^https?:/);
      if (!org.partnership.length) expect(org.cooperation?.length, `${org.id} says nothing of its relation`).toBeGreaterThan(0);
    }
  });

  it('carry a name in a language only where it is not a copy of another, unless a source gives it', () => {
    for (const org of REAL_ORGANIZATIONS) {
      const names = Object.entries(org.name);
      for (const [language, text] of names) {
        const copied = names.some(([other, otherText]) => other !== language && otherText === text);
        if (copied && language !== 'en') expect(org.provenance.nameSources?.[language as 'fr'], `${org.id} name.${language}`).toMatch(/^https?:/);
      }
    }
  });

  it('state the corrections of the sources: IAU associate, CID consultative, IFHE legacy then consultative', () => {
    expect(categoryInForce(real('iau'))).toBe('associate');
    expect(categoryInForce(real('cid'))).toBe('consultative');
    const ifhe = real('ifhe').partnership;
    expect(ifhe.map((e) => [e.category, e.from])).toEqual([[undefined, 1965], ['consultative', 2012]]);
    expect(real('auf').partnership.length).toBe(2);
    expect(real('bice').partnership.map((e) => e.category)).toEqual(['operational', undefined]);
  });

  it('place headquarters and names as the sources give them', () => {
    expect(real('icomos').headquarters).toEqual({ city: 'Charenton-le-Pont', country: 'FR' });
    expect(real('jci').headquarters).toEqual({ city: 'Chesterfield, Missouri', country: 'US' });
    expect(real('wfeo').name.fr).toBe("Fédération mondiale des organisations d'ingénieurs");
    expect(real('wfeo').acronym?.fr).toBe('FMOI');
    expect(real('acww').name.fr).toBe('Union mondiale des femmes rurales');
    expect(real('auf').name).toEqual({ fr: 'Agence universitaire de la Francophonie' });
  });

  it('do not make a partnership category of the World Heritage advisory role', () => {
    expect(partnerStanding(real('icomos'))).toBe('not-attested');
    expect(real('icomos').cooperation?.[0]?.quote).toMatch(/advisory body/);
  });

  it('leave names found only as acronyms unexpanded, and not official partners', () => {
    for (const acronym of ['ISAPA', 'IMA', 'EUROALFA', 'IAC', 'IAW', 'ICBC', 'OMAEC']) {
      const org = real(acronym.toLowerCase());
      expect(org.name).toEqual({ en: acronym });
      expect(partnerStanding(org)).toBe('not-attested');
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
