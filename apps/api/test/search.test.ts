import { describe, expect, it } from 'vitest';
import { conceptDictionary, countryGroupingOn, createOrganizationIndex, partnerStanding, vocabulary, type Organization, type OrganizationQuery, organizationQueryToParams } from '@ngo-liaison/core';
import { COUNTRIES } from '@ngo-liaison/core/reference';
import { SAMPLE_ORGANIZATIONS } from '@ngo-liaison/core/sample-data';
import { useTestServer } from './test-server.js';

// A fixed day: the region and group facets follow UNESCO membership on the server's today.
const TODAY = '2026-12-03';
const server = useTestServer({ now: () => new Date(`${TODAY}T10:00:00Z`) });

interface SearchPage {
  items: Organization[];
  nextCursor: string | null;
  total: number;
  facets: Record<string, { value: string; count: number }[]>;
}
const get = (path: string, init?: RequestInit) => fetch(`${server.url}${path}`, init);
const search = async (query: string) => {
  const response = await get(`/v1/organizations?${query}`);
  expect(response.status, query).toBe(200);
  return (await response.json()) as SearchPage;
};
async function problem(path: string) {
  const response = await get(path);
  expect(response.status).toBe(400);
  expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  return (await response.json()) as { errors: { path: string; message: string }[] };
}

