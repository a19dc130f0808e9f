import { describe, expect, it } from 'vitest';
import { SAMPLE_MANDATES } from '@ngo-liaison/core/sample-data';
import type { LiaisonCommitteeMandate, Page } from '@ngo-liaison/core';
import { httpJson } from './http-json.js';
import { useTestServer } from './test-server.js';

const server = useTestServer();

const { get, json, problem } = httpJson(server);

describe('GET /v1/liaison-committee-mandates', () => {
  it('lists the seeded mandates, the latest term first, as stored', async () => {
    const page = await json<Page<LiaisonCommitteeMandate>>('/v1/liaison-committee-mandates');
    expect(page.items.map((m) => m.id)).toEqual(['demo-lc-2027-2028', 'lc-2021-2022']);
    expect(page.items).toEqual([...SAMPLE_MANDATES].sort((a, b) => (a.term.start < b.term.start ? 1 : -1)));
  });

  it('pages with a cursor', async () => {
    const first = await json<Page<LiaisonCommitteeMandate>>('/v1/liaison-committee-mandates?limit=1');
    expect(first.items.map((m) => m.id)).toEqual(['demo-lc-2027-2028']);
    const second = await json<Page<LiaisonCommitteeMandate>>(`/v1/liaison-committee-mandates?limit=1&cursor=${first.nextCursor}`);
    expect(second.items.map((m) => m.id)).toEqual(['lc-2021-2022']);
    expect(second.nextCursor).toBeNull();
  });

  it('filters by member organisation', async () => {
    expect((await json<Page<LiaisonCommitteeMandate>>('/v1/liaison-committee-mandates?member=fape')).items.map((m) => m.id)).toEqual(['lc-2021-2022']);
  });

  it('answers bad or unknown filters with problem+json naming the parameter', async () => {
    expect((await problem('/v1/liaison-committee-mandates?member=no-such-ngo', 400)).errors).toEqual([{ path: 'member', message: 'unknown organisation "no-such-ngo"' }]);
    expect((await problem('/v1/liaison-committee-mandates?member=Bad_Id', 400)).errors?.[0]?.path).toBe('member');
    expect((await problem('/v1/liaison-committee-mandates?chair=x', 400)).errors?.[0]?.path).toBe('chair');
  });

  it('answers If-None-Match with 304', async () => {
    const first = await get('/v1/liaison-committee-mandates?member=ccivs');
    const tag = first.headers.get('etag');
    expect(tag).toBeTruthy();
    const again = await get('/v1/liaison-committee-mandates?member=ccivs', { headers: { 'if-none-match': tag! } });
    expect(again.status).toBe(304);
    const other = await get('/v1/liaison-committee-mandates?member=fape', { headers: { 'if-none-match': tag! } });
    expect(other.status).toBe(200);
  });
});

describe('GET /v1/liaison-committee-mandates/{id}', () => {
  it('returns the 2021–2022 Committee with only what the sources state', async () => {
    const mandate = await json<LiaisonCommitteeMandate>('/v1/liaison-committee-mandates/lc-2021-2022');
    expect(mandate).toEqual(SAMPLE_MANDATES.find((m) => m.id === 'lc-2021-2022'));
    expect(mandate.membership).toBe('partial');
    expect(mandate.members.map((m) => m.organization)).toEqual(['acww', 'ccivs', 'fape']);
    expect('electedBy' in mandate).toBe(false);
  });

  it('returns a fictional mandate with its work plan and the outputs it rests on', async () => {
    const mandate = await json<LiaisonCommitteeMandate>('/v1/liaison-committee-mandates/demo-lc-2027-2028');
    expect(mandate.provenance.fictional).toBe(true);
    expect(mandate.workPlan?.diffusedTo).toEqual({ sectors: ['ED', 'SC', 'SHS', 'CLT', 'CI'], memberStates: 'all' });
    const outputs = new Set(mandate.basis.map((o) => o.id));
    expect(mandate.workPlan?.items.every((item) => item.basedOn.every((id) => outputs.has(id)))).toBe(true);
  });

  it('answers 404 for an unknown mandate, 400 for a malformed id or a query parameter, and 304 on revalidation', async () => {
    expect((await problem('/v1/liaison-committee-mandates/lc-1999-2000', 404)).detail).toMatch(/lc-1999-2000/);
    expect((await problem('/v1/liaison-committee-mandates/LC_2021', 400)).errors?.[0]?.path).toBe('id');
    expect((await problem('/v1/liaison-committee-mandates/lc-2021-2022?lang=fr', 400)).errors?.[0]?.path).toBe('lang');
    const tag = (await get('/v1/liaison-committee-mandates/lc-2021-2022')).headers.get('etag')!;
    expect((await get('/v1/liaison-committee-mandates/lc-2021-2022', { headers: { 'if-none-match': tag } })).status).toBe(304);
  });
});
