import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, type LiaisonClient } from '../src/index.js';
import { createHandlers } from '../src/msw/index.js';
import { useRealServer } from './real-server.js';

// Contract test: the same calls against the real server (SQLite) and the msw handlers must agree.
const server = useRealServer();
const MOCK = 'https://mock.example.org/v1';
const mock = setupServer(...createHandlers({ baseUrl: MOCK }));

beforeAll(() => {
  mock.listen({ onUnhandledRequest: 'bypass' });
});
afterAll(() => {
  mock.close();
});

const calls: [string, (c: LiaisonClient) => Promise<unknown>][] = [
  ['programmes.list', (c) => c.programmes.list({ limit: 100 }).then((p) => p)],
  ['programmes.list filtered', (c) => c.programmes.list({ fieldOffice: 'beirut' }).then((p) => p)],
  ['programmes.get', (c) => c.programmes.get('demo-pacific-ocean-observers')],
  ['programmes.matches', (c) => c.programmes.matches('demo-coastal-literacy-initiative', { limit: 10 })],
  ['programmes.matches weighted', (c) => c.programmes.matches('demo-archives-at-risk', { limit: 5, weights: { geography: 3, languages: 0 } })],
  ['matching.forOrganization', (c) => c.matching.forOrganization('icom')],
  ['experts.proposal', (c) => c.experts.proposal('ED', { limit: 50 })],
  ['experts.designated', (c) => c.experts.designated('SC', { limit: 1 }).toArray()],
  ['liaisonCommittee.mandates', (c) => c.liaisonCommittee.mandates({ limit: 1 }).toArray()],
  ['liaisonCommittee.mandates filtered', (c) => c.liaisonCommittee.mandates({ member: ['fape', 'demo-tidepool-ocean-observers'] }).then((p) => p)],
  ['liaisonCommittee.mandate', (c) => c.liaisonCommittee.mandate('demo-lc-2027-2028')],
  ['fieldOffices.list', (c) => c.fieldOffices.list({ limit: 100 }).then((p) => p)],
  ['fieldOffices.get', (c) => c.fieldOffices.get('apia')],
  ['focalPoints.list', (c) => c.focalPoints.list({ sector: ['ED', 'CI'], fieldOffice: 'abuja' }).then((p) => p)],
  ['actions.list', (c) => c.actions.list({ limit: 100, from: '2025-06-01' }).then((p) => p)],
  ['actions.list by a field office', (c) => c.actions.list({ fieldOffice: 'abuja' }).then((p) => p)],
];

describe('client against the real server and msw', () => {
  it.each(calls)('%s gives the same answer from both', async (_, call) => {
    const real = await call(createClient({ baseUrl: `${server.url}/v1` }));
    const mocked = await call(createClient({ baseUrl: MOCK }));
    expect(real).toEqual(mocked);
  });
});
