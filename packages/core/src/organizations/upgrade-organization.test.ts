import { describe, expect, it } from 'vitest';
import { Organization } from '../schemas/organization.js';
import { safeParse } from '../errors/safe-parse.js';
import { upgradeOrganization, type LegacyOrganization, type LegacyPartnershipEntry } from './upgrade-organization.js';

const ASOF = '2025-06-01';

/** An organisation as stored before issue 11 (literal old JSON). */
function stored(partnership: LegacyPartnershipEntry[], name = { en: 'World Example Union', fr: 'Union mondiale exemple' }): LegacyOrganization {
  return JSON.parse(
    JSON.stringify({
      id: 'example',
      kind: 'ngo',
      name,
      headquarters: { country: 'FR', city: 'Paris' },
      scope: 'international',
      sectors: ['ED'],
      fieldsOfInterest: [],
      partnership,
      contacts: [],
      identifiers: [],
      provenance: { sourceUrls: ['https://example.org/about'], asOf: ASOF, verified: true, fictional: false },
    }),
  ) as LegacyOrganization;
}

describe('upgradeOrganization', () => {
  it('keeps the 2011 categories and turns sourceUrl into third-party evidence read on provenance.asOf', () => {
    const org = upgradeOrganization(
      stored([
        { status: 'consultative', from: 2012, decidedBy: 'DG', sourceUrl: 'https://example.org/a' },
        { status: 'associate', from: 2016, decidedBy: 'EB', decisionRef: '199 EX/Decision 1', to: 2024 },
        { status: 'official-relations' },
      ]),
    );
    expect(org.partnership).toEqual([
      { category: 'consultative', from: 2012, decidedBy: 'DG', evidence: [{ source: 'third-party', url: 'https://example.org/a', asOf: ASOF }] },
      { category: 'associate', from: 2016, to: 2024, decidedBy: 'EB', decisionRef: '199 EX/Decision 1', evidence: [] },
      { category: 'official-relations', evidence: [] },
    ]);
  });

  it('makes each legacy status the category (A and B by their 1960 names)', () => {
    const org = upgradeOrganization(
      stored([
        { status: 'official-unspecified', legacyStatus: 'A', from: 1950 },
        { status: 'official-unspecified', legacyStatus: 'B', from: 1960 },
        { status: 'official-unspecified', legacyStatus: 'operational', from: 1996 },
        { status: 'official-unspecified', legacyStatus: 'formal-consultative', from: 2000 },
        { status: 'consultative', legacyStatus: 'formal-associate', from: 2005 },
      ]),
    );
    expect(org.partnership.map((entry) => entry.category)).toEqual([
      'category-a',
      'category-b',
      'operational',
      'formal-consultative',
      'formal-associate',
    ]);
  });

  it('leaves the category out for official-unspecified, and keeps the state', () => {
    const org = upgradeOrganization(stored([{ status: 'official-unspecified', state: 'suspended', from: 1990 }]));
    expect(org.partnership).toEqual([{ state: 'suspended', from: 1990, evidence: [] }]);
    expect('category' in org.partnership[0]!).toBe(false);
  });

  it('drops an unverified entry and keeps its page as cooperation', () => {
    const org = upgradeOrganization(stored([{ status: 'unverified', sourceUrl: 'https://example.org/news' }]));
    expect(org.partnership).toEqual([]);
    expect(org.cooperation).toEqual([{ source: 'third-party', url: 'https://example.org/news', asOf: ASOF }]);
  });

  it('drops an end year that no decision states (it was computed), keeps one that a decision states', () => {
    const org = upgradeOrganization(
      stored([
        { status: 'associate', from: 2012, to: 2020 },
        { status: 'associate', from: 2021, to: 2029, decisionRef: '211 EX/Decision 5' },
      ]),
    );
    expect(org.partnership[0]).not.toHaveProperty('to');
    expect(org.partnership[1]).toMatchObject({ to: 2029, decisionRef: '211 EX/Decision 5' });
  });

  it('drops a French name that copies the English one, and keeps a real one', () => {
    expect(upgradeOrganization(stored([{ status: 'consultative' }], { en: 'PEN International', fr: 'PEN International' })).name).toEqual({
      en: 'PEN International',
    });
    expect(upgradeOrganization(stored([{ status: 'consultative' }])).name).toEqual({ en: 'World Example Union', fr: 'Union mondiale exemple' });
  });

  it('gives a record that the current schema accepts, and is idempotent', () => {
    const once = upgradeOrganization(
      stored([
        { status: 'unverified', sourceUrl: 'https://example.org/news' },
        { status: 'official-unspecified', legacyStatus: 'B', from: 1965, sourceUrl: 'https://example.org/history' },
        { status: 'consultative', from: 2012, to: 2020 },
      ]),
    );
    expect(safeParse(Organization, once).success).toBe(true);
    expect(upgradeOrganization(once as LegacyOrganization)).toEqual(once);
  });
});
