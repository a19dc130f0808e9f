import { describe, expect, it } from 'vitest';
import { pickText } from '../i18n/pick-text.js';
import { categoryInForce } from '../organizations/category-in-force.js';
import { partnerStanding } from '../organizations/partnership.js';
import { InvalidCursorError } from '../pagination/cursor.js';
import { COUNTRIES } from '../reference/countries.js';
import { SAMPLE_ORGANIZATIONS } from '../sample/index.js';
import type { Organization } from '../schemas/organization.js';
import { createOrganizationIndex } from './organization-index.js';
import type { OrganizationQuery } from './organization-query.js';

const index = createOrganizationIndex(SAMPLE_ORGANIZATIONS, { countries: COUNTRIES });
const ids = (items: readonly Organization[]) => items.map((o) => o.id);
const search = (query: OrganizationQuery) => index.search({ limit: 100, ...query });

describe('text search', () => {
  it('finds ICOM for "musees" (accents folded, French name)', () => {
    expect(ids(search({ q: 'musees' }).items)).toContain('icom');
    expect(ids(search({ q: 'Musées' }).items)).toContain('icom');
  });

  it('ranks an exact acronym first', () => {
    expect(search({ q: 'icom' }).items[0]?.id).toBe('icom');
    // ICOMOS has no attested official partnership: it is found once the query asks for every standing.
    expect(ids(search({ q: 'icom', standing: ['official', 'not-attested'] }).items)).toContain('icomos');
  });

  it('matches prefixes as you type', () => {
    for (const q of ['m', 'mu', 'mus', 'muse', 'museu']) expect(ids(search({ q }).items), q).toContain('icom');
  });

  it('expands a one-letter prefix into names only; from two letters on, descriptions too', () => {
    const lanternfish = 'demo-lanternfish-literacy-network'; // "t" only in its description ("trains tutors")
    expect(ids(search({ q: 't' }).items)).not.toContain(lanternfish);
    expect(ids(search({ q: 'tu' }).items)).toContain(lanternfish);
    expect(ids(search({ q: 'l' }).items)).toContain(lanternfish);
  });

  it('tolerates a typo in a name', () => {
    expect(ids(search({ q: 'musuems' }).items)).toContain('icom');
    expect(ids(search({ q: 'intrenational council' }).items)).toContain('icom');
  });

  it('requires every word (AND)', () => {
    const both = ids(search({ q: 'council museums' }).items);
    expect(both).toContain('icom');
    expect(both).not.toContain('icomos');
  });

  it('finds Arabic, Chinese and Russian names, with or without vowel marks, ё or the article', () => {
    expect(ids(search({ q: 'مؤسسة فانوس' }).items)).toContain('demo-cedar-lantern-foundation');
    expect(ids(search({ q: 'الأرز' }).items)).toContain('demo-cedar-lantern-foundation');
    expect(ids(search({ q: 'أرز' }).items)).toContain('demo-cedar-lantern-foundation');
    expect(ids(search({ q: 'مُؤَسَّسَة' }).items)).toContain('demo-cedar-lantern-foundation');
    expect(ids(search({ q: '科学' }).items)).toContain('demo-quiet-orbit-science-circle');
    expect(ids(search({ q: '静轨' }).items)).toContain('demo-quiet-orbit-science-circle');
    expect(ids(search({ q: 'березовый' }).items)).toContain('demo-birch-signal-media-guild');
  });

  it('searches descriptions, fields of interest, cities and identifiers', () => {
    expect(ids(search({ q: 'weathervanes workshops' }).items)).toContain('demo-weathervane-museums-alliance');
    expect(ids(search({ q: 'dark skies' }).items)).toContain('demo-quiet-orbit-science-circle');
    expect(ids(search({ q: 'Confolens' }).items)).toContain('cioff');
    expect(ids(search({ q: '1100048611' }).items)).toEqual(['icom']);
  });

  it('returns nothing, with zero counts, for words that match nothing', () => {
    const result = search({ q: 'zzzzqqq' });
    expect(result.items).toEqual([]);
    expect(result.total).toBe(0);
    expect(result.facets.sector).toEqual([]);
  });
});

