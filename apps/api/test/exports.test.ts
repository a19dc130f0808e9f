import { describe, expect, it } from 'vitest';
import { ORGANIZATION_CSV_HEADERS, partnerStanding, type Organization } from '@ngo-liaison/core';
import { SAMPLE_ORGANIZATIONS } from '@ngo-liaison/core/sample-data';
import { useTestServer } from './test-server.js';

const server = useTestServer();

const get = (path: string, init?: RequestInit) => fetch(`${server.url}${path}`, init);
/** What the exports hold when no standing is asked for: the official partners. */
const OFFICIAL = SAMPLE_ORGANIZATIONS.filter((o) => partnerStanding(o) === 'official');

describe('GET /v1/organizations.csv', () => {
  it('is UTF-8 CSV with a BOM, filtered like the list, offered as a download', async () => {
    const response = await get('/v1/organizations.csv?status=associate&sector=CLT');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="organizations.csv"');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    // ignoreBOM: keep the mark in the text (the default decoder swallows it).
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text[0]).toBe('\uFEFF');
    const lines = text.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe(ORGANIZATION_CSV_HEADERS.join(','));
    const json = (await (await get('/v1/organizations.json?status=associate&sector=CLT')).json()) as { total: number };
    expect(lines).toHaveLength(json.total + 1);
    expect(text).toContain('Conseil international des musées');
  });

  it('defuses spreadsheet formulas in hostile text', async () => {
    const text = await (await get('/v1/organizations.csv?q=hostile')).text();
    expect(text).toContain(`"'=HYPERLINK(`);
    expect(text).not.toMatch(/,=HYPERLINK/);
  });

  it('rejects the same bad input as the list, and paging parameters', async () => {
    expect((await get('/v1/organizations.csv?sector=ART')).status).toBe(400);
    expect((await get('/v1/organizations.csv?limit=5')).status).toBe(400);
  });

  it('answers If-None-Match with 304', async () => {
    const tag = (await get('/v1/organizations.csv')).headers.get('etag')!;
    expect((await get('/v1/organizations.csv', { headers: { 'if-none-match': tag } })).status).toBe(304);
  });
});

describe('GET /v1/organizations.json', () => {
  it('returns every match without paging, in list order', async () => {
    const body = (await (await get('/v1/organizations.json')).json()) as { items: Organization[]; total: number };
    expect(body.total).toBe(OFFICIAL.length);
    expect(body.items).toHaveLength(OFFICIAL.length);
    const firstPage = (await (await get('/v1/organizations?limit=5')).json()) as { items: Organization[] };
    expect(body.items.slice(0, 5).map((o) => o.id)).toEqual(firstPage.items.map((o) => o.id));
  });

  it('takes standing like the list: official partners by default, the others on request, a bad value named', async () => {
    const notAttested = SAMPLE_ORGANIZATIONS.filter((o) => partnerStanding(o) === 'not-attested').map((o) => o.id);
    const asked = (await (await get('/v1/organizations.json?standing=not-attested')).json()) as { items: Organization[] };
    expect(asked.items.map((o) => o.id).sort()).toEqual([...notAttested].sort());
    const csv = await (await get('/v1/organizations.csv?standing=not-attested')).text();
    expect(csv.trimEnd().split('\r\n')).toHaveLength(notAttested.length + 1);
    const bad = await get('/v1/organizations.vcf?standing=unverified');
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(((await bad.json()) as { errors: { path: string }[] }).errors[0]?.path).toBe('standing');
  });

  it('is offered as a download, like the CSV', async () => {
    const response = await get('/v1/organizations.json?sector=CLT');
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="organizations.json"');
  });
});

describe('vCards', () => {
  it('exports contact cards only for organisations with fictional or published contacts', async () => {
    const response = await get('/v1/organizations.vcf');
    expect(response.headers.get('content-type')).toBe('text/vcard; charset=utf-8');
    const text = await response.text();
    const withContacts = OFFICIAL.filter((o) => o.contacts.some((c) => c.fictional || c.public));
    expect(text.match(/BEGIN:VCARD/g)).toHaveLength(withContacts.length);
    expect(text).not.toContain('International Council of Museums');
  });

  it('gives one card per fictional organisation and 404 for a real one', async () => {
    const card = await get('/v1/organizations/demo-lanternfish-literacy-network/contact.vcf');
    expect(card.status).toBe(200);
    expect(await card.text()).toContain('FN:Lanternfish Literacy Network');
    const real = await get('/v1/organizations/icom/contact.vcf');
    expect(real.status).toBe(404);
    expect(real.headers.get('content-type')).toMatch(/problem\+json/);
    expect((await get('/v1/organizations/nobody/contact.vcf')).status).toBe(404);
  });
});