describe('GET /v1/organizations?q=…', () => {
  it('finds ICOM for "musees"', async () => {
    const page = await search('q=musees');
    expect(page.items.map((o) => o.id)).toContain('icom');
  });

  it('filters to associate partners of the Culture sector, with total and facet counts', async () => {
    const page = await search('status=associate&sector=CLT&limit=100');
    expect(page.total).toBe(page.items.length);
    expect(page.items.map((o) => o.id)).toContain('icom');
    for (const org of page.items) {
      expect(org.sectors).toContain('CLT');
      expect(org.partnership.at(-1)?.category).toBe('associate');
    }
    expect(Object.keys(page.facets).sort()).toEqual(['country', 'group', 'hq', 'interest', 'kind', 'language', 'region', 'scope', 'sdg', 'sector', 'standing', 'status']);
    expect(page.facets.status?.find((f) => f.value === 'associate')?.count).toBe(page.total);
  });

  it('answers exactly what the browser index answers for the same data (items, order, facets, cursors)', async () => {
    const browser = createOrganizationIndex(SAMPLE_ORGANIZATIONS, { countries: countryGroupingOn(COUNTRIES, TODAY), concepts: conceptDictionary(vocabulary()) });
    const queries: OrganizationQuery[] = [
      { q: 'musees' },
      { q: 'international', limit: 5 },
      { q: 'intrenational counsil' },
      { q: 'مؤسسة' },
      { q: '科学' },
      { status: ['associate', 'consultative'], sector: ['CLT'] },
      { region: ['arab-states'], sort: 'name', lang: 'ar' },
      { sort: 'partner-since', limit: 7 },
      { q: 'heritage', sdg: ['11'], lang: 'fr' },
      { standing: ['not-attested'] },
      { standing: ['official', 'not-attested'], q: 'heritage' },
      { status: ['not-stated'] },
      { q: 'ingénieurs' },
      { q: 'égalité des genres', lang: 'zh' },
    ];
    for (const query of queries) {
      const fromServer = await search(organizationQueryToParams(query).toString());
      expect(fromServer, JSON.stringify(query)).toEqual(JSON.parse(JSON.stringify(browser.search(query))));
      if (fromServer.nextCursor) {
        const next = await search(organizationQueryToParams({ ...query, cursor: fromServer.nextCursor }).toString());
        expect(next.items.map((o) => o.id)).toEqual(browser.search({ ...query, cursor: fromServer.nextCursor }).items.map((o) => o.id));
      }
    }
  });

  it('pages a search with stable cursors, every match once', async () => {
    const all = await search('q=international&limit=100');
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: SearchPage = await search(`q=international&limit=4${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...page.items.map((o) => o.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all.items.map((o) => o.id));
  });

  it('sends an ETag and answers If-None-Match with 304', async () => {
    const first = await get('/v1/organizations?q=musees&sector=CLT');
    const tag = first.headers.get('etag')!;
    expect(tag).toBeTruthy();
    expect((await get('/v1/organizations?q=musees&sector=CLT', { headers: { 'if-none-match': tag } })).status).toBe(304);
  });
});

describe('GET /v1/organizations?standing=…', () => {
  const notAttested = SAMPLE_ORGANIZATIONS.filter((org) => partnerStanding(org) === 'not-attested').map((org) => org.id).sort();

  it('lists official partners only by default, and counts the other standings for the filter', async () => {
    expect(notAttested).toContain('icomos');
    const page = await search('limit=100');
    expect(page.items.map((o) => o.id)).not.toContain('icomos');
    expect(page.items.every((o) => o.partnership.length > 0)).toBe(true);
    // Facet counts ignore the facet's own filter, so the widget can offer the other standings.
    expect(page.facets.standing).toEqual(
      expect.arrayContaining([
        { value: 'official', count: page.total },
        { value: 'not-attested', count: notAttested.length },
      ]),
    );
    expect(page.total).toBe(SAMPLE_ORGANIZATIONS.filter((org) => partnerStanding(org) === 'official').length);
  });

  it('lists the organisations with no attested partnership when asked, with the pages that show their cooperation', async () => {
    const page = await search('standing=not-attested&limit=100');
    expect(page.items.map((o) => o.id).sort()).toEqual(notAttested);
    const icomos = page.items.find((o) => o.id === 'icomos')!;
    expect(icomos.partnership).toEqual([]);
    expect(icomos.cooperation?.[0]).toMatchObject({ source: expect.any(String), url: expect.stringMatching(/^https?:/) });
    expect((await search('standing=official&standing=not-attested&limit=1')).total).toBe(
      SAMPLE_ORGANIZATIONS.filter((org) => ['official', 'not-attested'].includes(partnerStanding(org))).length,
    );
  });

  it('filters official partners whose category no source states with status=not-stated', async () => {
    const page = await search('status=not-stated&limit=100');
    expect(page.total).toBeGreaterThan(0);
    for (const org of page.items) {
      expect(partnerStanding(org), org.id).toBe('official');
      expect(org.partnership.at(-1)?.category ?? 'not-stated', org.id).toMatch(/^(not-stated|operational|formal-.*|category-[ab])$/);
    }
  });

  it('names the standing parameter and its allowed values on a bad value', async () => {
    const body = await problem('/v1/organizations?standing=unverified');
    expect(body.errors[0]).toEqual({ path: 'standing', message: expect.stringContaining('allowed: official, pending, former, not-attested') });
  });
});

describe('search across languages', () => {
  it('finds an organisation from a word in another language that names its field, and labels the interest facet in `lang`', async () => {
    const page = await search('q=ingénieurs&lang=fr');
    expect(page.items.map((o) => o.id)).toEqual(['wfeo']);
    expect(page.facets.interest).toEqual([{ value: 'engineering', count: 1, label: 'ingénierie' }]);
    expect((await search('interest=engineering&lang=ar')).facets.interest).toContainEqual({ value: 'engineering', count: 1, label: 'الهندسة' });
  });
});

describe('bad input', () => {
  it('names an unknown facet value and lists the allowed values', async () => {
    const body = await problem('/v1/organizations?sector=ART');
    expect(body.errors[0]).toEqual({ path: 'sector', message: expect.stringContaining('allowed: ED, SC, SHS, CLT, CI') });
    expect((await problem('/v1/organizations?status=friendly')).errors[0]?.message).toContain('allowed: consultative, associate');
    expect((await problem('/v1/organizations?country=ZZ')).errors[0]?.message).toMatch(/allowed: AD, AE/);
    expect((await problem('/v1/organizations?interest=cooking')).errors[0]?.path).toBe('interest');
  });

  it('rejects a limit over 100, a query over 200 characters and a malformed cursor', async () => {
    expect((await problem('/v1/organizations?limit=101')).errors[0]?.path).toBe('limit');
    expect((await problem(`/v1/organizations?q=${'a'.repeat(201)}`)).errors[0]?.path).toBe('q');
    expect((await problem('/v1/organizations?cursor=not-a-cursor')).errors[0]?.path).toBe('cursor');
  });

  it('rejects a cursor made for another sort order', async () => {
    const { nextCursor } = await search('limit=2');
    expect((await problem(`/v1/organizations?sort=partner-since&cursor=${nextCursor}`)).errors[0]?.path).toBe('cursor');
  });

  it('rejects an unknown sort or language', async () => {
    expect((await problem('/v1/organizations?sort=popular')).errors[0]?.path).toBe('sort');
    expect((await problem('/v1/organizations?lang=de')).errors[0]?.path).toBe('lang');
  });
});
