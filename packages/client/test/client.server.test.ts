import { describe, expect, it } from 'vitest';
import { PARTNER_STANDINGS } from '@ngo-liaison/core';
import { SAMPLE_ORGANIZATIONS } from '@ngo-liaison/core/sample-data';
import { HttpError, createClient } from '../src/index.js';
import { useRealServer } from './real-server.js';

// Contract test: the same client against the real server and a real database (SQLite, or PostgreSQL in the postgres project).
const server = useRealServer();

describe('client against the real server', () => {
  it('lists every sample organisation across pages when every standing is asked for', async () => {
    const client = createClient({ baseUrl: `${server.url}/v1` });
    const all = await client.organizations.list({ standing: [...PARTNER_STANDINGS], limit: 9 }).toArray();
    expect(all.map((o) => o.id).sort()).toEqual(SAMPLE_ORGANIZATIONS.map((o) => o.id).sort());
  });

  it('gets one organisation and reports 404 as HttpError', async () => {
    const client = createClient({ baseUrl: `${server.url}/v1` });
    const first = SAMPLE_ORGANIZATIONS[0]!;
    expect(await client.organizations.get(first.id)).toEqual(first);
    await expect(client.organizations.get('does-not-exist')).rejects.toBeInstanceOf(HttpError);
  });

  it('gives the same pages as the msw handlers', async () => {
    const { setupServer } = await import('msw/node');
    const { createHandlers } = await import('../src/msw/index.js');
    const mock = setupServer(...createHandlers({ baseUrl: 'https://mock.example.org/v1' }));
    mock.listen({ onUnhandledRequest: 'bypass' });
    try {
      const real = await createClient({ baseUrl: `${server.url}/v1` }).organizations.list({ limit: 100 }).toArray();
      const mocked = await createClient({ baseUrl: 'https://mock.example.org/v1' }).organizations.list({ limit: 100 }).toArray();
      expect(mocked.map((o) => o.id)).toEqual(real.map((o) => o.id));
    } finally {
      mock.close();
    }
  });

  it('gives the same countries lists as the msw handlers on both sides of 1 January 2027, and the same 400', async () => {
    const { setupServer } = await import('msw/node');
    const { createHandlers } = await import('../src/msw/index.js');
    const mock = setupServer(...createHandlers({ baseUrl: 'https://mock.example.org/v1' }));
    mock.listen({ onUnhandledRequest: 'bypass' });
    try {
      const real = createClient({ baseUrl: `${server.url}/v1`, retries: 0 });
      const mocked = createClient({ baseUrl: 'https://mock.example.org/v1', retries: 0 });
      for (const on of ['2026-12-31', '2027-01-01']) {
        const [fromServer, fromMock] = await Promise.all([real.reference.countries({ on }), mocked.reference.countries({ on })]);
        expect(fromMock, on).toEqual(fromServer);
      }
      const errors = await Promise.all([real, mocked].map((c) => c.reference.countries({ on: '2027-02-30' }).then(() => undefined, (e: unknown) => e)));
      for (const error of errors) {
        expect(error).toBeInstanceOf(HttpError);
        expect((error as HttpError).problem?.errors?.map((e) => e.path)).toEqual(['on']);
      }
    } finally {
      mock.close();
    }
  });
});
