import { describe, expect, it } from 'vitest';
import { SAMPLE_EXPERT_DESIGNATIONS } from '@ngo-liaison/core/sample-data';
import type { ExpertDesignation, ExpertProposalPage, Page } from '@ngo-liaison/core';
import { httpJson } from './http-json.js';
import { useTestServer } from './test-server.js';

const server = useTestServer();

const { get, json, problem } = httpJson(server);

describe('GET /v1/sectors/{code}/experts', () => {
  it("lists the sector's designations only, the latest first, as stored", async () => {
    const page = await json<Page<ExpertDesignation>>('/v1/sectors/SC/experts');
    expect(page.items.map((d) => d.id)).toEqual(['demo-sc-tidepool-ocean', 'demo-sc-dune-dew-water']);
    expect(page.items[0]).toEqual(SAMPLE_EXPERT_DESIGNATIONS.find((d) => d.id === 'demo-sc-tidepool-ocean'));
    expect((await json<Page<ExpertDesignation>>('/v1/sectors/SHS/experts')).total).toBe(0);
  });

  it('keeps the computed proposal apart from the designations', async () => {
    const designated = await json<Page<ExpertDesignation>>('/v1/sectors/CLT/experts?limit=100');
    const proposal = await json<ExpertProposalPage>('/v1/sectors/CLT/expert-proposal?limit=100');
    expect(proposal.kind).toBe('computed-proposal');
    // The proposal ranks icom; the sector designated only the fictional salt-marsh collective.
    expect(proposal.items.map((i) => i.organization.id)).toContain('icom');
    expect(designated.items.map((d) => d.organization)).toEqual(['demo-saltmarsh-heritage-collective']);
    expect(designated.items.every((d) => !('score' in d))).toBe(true);
  });

  it('answers an unknown sector with 404, unknown parameters with 400, and revalidation with 304', async () => {
    await problem('/v1/sectors/ART/experts', 404);
    expect((await problem('/v1/sectors/SC/experts?threshold=0.5', 400)).errors?.[0]?.path).toBe('threshold');
    const tag = (await get('/v1/sectors/SC/experts')).headers.get('etag')!;
    expect((await get('/v1/sectors/SC/experts', { headers: { 'if-none-match': tag } })).status).toBe(304);
    expect((await get('/v1/sectors/ED/experts', { headers: { 'if-none-match': tag } })).status).toBe(200);
  });
});
