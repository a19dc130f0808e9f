import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countryGroupingOn } from '../countries/membership.js';
import { COUNTRIES } from '../reference/countries.js';
import type { Organization } from '../schemas/organization.js';
import { generateSyntheticDirectory } from '../synthetic/generate-directory.js';
import { vocabulary } from '../vocabulary/index.js';
import { buildOrganizationIndexInSlices } from './build-in-slices.js';
import { conceptDictionary } from './concept-dictionary.js';
import { createOrganizationIndex, type OrganizationIndex, type OrganizationIndexOptions } from './organization-index.js';
import type { OrganizationQuery } from './organization-query.js';

// Two synthetic directories with the same ids (syn-000001…) and different content: a record
// of the second is an edit of the record of the first with its id.
const SIZE = 24;
const FIRST = generateSyntheticDirectory({ size: SIZE, seed: 5, multilingualShare: 0.5 });
const SECOND = generateSyntheticDirectory({ size: SIZE, seed: 6, multilingualShare: 0.5 });
const POOL = [...FIRST, ...SECOND];
const IDS = FIRST.map((org) => org.id);

const WORDS = POOL.flatMap((org) => Object.values(org.name).flatMap((name) => name.toLowerCase().split(' ')));
const TEXTS = [
  '',
  'h',
  'he',
  'a',
  'c',
  'lan',
  'inter',
  'international',
  'heron',
  'herno',
  'museums',
  'ocean',
  'literacy',
  'de la',
  '灯笼',
  'ива',
  'syn',
  ...WORDS.filter((_, i) => i % 7 === 0).slice(0, 12),
  ...WORDS.filter((word) => word.length > 5).slice(0, 6).map((word) => word.slice(0, 2) + word.slice(3)),
];
const FILTERS: OrganizationQuery[] = [
  {},
  { status: ['consultative'] },
  { sector: ['ED', 'CLT'] },
  { region: ['africa'], sdg: ['4'] },
  { standing: ['official', 'former', 'pending', 'not-attested'] },
  { interest: [FIRST[0]!.fieldsOfInterest[0]!] },
  { language: ['fr'], scope: ['international'] },
];
const ORDERS: OrganizationQuery[] = [{}, { sort: 'name', lang: 'fr' }, { sort: 'partner-since' }, { sort: '-partner-since', lang: 'zh' }, { lang: 'ar' }];

/** Every page of a query (3 per page), with its cursor, total and facets. */
function pages(index: OrganizationIndex, query: OrganizationQuery) {
  const all = [];
  let cursor: string | undefined;
  do {
    const page = index.search({ ...query, limit: 3, ...(cursor ? { cursor } : {}) });
    all.push({ ids: page.items.map((org) => org.id), nextCursor: page.nextCursor, total: page.total, facets: page.facets });
    cursor = page.nextCursor ?? undefined;
  } while (cursor && all.length < 20);
  return all;
}

function expectSameAnswers(updated: OrganizationIndex, rebuilt: OrganizationIndex, round: number) {
  expect(updated.size).toBe(rebuilt.size);
  expect(updated.vocabulary).toEqual(rebuilt.vocabulary);
  for (const id of IDS) expect(updated.get(id)).toBe(rebuilt.get(id));
  // A spread of queries per round, every one over a few rounds.
  TEXTS.forEach((q, i) => {
    const filters = FILTERS[(i + round) % FILTERS.length]!;
    const order = ORDERS[(i * 3 + round) % ORDERS.length]!;
    const query = { ...filters, ...order, ...(q ? { q } : {}) };
    expect(pages(updated, query), JSON.stringify(query)).toEqual(pages(rebuilt, query));
  });
  expect(updated.searchAll({ standing: ['official', 'former', 'pending', 'not-attested'] }).map((org) => org.id)).toEqual(
    rebuilt.searchAll({ standing: ['official', 'former', 'pending', 'not-attested'] }).map((org) => org.id),
  );
}

const change = fc.oneof(
  fc.record({ upsert: fc.constantFrom(...POOL) }),
  fc.record({ remove: fc.constantFrom(...IDS) }),
  fc.record({ batch: fc.array(fc.constantFrom(...POOL), { maxLength: 6 }), removed: fc.array(fc.constantFrom(...IDS), { maxLength: 4 }) }),
);

