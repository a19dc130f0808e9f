import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, type ListOrganizationsParams } from '../src/index.js';
import { createHandlers } from '../src/msw/index.js';
import { useRealServer } from './real-server.js';

// Contract test: search through the client against the real server, and against msw.
const server = useRealServer();
const MOCK = 'https://mock.example.org/v1';
const mock = setupServer(...createHandlers({ baseUrl: MOCK }));

beforeAll(() => {
  mock.listen({ onUnhandledRequest: 'bypass' });
});
afterAll(() => {
  mock.close();
});

describe('search against the real server', () => {
  it('finds ICOM for "musees", filters to associate Culture partners, and exports them', async () => {
    const client = createClient({ baseUrl: `${server.url}/v1` });
    expect((await client.organizations.list({ q: 'musees' })).items.map((o) => o.id)).toContain('icom');
    const filtered = await client.organizations.list({ status: ['associate'], sector: ['CLT'], limit: 100 });
    expect(filtered.items.map((o) => o.id)).toContain('icom');
    const csv = await fetch(client.organizations.exportUrl('csv', { status: ['associate'], sector: ['CLT'] }));
    const text = await csv.text();
    expect(text.trimEnd().split('\r\n')).toHaveLength(filtered.items.length + 1);
    expect(text).toContain('International Council of Museums');
  });

  it.each<ListOrganizationsParams>([
    { q: 'musees' },
    { q: 'intrenational', limit: 5 },
    { q: '科学' },
    { status: ['associate', 'consultative'], region: ['africa'] },
    { sdg: [4, 16], sort: '-partner-since', lang: 'fr', limit: 3 },
    { standing: ['not-attested'] },
    { standing: ['official', 'not-attested'], status: ['not-stated'] },
  ])('gives the same pages and facets as the msw handlers (%o)', async (params) => {
    const real = await createClient({ baseUrl: `${server.url}/v1` }).organizations.list(params);
    const mocked = await createClient({ baseUrl: MOCK }).organizations.list(params);
    expect(mocked).toEqual(real);
  });

  it('lists organisations with no attested partnership only when standing asks for them', async () => {
    const client = createClient({ baseUrl: `${server.url}/v1` });
    const byDefault = await client.organizations.list({ limit: 100 }).toArray();
    const notAttested = await client.organizations.list({ standing: ['not-attested'], limit: 100 }).toArray();
    expect(notAttested.map((o) => o.id)).toContain('icomos');
    expect(notAttested.every((o) => o.partnership.length === 0)).toBe(true);
    expect(byDefault.map((o) => o.id)).not.toContain('icomos');
    const exported = await client.organizations.export({ standing: ['not-attested'] });
    expect(exported.items.map((o) => o.id)).toEqual(notAttested.map((o) => o.id));
  });

  it('reads the reference lists', async () => {
    const client = createClient({ baseUrl: `${server.url}/v1` });
    expect((await client.reference.sdgs())[0]?.title.ar).toBe('القضاء على الفقر');
    expect(await client.reference.sectors()).toHaveLength(5);
  });
});
