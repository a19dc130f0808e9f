import { expect, test } from 'vitest';
import { COUNTRIES } from '@ngo-liaison/core/reference';
import { SAMPLE_ORGANIZATIONS } from '@ngo-liaison/core/sample-data';
import { LocalBackend } from './local-backend.js';

// The directory's own index (items or src) follows UNESCO membership on the page's day: an
// organisation based only in the United States counts for Europe and North America up to
// 31 December 2026 and for no region from 1 January 2027.
const usOnly = SAMPLE_ORGANIZATIONS.filter(
  (org) => org.headquarters?.country === 'US' && (org.countriesOfPresence ?? []).every((code) => code === 'US'),
);
const regionCount = (backend: LocalBackend) =>
  backend.search({ hq: ['US'], limit: 100 }).facets?.region?.find((f) => f.value === 'europe-north-america')?.count ?? 0;

test('region facets follow membership on the day the page passes in', async () => {
  expect(usOnly.length).toBeGreaterThan(0);
  const before = await LocalBackend.build(SAMPLE_ORGANIZATIONS, COUNTRIES, { today: '2026-12-31' });
  const after = await LocalBackend.build(SAMPLE_ORGANIZATIONS, COUNTRIES, { today: '2027-01-01' });
  expect(regionCount(before) - regionCount(after)).toBe(usOnly.length);
  expect(after.search({ hq: ['US'], limit: 100 }).total).toBe(before.search({ hq: ['US'], limit: 100 }).total);
});