describe('standing', () => {
  it('lists official partners unless the query asks for other standings, and counts every standing', () => {
    const official = SAMPLE_ORGANIZATIONS.filter((o) => partnerStanding(o) === 'official');
    const unattested = SAMPLE_ORGANIZATIONS.filter((o) => partnerStanding(o) === 'not-attested');
    const byDefault = search({ limit: 100 });
    expect(byDefault.total).toBe(official.length);
    expect(Object.fromEntries(byDefault.facets.standing.map((f) => [f.value, f.count]))).toMatchObject({
      official: official.length,
      'not-attested': unattested.length,
    });
    const labelled = search({ standing: ['not-attested'], limit: 100 });
    expect(ids(labelled.items).sort()).toEqual(unattested.map((o) => o.id).sort());
    expect(ids(labelled.items)).toEqual(expect.arrayContaining(['icomos', 'isapa', 'education-international']));
  });

  it('shows an unstated category as not-stated, never as a category, and only for official partners', () => {
    const counts = Object.fromEntries(search({ standing: ['official', 'not-attested'] }).facets.status.map((f) => [f.value, f.count]));
    expect(counts['not-stated']).toBe(SAMPLE_ORGANIZATIONS.filter((o) => partnerStanding(o) === 'official' && !categoryInForce(o)).length);
    expect(ids(search({ status: ['not-stated'], limit: 100 }).items)).toEqual(expect.arrayContaining(['imc', 'wan-ifra', 'pen-international']));
  });
});

describe('filters and facets', () => {
  it('filters to associate partners of the Culture sector', () => {
    const result = search({ status: ['associate'], sector: ['CLT'] });
    expect(result.total).toBeGreaterThan(0);
    for (const org of result.items) {
      expect(categoryInForce(org)).toBe('associate');
      expect(org.sectors).toContain('CLT');
    }
    expect(ids(result.items)).toContain('icom');
  });

  it('ORs values within a facet and ANDs facets', () => {
    const clt = search({ sector: ['CLT'] }).total;
    const ci = search({ sector: ['CI'] }).total;
    const both = search({ sector: ['CLT', 'CI'] }).total;
    const overlap = SAMPLE_ORGANIZATIONS.filter((o) => o.sectors.includes('CLT') && o.sectors.includes('CI')).length;
    expect(both).toBe(clt + ci - overlap);
    expect(search({ sector: ['CLT'], status: ['associate'] }).total).toBeLessThan(clt);
  });

  it('counts each facet without its own filter (disjunctive), with the other filters applied', () => {
    const result = search({ sector: ['CLT'], status: ['associate'] });
    const sectorCounts = Object.fromEntries(result.facets.sector.map((f) => [f.value, f.count]));
    const associates = SAMPLE_ORGANIZATIONS.filter((o) => categoryInForce(o) === 'associate');
    expect(sectorCounts.CI).toBe(associates.filter((o) => o.sectors.includes('CI')).length);
    const statusCounts = Object.fromEntries(result.facets.status.map((f) => [f.value, f.count]));
    expect(statusCounts.associate).toBe(result.total);
    expect(statusCounts.consultative).toBe(SAMPLE_ORGANIZATIONS.filter((o) => o.sectors.includes('CLT') && categoryInForce(o) === 'consultative').length);
  });

  it('lists a selected value even when nothing has it, and closed facets in domain order', () => {
    const result = search({ sdg: ['13'] });
    expect(result.facets.sdg.find((f) => f.value === '13')).toBeDefined();
    const sdgs = search({}).facets.sdg.map((f) => Number(f.value));
    expect(sdgs).toEqual([...sdgs].sort((a, b) => a - b));
  });

  it('derives region and electoral group from headquarters and countries of presence', () => {
    const result = search({ hq: ['FR'] });
    expect(result.facets.region.find((f) => f.value === 'europe-north-america')?.count).toBeGreaterThanOrEqual(result.total);
    const arab = search({ region: ['arab-states'] });
    expect(ids(arab.items)).toEqual(expect.arrayContaining(['demo-cedar-lantern-foundation', 'demo-dune-dew-water-laboratory']));
    expect(ids(search({ group: ['Vb'] }).items)).toEqual(expect.arrayContaining(['demo-cedar-lantern-foundation']));
  });

  it('leaves region and group empty without country data, and nothing else changes', () => {
    const bare = createOrganizationIndex(SAMPLE_ORGANIZATIONS);
    expect(bare.search({ limit: 100 }).facets.region).toEqual([]);
    expect(ids(bare.search({ q: 'museum', limit: 100 }).items)).toEqual(ids(index.search({ q: 'museum', limit: 100 }).items));
  });
});

