import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_ACTIONS, SAMPLE_FOCAL_POINTS, SAMPLE_PROGRAMMES } from '@ngo-liaison/core/sample-data';
import { HttpError, createClient } from '../src/index.js';
import { createHandlers } from '../src/msw/index.js';

const BASE = 'https://api.liaison.example.org/v1';
const server = setupServer(...createHandlers({ baseUrl: BASE }));
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

const liaison = createClient({ baseUrl: BASE, retries: 0 });
const failure = (promise: PromiseLike<unknown>) => Promise.resolve(promise).then(() => expect.unreachable(), (e: unknown) => e as HttpError);

describe('programmes', () => {
  it('lists, filters and gets programmes', async () => {
    expect(await liaison.programmes.list({ limit: 100 }).toArray()).toHaveLength(SAMPLE_PROGRAMMES.length);
    const sc = await liaison.programmes.list({ sector: ['SC'], country: 'WS' });
    expect(sc.items.map((p) => p.id)).toEqual(['demo-pacific-ocean-observers']);
    expect((await liaison.programmes.get('memory-of-the-world')).provenance.sourceUrls).toHaveLength(1);
    expect((await failure(liaison.programmes.get('no-such-programme'))).status).toBe(404);
  });

  it('gets the ten best-matched NGOs, and a new ranking when weights change', async () => {
    const top = await liaison.programmes.matches('demo-coastal-literacy-initiative', { limit: 10 });
    expect(top.items).toHaveLength(10);
    expect(top.items[0]!.reasons.map((r) => r.text.fr).join(' ')).toMatch(/alphabétisation/);
    const geo = await liaison.programmes.matches('demo-coastal-literacy-initiative', { limit: 10, weights: { geography: 20 } });
    expect(geo.items.map((i) => i.organization.id)).not.toEqual(top.items.map((i) => i.organization.id));
  });

  it('reports bad weights as HttpError naming the parameter', async () => {
    const error = await failure(liaison.programmes.matches('demo-coastal-literacy-initiative', { weights: { geography: -1 } }));
    expect(error.status).toBe(400);
    expect(error.issues[0]?.path).toBe('weights');
  });
});

describe('matching, field offices, focal points and actions', () => {
  it('ranks programmes for an organisation', async () => {
    expect((await liaison.matching.forOrganization('demo-tidepool-ocean-observers', { limit: 1 })).items[0]!.programme.id).toBe('demo-pacific-ocean-observers');
  });

  it("gets a sector's designated experts and, apart, the computed proposal labelled as one", async () => {
    const designated = await liaison.experts.designated('SC').toArray();
    expect(designated.map((d) => d.organization)).toEqual(['demo-tidepool-ocean-observers', 'demo-dune-dew-water-laboratory']);
    expect(designated[0]!.decision.reference).toMatch(/fictional/);
    const proposal = await liaison.experts.proposal('CLT', { threshold: 0.6, limit: 50 });
    expect(proposal.kind).toBe('computed-proposal');
    expect(proposal.items.every((i) => i.score >= 0.6)).toBe(true);
    expect((await failure(liaison.experts.proposal('XX' as 'ED'))).status).toBe(404);
    expect((await failure(liaison.experts.designated('XX' as 'ED').then((p) => p))).status).toBe(404);
  });

  it("gets the Liaison Committee's mandates, filtered by member, and one mandate", async () => {
    expect((await liaison.liaisonCommittee.mandates()).items.map((m) => m.id)).toEqual(['demo-lc-2027-2028', 'lc-2021-2022']);
    expect((await liaison.liaisonCommittee.mandates({ member: 'acww' })).items.map((m) => m.id)).toEqual(['lc-2021-2022']);
    const mandate = await liaison.liaisonCommittee.mandate('lc-2021-2022');
    expect(mandate.members.map((m) => m.organization)).toEqual(['acww', 'ccivs', 'fape']);
    expect((await failure(liaison.liaisonCommittee.mandate('lc-1990-1991'))).status).toBe(404);
    const error = await failure(liaison.liaisonCommittee.mandates({ member: 'no-such-ngo' }).then((p) => p));
    expect(error.issues).toEqual([{ path: 'member', message: 'unknown organisation "no-such-ngo"' }]);
  });

  it('gets field offices with the countries they cover', async () => {
    const abuja = await liaison.fieldOffices.get('abuja');
    expect(abuja.countries.map((c) => c.code)).toContain('GH');
    expect((await liaison.fieldOffices.list({ country: 'NP' })).items.map((o) => o.code)).toEqual(['kathmandu', 'new-delhi']);
  });

  it('lists focal points and actions with filters', async () => {
    expect((await liaison.focalPoints.list({ sector: 'ED' })).items.map((f) => f.id)).toEqual(['demo-ed-ngo-focal-point']);
    expect(await liaison.focalPoints.list({ limit: 100 }).toArray()).toHaveLength(SAMPLE_FOCAL_POINTS.length);
    expect(await liaison.actions.list({ limit: 3 }).toArray()).toHaveLength(SAMPLE_ACTIONS.length);
    expect((await liaison.actions.list({ fieldOffice: 'apia' })).total).toBe(3);
    const byBeirut = (await liaison.actions.list({ fieldOffice: 'beirut', from: '2026-04-01' })).items.find((a) => a.actor.kind === 'field-office');
    expect(byBeirut?.actor).toEqual({ kind: 'field-office', fieldOffice: 'beirut' });
    const error = await failure(liaison.actions.list({ from: '2026-12-01', to: '2026-01-01' }).then((p) => p));
    expect(error.issues[0]?.path).toBe('to');
  });
});
