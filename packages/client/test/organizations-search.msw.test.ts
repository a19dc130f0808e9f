import { http, HttpResponse, delay } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { partnerStanding } from '@ngo-liaison/core';
import { SAMPLE_ORGANIZATIONS } from '@ngo-liaison/core/sample-data';
import { HttpError, createClient, isLiaisonError } from '../src/index.js';
import { createHandlers } from '../src/msw/index.js';

const BASE = 'https://api.liaison.example.org/v1';
// A fixed "today" four weeks before the withdrawals of the USA and Nicaragua take effect.
const server = setupServer(...createHandlers({ baseUrl: BASE, now: new Date('2026-12-03T12:00:00Z') }));

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const client = createClient({ baseUrl: BASE, retries: 0 });
/** What the directory lists when no standing is asked for. */
const OFFICIAL = SAMPLE_ORGANIZATIONS.filter((o) => partnerStanding(o) === 'official');

describe('organizations.list with search parameters', () => {
  it('finds ICOM for "musees", with a total and facet counts', async () => {
    const page = await client.organizations.list({ q: 'musees' });
    expect(page.items.map((o) => o.id)).toContain('icom');
    expect(page.total).toBeGreaterThan(0);
    expect(page.facets?.sector.length).toBeGreaterThan(0);
  });

  it('filters to associate partners of the Culture sector (typed facets)', async () => {
    const page = await client.organizations.list({ status: ['associate'], sector: ['CLT'], limit: 100 });
    expect(page.items.map((o) => o.id)).toContain('icom');
    expect(page.items.every((o) => o.sectors.includes('CLT') && o.partnership.at(-1)?.category === 'associate')).toBe(true);
  });

  it('takes SDGs as numbers and keeps the search across pages', async () => {
    const all = await client.organizations.list({ sdg: [4], sort: 'name', lang: 'fr', limit: 2 }).toArray();
    expect(all.length).toBe(OFFICIAL.filter((o) => o.sdgs?.includes(4)).length);
  });

  it('passes standing through: official partners by default, the others when asked, with their evidence', async () => {
    const notAttested = SAMPLE_ORGANIZATIONS.filter((o) => partnerStanding(o) === 'not-attested').map((o) => o.id);
    expect(notAttested.length).toBeGreaterThan(0);
    expect((await client.organizations.list({ limit: 100 }).toArray()).map((o) => o.id)).toEqual(
      expect.not.arrayContaining([notAttested[0]]),
    );
    const asked = await client.organizations.list({ standing: ['not-attested'], limit: 100 }).toArray();
    expect(asked.map((o) => o.id).sort()).toEqual([...notAttested].sort());
    expect(asked.some((o) => o.cooperation?.length)).toBe(true);
    const iau = await client.organizations.get('iau');
    expect(iau.partnership.at(-1)).toMatchObject({ category: 'associate', evidence: [expect.objectContaining({ url: expect.stringMatching(/^https:/) })] });
    expect(client.organizations.exportUrl('json', { standing: ['not-attested'], status: ['not-stated'] })).toBe(
      `${BASE}/organizations.json?standing=not-attested&status=not-stated`,
    );
  });

  it('reports an unknown facet value as an HttpError naming the parameter', async () => {
    const error = await client.organizations
      .list({ sector: ['ART' as 'CLT'] })
      .then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(HttpError);
    expect((error as HttpError).issues[0]).toMatchObject({ path: 'sector', message: expect.stringContaining('allowed: ED') });
  });
});

