import { describe, expect, it } from 'vitest';
import { SAMPLE_ORGANIZATIONS, SAMPLE_PROGRAMMES } from '@ngo-liaison/core/sample-data';
import type { ExpertProposalPage, OrganizationMatchPage, ProgrammeMatchPage } from '@ngo-liaison/core';
import { httpJson } from './http-json.js';
import { useTestServer } from './test-server.js';

const server = useTestServer();

const { json, problem } = httpJson(server);
const PROGRAMME = '/v1/programmes/demo-coastal-literacy-initiative/matches';

describe('GET /v1/programmes/{id}/matches', () => {
  it('ranks the ten best NGOs with each criterion and the reasons in six languages', async () => {
    const page = await json<OrganizationMatchPage>(`${PROGRAMME}?limit=10`);
    expect(page.programme.id).toBe('demo-coastal-literacy-initiative');
    expect(page.items).toHaveLength(10);
    expect(page.total).toBe(SAMPLE_ORGANIZATIONS.length);
    expect(page.items[0]!.organization.id).toBe('demo-lanternfish-literacy-network');
    expect(page.items[0]!.criteria).toHaveLength(7);
    expect(Object.keys(page.items[0]!.reasons[0]!.text).sort()).toEqual(['ar', 'en', 'es', 'fr', 'ru', 'zh']);
    const scores = page.items.map((i) => i.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('changes the ranking when weight moves to geography', async () => {
    const ids = (p: OrganizationMatchPage) => p.items.map((i) => i.organization.id);
    const before = await json<OrganizationMatchPage>(`${PROGRAMME}?limit=10`);
    const after = await json<OrganizationMatchPage>(`${PROGRAMME}?limit=10&weights=geography:20`);
    expect(ids(after)).not.toEqual(ids(before));
    expect(after.weights.geography).toBeGreaterThan(before.weights.geography);
  });

  it('pages with cursors through the same ranking', async () => {
    const all = await json<OrganizationMatchPage>(`${PROGRAMME}?limit=100`);
    const paged: string[] = [];
    let cursor: string | null = null;
    do {
      const page: OrganizationMatchPage = await json(`${PROGRAMME}?limit=7${cursor ? `&cursor=${cursor}` : ''}`);
      paged.push(...page.items.map((i) => `${i.rank}:${i.organization.id}`));
      cursor = page.nextCursor;
    } while (cursor);
    expect(paged).toEqual(all.items.map((i) => `${i.rank}:${i.organization.id}`));
  });

  it.each([
    ['weights=geography:-1', 'weights'],
    ['weights=geography:lots', 'weights'],
    ['weights=altitude:2', 'weights'],
    ['weights=sector:0,themes:0,sdgs:0,geography:0,languages:0,partnership:0,track-record:0', 'weights'],
    ['limit=0', 'limit'],
    ['cursor=bm9wZQ', 'cursor'],
    ['colour=red', 'colour'],
  ])('answers %s with 400 naming %s', async (query, path) => {
    const body = await problem(`${PROGRAMME}?${query}`, 400);
    expect(body.errors?.map((e) => e.path)).toContain(path);
  });

  it('answers 400 when the only weighted criteria do not apply to the programme', async () => {
    // The Memory of the World programme lists no countries: geography alone weighs nothing.
    const weights = 'sector:0,themes:0,sdgs:0,geography:5,languages:0,partnership:0,track-record:0';
    expect((await problem(`/v1/programmes/memory-of-the-world/matches?weights=${weights}`, 400)).errors?.[0]?.path).toBe('weights');
  });

  it('answers an unknown programme with 404', async () => {
    await problem('/v1/programmes/no-such-programme/matches', 404);
  });
});

describe('GET /v1/organizations/{id}/matches', () => {
  it('ranks programmes for an organisation', async () => {
    const page = await json<ProgrammeMatchPage>('/v1/organizations/demo-tidepool-ocean-observers/matches?limit=3');
    expect(page.organization.id).toBe('demo-tidepool-ocean-observers');
    expect(page.items[0]!.programme.id).toBe('demo-pacific-ocean-observers');
    expect(page.total).toBe(SAMPLE_PROGRAMMES.length);
  });

  it('scores a real organisation with few fields, and one with none, without NaN', async () => {
    for (const id of ['icom', 'isapa']) {
      const page = await json<ProgrammeMatchPage>(`/v1/organizations/${id}/matches?limit=100`);
      for (const item of page.items) {
        expect(Number.isFinite(item.score)).toBe(true);
        expect(item.reasons.length).toBeGreaterThan(0);
      }
    }
  });

  it('answers an unknown organisation with 404 and bad weights with 400', async () => {
    await problem('/v1/organizations/no-such-ngo/matches', 404);
    expect((await problem('/v1/organizations/icom/matches?weights=sector:-3', 400)).errors?.[0]?.path).toBe('weights');
  });
});

describe('GET /v1/sectors/{code}/expert-proposal', () => {
  it("proposes a sector's experts above the threshold, explained, labelled as a computed proposal", async () => {
    const page = await json<ExpertProposalPage>('/v1/sectors/CLT/expert-proposal?limit=100');
    expect(page.kind).toBe('computed-proposal');
    expect(page.items.map((i) => i.organization.id)).toEqual(expect.arrayContaining(['icom', 'icomos', 'cioff']));
    expect(page.items.every((i) => i.score >= 0.5 && i.reasons.length > 0)).toBe(true);
    const strict = await json<ExpertProposalPage>('/v1/sectors/CLT/expert-proposal?threshold=0.8&limit=100');
    expect(strict.total).toBeLessThan(page.total);
  });

  it('answers an unknown sector with 404 and a bad threshold with 400', async () => {
    await problem('/v1/sectors/ART/expert-proposal', 404);
    await problem('/v1/sectors/ed/expert-proposal', 404);
    expect((await problem('/v1/sectors/ED/expert-proposal?threshold=1.5', 400)).errors?.[0]?.path).toBe('threshold');
  });
});