const OPTIONS: [string, OrganizationIndexOptions][] = [
  ['with countries and the vocabulary (as the API)', { countries: countryGroupingOn(COUNTRIES, '2026-12-01'), concepts: conceptDictionary(vocabulary()) }],
  ['without options (as a small widget)', {}],
];

describe.each(OPTIONS)('OrganizationIndex updated in place, %s', (_, options) => {
  it('answers every query as an index built from scratch on the resulting directory', () => {
    let round = 0;
    fc.assert(
      fc.property(fc.subarray(POOL, { maxLength: SIZE }), fc.array(change, { maxLength: 25 }), (start, changes) => {
        const initial = [...new Map(start.map((org) => [org.id, org])).values()];
        const index = createOrganizationIndex(initial, options);
        const directory = new Map(initial.map((org) => [org.id, org]));
        for (const step of changes) {
          if ('upsert' in step) {
            index.upsert(step.upsert);
            directory.set(step.upsert.id, step.upsert);
          } else if ('remove' in step) {
            index.remove(step.remove);
            directory.delete(step.remove);
          } else {
            index.apply({ upserted: step.batch, removed: step.removed });
            for (const id of step.removed) directory.delete(id);
            for (const org of step.batch) directory.set(org.id, org);
          }
          // Searching between changes fills the caches (orders, names) that later changes patch.
          index.search({ q: 'a', sort: 'name', lang: 'fr', limit: 2 });
        }
        expectSameAnswers(index, createOrganizationIndex([...directory.values()], options), round++);
      }),
      { numRuns: 40 },
    );
  });

  it('keeps answering after the directory was emptied and filled again', () => {
    const index = createOrganizationIndex(FIRST, options);
    index.apply({ removed: IDS });
    expect(index.search({ q: 'heron' }).total).toBe(0);
    expect(index.size).toBe(0);
    index.apply({ upserted: SECOND });
    expectSameAnswers(index, createOrganizationIndex(SECOND, options), 0);
  });
});

describe('OrganizationIndex.apply at 10,000 organisations', () => {
  it('updates a changed record without rebuilding (well under the time of a build)', () => {
    const directory: Organization[] = generateSyntheticDirectory({ size: 10_000, seed: 42 });
    const options = { countries: countryGroupingOn(COUNTRIES, '2026-12-01'), concepts: conceptDictionary(vocabulary()) };
    let started = performance.now();
    const index = createOrganizationIndex(directory, options);
    const build = performance.now() - started;
    index.search({ q: 'heron', sort: 'name' });
    const edited = { ...directory[123]!, name: { en: 'Quokka Literacy Circle' } };
    started = performance.now();
    index.upsert(edited);
    const update = performance.now() - started;
    expect(index.search({ q: 'quokka' }).items.map((org) => org.id)).toEqual([edited.id]);
    // A build takes ~1 s here; an update a few milliseconds (50× margin against a slow CI box).
    expect(update).toBeLessThan(build / 20);
  });
});

describe('buildOrganizationIndexInSlices', () => {
  it('builds, slice by slice with a pause between, the index createOrganizationIndex builds', async () => {
    const options = { countries: countryGroupingOn(COUNTRIES, '2026-12-01'), concepts: conceptDictionary(vocabulary()) };
    let pauses = 0;
    const sliced = await buildOrganizationIndexInSlices(FIRST, { ...options, step: 7, lang: 'fr', pause: async () => void pauses++ });
    expect(pauses).toBe(4);
    for (let round = 0; round < FILTERS.length; round++) expectSameAnswers(sliced, createOrganizationIndex(FIRST, options), round);
  });

  it('stops between slices when its signal aborts, and refuses duplicate ids as the constructor does', async () => {
    const controller = new AbortController();
    const build = buildOrganizationIndexInSlices(FIRST, { step: 5, signal: controller.signal, pause: async () => controller.abort(new Error('left the page')) });
    await expect(build).rejects.toThrow('left the page');
    await expect(buildOrganizationIndexInSlices([FIRST[0]!, FIRST[0]!], { pause: async () => undefined })).rejects.toThrow('duplicate organisation id');
  });
});