describe('exports', () => {
  it('builds export URLs with the same search, canonically ordered', () => {
    expect(client.organizations.exportUrl('csv', { q: 'musées', sector: ['CLT', 'CI'], status: ['associate'], sdg: [4] })).toBe(
      `${BASE}/organizations.csv?q=mus%C3%A9es&status=associate&sector=CLT&sector=CI&sdg=4`,
    );
    expect(client.organizations.exportUrl('json')).toBe(`${BASE}/organizations.json`);
    expect(client.organizations.exportUrl('vcf', { lang: 'ar' })).toBe(`${BASE}/organizations.vcf?lang=ar`);
    expect(client.organizations.vcardUrl('demo-lanternfish-literacy-network')).toBe(`${BASE}/organizations/demo-lanternfish-literacy-network/contact.vcf`);
  });

  it('fetches the JSON export, validated', async () => {
    const data = await client.organizations.export({ sector: ['CLT'] });
    expect(data.total).toBe(OFFICIAL.filter((o) => o.sectors.includes('CLT')).length);
    expect(data.items).toHaveLength(data.total);
  });

  it('serves the CSV and vCard downloads through the handlers', async () => {
    const csv = await fetch(client.organizations.exportUrl('csv', { status: ['associate'] }));
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(new Uint8Array(await csv.arrayBuffer()).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
    const card = await fetch(client.organizations.vcardUrl('demo-lanternfish-literacy-network'));
    expect(await card.text()).toContain('BEGIN:VCARD');
    expect((await fetch(client.organizations.vcardUrl('icom'))).status).toBe(404);
  });
});

describe('reference', () => {
  it('lists sectors, SDGs, countries and National Commissions', async () => {
    expect(await client.reference.sectors()).toHaveLength(5);
    expect((await client.reference.sdgs()).map((s) => s.number)).toEqual(Array.from({ length: 17 }, (_, i) => i + 1));
    expect((await client.reference.countries()).length).toBe(194 + 11);
    expect((await client.reference.nationalCommissions()).find((c) => c.country === 'GB')?.certainty).toBe('verified');
  });
});

describe('reference.countries on a day', () => {
  it('lists 194 Member States on 31 December 2026 and 192 on 1 January 2027', async () => {
    const memberStates = async (on: string) => (await client.reference.countries({ on })).filter((c) => c.membership.kind === 'member');
    expect(await memberStates('2026-12-31')).toHaveLength(194);
    const after = await memberStates('2027-01-01');
    expect(after).toHaveLength(192);
    expect(after.map((c) => c.code)).not.toContain('US');
  });

  it('rejects a day that is not a date, naming the parameter', async () => {
    const error = await client.reference.countries({ on: 'soon' }).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(HttpError);
    expect((error as HttpError).status).toBe(400);
    expect((error as HttpError).problem?.errors?.[0]?.path).toBe('on');
  });

  it("follows the handlers' clock for the directory's region facet", async () => {
    const regionCount = (page: { facets?: { region: { value: string; count: number }[] } }) =>
      page.facets?.region.find((f) => f.value === 'europe-north-america')?.count ?? 0;
    const before = await client.organizations.list({ hq: ['US'], limit: 100 });
    const usOnly = before.items.filter((o) => (o.countriesOfPresence ?? []).every((c) => c === 'US')).length;
    expect(usOnly).toBeGreaterThan(0);
    expect(regionCount(before)).toBe(before.total ?? 0);
    expect(before.total).toBeGreaterThan(0);
    const later = setupServer(...createHandlers({ baseUrl: BASE, now: new Date('2027-01-02T12:00:00Z') }));
    server.close();
    later.listen({ onUnhandledRequest: 'error' });
    try {
      const after = await client.organizations.list({ hq: ['US'], limit: 100 });
      expect(after.total).toBe(before.total);
      expect(regionCount(after)).toBe((before.total ?? 0) - usOnly);
    } finally {
      later.close();
      server.listen({ onUnhandledRequest: 'error' });
    }
  });
});

describe('every call is abortable', () => {
  const slow = () =>
    server.use(
      http.get(`${BASE}/*`, async () => {
        await delay(2_000);
        return HttpResponse.json({});
      }),
    );

  it.each([
    ['list', (signal: AbortSignal) => client.organizations.list({ q: 'x', signal })],
    ['get', (signal: AbortSignal) => client.organizations.get('icom', { signal })],
    ['export', (signal: AbortSignal) => client.organizations.export({}, { signal })],
    ['reference.sdgs', (signal: AbortSignal) => client.reference.sdgs({ signal })],
    ['reference.countries', (signal: AbortSignal) => client.reference.countries({ signal })],
  ])('%s passes the caller’s AbortError through', async (_, call) => {
    slow();
    const controller = new AbortController();
    const pending = Promise.resolve(call(controller.signal)).then(() => undefined, (e: unknown) => e);
    controller.abort();
    const error = await pending;
    expect((error as Error).name).toBe('AbortError');
    expect(isLiaisonError(error)).toBe(false);
  });
});
