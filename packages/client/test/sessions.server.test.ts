import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpError, createClient } from '../src/index.js';
import { createHandlers } from '../src/msw/index.js';
import { useRealServer } from './real-server.js';

// Contract test: the sessions resource against the real server, and the msw handlers against it.
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

const real = () => createClient({ baseUrl: `${server.url}/v1`, retries: 0 });
const mocked = () => createClient({ baseUrl: MOCK, retries: 0 });

describe('sessions: msw handlers and the real server agree', () => {
  it.each([[{}], [{ body: 'ngp-committee' as const }], [{ body: ['general-conference', 'executive-board'] as const }]])('list %j', async (params) => {
    const fromServer = await real().sessions.list({ ...params, limit: 2 }).toArray();
    expect(fromServer.length).toBeGreaterThan(0);
    expect(await mocked().sessions.list({ ...params, limit: 3 }).toArray()).toEqual(fromServer);
  });

  it('get, events of a session, and the same errors', async () => {
    for (const id of ['gc-36', 'ngp-212', 'demo-ngp-previous']) expect(await mocked().sessions.get(id)).toEqual(await real().sessions.get(id));
    for (const id of ['demo-ngp-next', 'demo-gc', 'gc-39']) {
      const fromServer = await real().sessions.events(id).toArray();
      expect(fromServer.length, id).toBeGreaterThan(0);
      expect(await mocked().sessions.events(id).toArray(), id).toEqual(fromServer);
    }
    const errors = async (client: ReturnType<typeof real>) =>
      Promise.all([client.sessions.get('ex-999'), client.sessions.get('Bad_Id'), client.sessions.list({ body: 'x' as never })].map((p) => Promise.resolve(p).catch((e: HttpError) => [e.status, e.problem?.errors])));
    expect(await errors(mocked())).toEqual(await errors(real()));
  });
});
