import { describe, expect, it } from 'vitest';
import { COUNTRIES } from '../reference/countries.js';
import { SAMPLE_ORGANIZATIONS } from '../sample/index.js';
import { createOrganizationIndex } from '../search/organization-index.js';
import { countryGroupingOn } from './membership.js';

/*
 * The directory's region and electoral-group facets follow membership on the day the index is
 * built for: an organisation based in the United States counts for Europe and North America and
 * Group I up to 31 December 2026, and for neither from 1 January 2027. Its headquarters stays
 * "US" (a withdrawn state still resolves).
 */
const inUS = SAMPLE_ORGANIZATIONS.filter((org) => org.headquarters?.country === 'US' || org.countriesOfPresence?.includes('US'));
const onlyInUS = inUS.filter((org) => [org.headquarters?.country, ...(org.countriesOfPresence ?? [])].every((code) => code === undefined || code === 'US'));

const indexOn = (day: string) => createOrganizationIndex(SAMPLE_ORGANIZATIONS, { countries: countryGroupingOn(COUNTRIES, day) });
const count = (facets: { value: string; count: number }[], value: string) => facets.find((f) => f.value === value)?.count ?? 0;

describe("a withdrawn state's facets", () => {
  it('needs an organisation based only in the United States in the sample data', () => {
    expect(onlyInUS.length).toBeGreaterThan(0);
  });

  it('drops the region and group of the United States from 1 January 2027, not before', () => {
    const before = indexOn('2026-12-31').search({ hq: ['US'], limit: 100 });
    const after = indexOn('2027-01-01').search({ hq: ['US'], limit: 100 });
    expect(after.total).toBe(before.total);
    expect(count(before.facets.region, 'europe-north-america')).toBeGreaterThanOrEqual(onlyInUS.length);
    expect(count(before.facets.group, 'I')).toBeGreaterThanOrEqual(onlyInUS.length);
    const ids = new Set(onlyInUS.map((org) => org.id));
    const inRegionAfter = indexOn('2027-01-01').search({ region: ['europe-north-america'], limit: 100 }).items.map((org) => org.id);
    expect(inRegionAfter.filter((id) => ids.has(id))).toEqual([]);
    const inRegionBefore = indexOn('2026-12-31').search({ region: ['europe-north-america'], limit: 100 }).items.map((org) => org.id);
    expect(inRegionBefore.filter((id) => ids.has(id)).length).toBe(onlyInUS.length);
  });

  it('keeps the United States as a headquarters and a country value after it has left', () => {
    const after = indexOn('2027-01-01');
    expect(after.vocabulary.hq?.has('US')).toBe(true);
    expect(count(after.search({ limit: 1 }).facets.hq, 'US')).toBe(inUS.filter((org) => org.headquarters?.country === 'US').length);
  });
});
