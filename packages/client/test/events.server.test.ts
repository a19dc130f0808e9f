import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventFilter } from '@ngo-liaison/core';
import { createClient } from '../src/index.js';
import { createHandlers } from '../src/msw/index.js';
import { useRealServer } from './real-server.js';

// Contract test: the events resource against the real server, and the msw handlers against it.
const NOW = new Date('2026-11-27T10:00:00Z');
const server = useRealServer({ now: () => NOW });
const MOCK = 'https://mock.example.org/v1';
const mock = setupServer(...createHandlers({ baseUrl: MOCK, now: NOW }));

beforeAll(() => {
  mock.listen({ onUnhandledRequest: 'bypass' });
});
afterAll(() => {
  mock.close();
});

const filters: EventFilter[] = [
  {},
  { kinds: ['ngo-forum', 'icngo'] },
  { from: '2026-11-01', to: '2026-11-30', timeZone: 'Asia/Kolkata' },
  { from: '2026-12-01', timeZone: 'Pacific/Auckland', statuses: ['confirmed', 'planned'] },
  { regions: ['africa'], sectors: ['ED'] },
  { countries: ['FR'] },
];

describe('events: msw handlers and the real server agree', () => {
  it.each(filters.map((f) => [JSON.stringify(f), f] as const))('list %s', async (_, filter) => {
    const real = await createClient({ baseUrl: `${server.url}/v1` }).events.list({ ...filter, limit: 2 }).toArray();
    const mocked = await createClient({ baseUrl: MOCK }).events.list({ ...filter, limit: 3 }).toArray();
    expect(mocked).toEqual(real);
  });

  it('serves byte-identical feeds and single-event files', async () => {
    const realClient = createClient({ baseUrl: `${server.url}/v1` });
    const mockClient = createClient({ baseUrl: MOCK });
    for (const filter of filters) {
      const [real, mocked] = await Promise.all([
        fetch(realClient.events.feedUrl(filter, { lang: 'fr' })).then((r) => r.text()),
        fetch(mockClient.events.feedUrl(filter, { lang: 'fr' })).then((r) => r.text()),
      ]);
      expect(mocked).toBe(real);
    }
    const [real, mocked] = await Promise.all([
      fetch(realClient.events.icsUrl('demo-coastal-literacy-forum', { lang: 'ar' })).then((r) => r.text()),
      fetch(mockClient.events.icsUrl('demo-coastal-literacy-forum', { lang: 'ar' })).then((r) => r.text()),
    ]);
    expect(mocked).toBe(real);
  });

  it('gets one event from the real server exactly as msw serves it', async () => {
    const real = await createClient({ baseUrl: `${server.url}/v1` }).events.get('gc-41-ngo-desk-2021');
    expect(await createClient({ baseUrl: MOCK }).events.get('gc-41-ngo-desk-2021')).toEqual(real);
  });
});