describe('order and cursors', () => {
  it('sorts by name with the collation of the language', () => {
    const names = search({}).items.map((o) => pickText(o.name, 'en'));
    const collator = new Intl.Collator('en', { numeric: true });
    expect(names).toEqual([...names].sort(collator.compare));
    const fr = search({ lang: 'fr' }).items.map((o) => pickText(o.name, 'fr'));
    expect(fr).toEqual([...fr].sort(new Intl.Collator('fr', { numeric: true }).compare));
  });

  it('sorts by partner-since, oldest first, undated last; and newest first', () => {
    const years = search({ sort: 'partner-since' }).items.map((o) => Math.min(...o.partnership.filter((e) => e.from !== undefined).map((e) => e.from!)));
    const dated = years.filter(Number.isFinite);
    expect(dated).toEqual([...dated].sort((a, b) => a - b));
    expect(years.slice(dated.length).every((y) => !Number.isFinite(y))).toBe(true);
    const newest = search({ sort: '-partner-since' }).items[0]!;
    expect(newest.partnership.some((e) => e.from === Math.max(...dated))).toBe(true);
  });

  it.each([
    ['name', {}],
    ['relevance', { q: 'international' }],
    ['partner-since', { sort: 'partner-since' as const }],
    ['-partner-since in French', { sort: '-partner-since' as const, lang: 'fr' as const }],
  ])('pages through every result exactly once (%s)', (_, query: OrganizationQuery) => {
    const all = ids(index.search({ ...query, limit: 100 }).items);
    const seen: string[] = [];
    let cursor: string | undefined;
    for (let i = 0; i < 100; i++) {
      const page = index.search({ ...query, limit: 3, ...(cursor ? { cursor } : {}) });
      seen.push(...ids(page.items));
      if (!page.nextCursor) break;
      cursor = page.nextCursor;
    }
    expect(seen).toEqual(all);
  });

  it('keeps a cursor valid when the organisation it points at has left the directory', () => {
    const first = index.search({ limit: 5 });
    const lastId = first.items.at(-1)!.id;
    const smaller = createOrganizationIndex(SAMPLE_ORGANIZATIONS.filter((o) => o.id !== lastId), { countries: COUNTRIES });
    const next = smaller.search({ limit: 5, cursor: first.nextCursor! });
    expect(ids(next.items)).toEqual(ids(index.search({ limit: 5, cursor: first.nextCursor! }).items));
  });

  it('rejects a cursor made for another order or language, and garbage', () => {
    const cursor = index.search({ limit: 2 }).nextCursor!;
    expect(() => index.search({ cursor, sort: 'partner-since' })).toThrow(InvalidCursorError);
    expect(() => index.search({ cursor, lang: 'fr' })).toThrow(InvalidCursorError);
    expect(() => index.search({ cursor: 'garbage!' })).toThrow(InvalidCursorError);
  });

  it('returns everything for exports in result order', () => {
    expect(ids(index.searchAll({ sector: ['CLT'] }))).toEqual(ids(index.search({ sector: ['CLT'], limit: 100 }).items));
  });
});

describe('the whole directory (no words, no filters)', () => {
  it('answers the same page and counts every time, whatever was asked in between', () => {
    const index = createOrganizationIndex(SAMPLE_ORGANIZATIONS, { countries: COUNTRIES });
    const first = index.search({ limit: 5 });
    index.search({ q: 'museum', status: ['associate'] });
    index.search({ sector: ['CLT'] });
    const again = index.search({ limit: 5 });
    expect(again.total).toBe(SAMPLE_ORGANIZATIONS.filter((o) => partnerStanding(o) === 'official').length);
    expect(again.items.map((org) => org.id)).toEqual(first.items.map((org) => org.id));
    expect(again.facets).toEqual(first.facets);
    // Pages after the first still walk the whole directory.
    const all = index.searchAll({});
    expect(all).toHaveLength(SAMPLE_ORGANIZATIONS.filter((o) => partnerStanding(o) === 'official').length);
  });

  it('shares counts that callers cannot change', () => {
    const index = createOrganizationIndex(SAMPLE_ORGANIZATIONS, { countries: COUNTRIES });
    const { facets } = index.search({});
    expect(() => (facets.status as { value: string; count: number }[]).push({ value: 'x', count: 1 })).toThrow(TypeError);
    expect(index.search({}).facets.status.some((entry) => entry.value === 'x')).toBe(false);
  });
});
