import { describe, expect, it } from 'vitest';
import { COUNTRIES, SECTORS } from '../reference/index.js';
import { createOrganizationIndex } from '../search/organization-index.js';
import { validateDataset } from '../validation/validate-dataset.js';
import { generateSyntheticDirectory } from './generate-directory.js';

describe('generateSyntheticDirectory', () => {
  const orgs = generateSyntheticDirectory({ size: 1000, seed: 7 });

  it('makes valid, unique, fictional records', () => {
    const report = validateDataset({ organizations: orgs, countries: COUNTRIES, sectors: SECTORS });
    expect(report.problems).toEqual([]);
    expect(new Set(orgs.map((o) => o.id)).size).toBe(1000);
    expect(orgs.every((o) => o.provenance.fictional && o.website?.includes('.example.org'))).toBe(true);
  });

  it('is deterministic for a seed and differs across seeds', () => {
    expect(generateSyntheticDirectory({ size: 50, seed: 7 })).toEqual(orgs.slice(0, 50));
    expect(generateSyntheticDirectory({ size: 50, seed: 8 })).not.toEqual(orgs.slice(0, 50));
  });

  it('gives about a fifth of the records Arabic, Chinese and Russian names', () => {
    const share = orgs.filter((o) => o.name.ar && o.name.zh && o.name.ru).length / orgs.length;
    expect(share).toBeGreaterThan(0.15);
    expect(share).toBeLessThan(0.25);
  });

  it('spreads records over statuses, sectors and SDGs, and is searchable', () => {
    const index = createOrganizationIndex(orgs, { countries: COUNTRIES });
    const { facets } = index.search({});
    expect(facets.status.map((f) => f.value)).toEqual(expect.arrayContaining(['consultative', 'associate', 'not-stated']));
    expect(facets.standing.map((f) => f.value)).toEqual(expect.arrayContaining(['official', 'not-attested']));
    expect(facets.sector).toHaveLength(5);
    expect(facets.sdg).toHaveLength(17);
    expect(index.search({ q: 'musees' }).total).toBeGreaterThan(0);
    expect(index.search({ q: '博物馆' }).total).toBeGreaterThan(0);
  });

  it('rejects a size that is not a whole number', () => {
    expect(() => generateSyntheticDirectory({ size: -1 })).toThrow(RangeError);
  });
});

describe('bundling', () => {
  it('is not exported from the package root (kept out of widget bundles)', async () => {
    const root = await import('../index.js');
    expect(Object.keys(root)).not.toContain('generateSyntheticDirectory');
  });
});
