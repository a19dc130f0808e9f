import { describe, expect, it } from 'vitest';
import { SAMPLE_ACTIONS, SAMPLE_FOCAL_POINTS, SAMPLE_PROGRAMMES } from '@ngo-liaison/core/sample-data';
import { FIELD_OFFICES } from '@ngo-liaison/core/reference';
import type { Action, FieldOfficeDetail, FocalPoint, Page, Programme } from '@ngo-liaison/core';
import { httpJson } from './http-json.js';
import { useTestServer } from './test-server.js';

const server = useTestServer();

const { get, json, problem } = httpJson(server);

describe('GET /v1/programmes', () => {
  it('lists every seeded programme across pages, in title order', async () => {
    const seen: Programme[] = [];
    let cursor: string | null = null;
    do {
      const page: Page<Programme> = await json(`/v1/programmes?limit=5${cursor ? `&cursor=${cursor}` : ''}`);
      expect(page.total).toBe(SAMPLE_PROGRAMMES.length);
      seen.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen.map((p) => p.id).sort()).toEqual(SAMPLE_PROGRAMMES.map((p) => p.id).sort());
  });

  it('filters by sector, country and field office', async () => {
    expect((await json<Page<Programme>>('/v1/programmes?sector=CI')).items.map((p) => p.id).sort()).toEqual(['demo-archives-at-risk', 'demo-media-literacy-for-youth', 'memory-of-the-world']);
    expect((await json<Page<Programme>>('/v1/programmes?country=WS')).items.map((p) => p.id)).toEqual(['demo-pacific-ocean-observers']);
    expect((await json<Page<Programme>>('/v1/programmes?fieldOffice=abuja')).items.map((p) => p.id)).toEqual(['demo-coastal-literacy-initiative']);
  });

  it('answers bad filters with 400 naming each parameter', async () => {
    const body = await problem('/v1/programmes?sector=ART&country=zz&fieldOffice=atlantis&colour=red', 400);
    expect(body.errors?.map((e) => e.path).sort()).toEqual(['colour', 'country', 'fieldOffice', 'sector']);
  });

  it('returns one programme, 404 for an unknown one and 400 for a malformed id', async () => {
    expect(await json('/v1/programmes/memory-of-the-world')).toEqual(SAMPLE_PROGRAMMES.find((p) => p.id === 'memory-of-the-world'));
    await problem('/v1/programmes/no-such-programme', 404);
    await problem('/v1/programmes/Not%20A%20Slug', 400);
  });

  it('sends ETags and answers If-None-Match with 304', async () => {
    const first = await get('/v1/programmes/demo-archives-at-risk');
    const tag = first.headers.get('etag');
    expect(tag).toBeTruthy();
    expect((await get('/v1/programmes/demo-archives-at-risk', { headers: { 'if-none-match': tag! } })).status).toBe(304);
  });
});

describe('GET /v1/field-offices', () => {
  it('lists every office with its coverage and certainty', async () => {
    const page = await json<Page<FieldOfficeDetail>>('/v1/field-offices?limit=100');
    expect(page.total).toBe(FIELD_OFFICES.length);
    expect(page.items.find((o) => o.code === 'abuja')).toMatchObject({ type: 'multisectoral-regional', certainty: { coverage: 'verified' } });
  });

  it('filters by type and by a country covered', async () => {
    expect((await json<Page<FieldOfficeDetail>>('/v1/field-offices?country=NP')).items.map((o) => o.code)).toEqual(['kathmandu', 'new-delhi']);
    expect((await json<Page<FieldOfficeDetail>>('/v1/field-offices?type=liaison')).total).toBe(4);
    expect((await problem('/v1/field-offices?type=embassy', 400)).errors?.[0]?.path).toBe('type');
  });

  it('details one office with the countries covered, their region and group', async () => {
    const abuja = await json<FieldOfficeDetail>('/v1/field-offices/abuja');
    expect(abuja.countries.map((c) => c.code)).toEqual(['BJ', 'CI', 'GH', 'GN', 'LR', 'NG', 'SL', 'TG']);
    expect(abuja.countries.find((c) => c.code === 'GH')).toMatchObject({ name: { en: 'Ghana', fr: 'Ghana' }, region: 'africa', electoralGroup: 'Va' });
    expect((await json<FieldOfficeDetail>('/v1/field-offices/tehran')).childOffices).toEqual(['islamabad', 'kabul']);
    await problem('/v1/field-offices/atlantis', 404);
    await problem('/v1/field-offices/Abuja', 400);
    await problem('/v1/field-offices/abuja?lang=fr', 400);
  });
});

describe('GET /v1/focal-points', () => {
  it('lists the roles for a sector or a field office', async () => {
    const ed = await json<Page<FocalPoint>>('/v1/focal-points?sector=ED');
    expect(ed.items.map((f) => f.id)).toEqual(['demo-ed-ngo-focal-point']);
    expect(ed.items[0]!.contacts.every((c) => c.fictional && c.value.endsWith('example.org'))).toBe(true);
    const abuja = await json<Page<FocalPoint>>('/v1/focal-points?fieldOffice=abuja');
    expect(abuja.items.map((f) => f.id)).toEqual(['demo-abuja-civil-society-officer']);
    expect((await json<Page<FocalPoint>>('/v1/focal-points?limit=100')).total).toBe(SAMPLE_FOCAL_POINTS.length);
  });

  it('answers an unknown sector or office with 400', async () => {
    expect((await problem('/v1/focal-points?sector=XX', 400)).errors?.[0]?.path).toBe('sector');
    expect((await problem('/v1/focal-points?fieldOffice=atlantis', 400)).errors?.[0]?.path).toBe('fieldOffice');
  });
});

describe('GET /v1/actions', () => {
  it('filters by programme, country, field office, organisation and dates', async () => {
    expect((await json<Page<Action>>('/v1/actions?limit=100')).total).toBe(SAMPLE_ACTIONS.length);
    expect((await json<Page<Action>>('/v1/actions?programme=demo-coastal-literacy-initiative')).total).toBe(3);
    expect((await json<Page<Action>>('/v1/actions?country=SN')).items.map((a) => a.id)).toEqual(['demo-reading-circles-saint-louis']);
    expect((await json<Page<Action>>('/v1/actions?fieldOffice=apia')).total).toBe(3);
    expect((await json<Page<Action>>('/v1/actions?organization=demo-tidepool-ocean-observers')).total).toBe(2);
    const window = await json<Page<Action>>('/v1/actions?from=2026-01-01&to=2026-12-31');
    expect(window.items.every((a) => a.period.start <= '2026-12-31' && (a.period.end ?? '9999') >= '2026-01-01')).toBe(true);
  });

  it('returns field-office actions with the office as actor, as stored', async () => {
    const beirut = await json<Page<Action>>('/v1/actions?fieldOffice=beirut&from=2026-04-01');
    const own = beirut.items.find((a) => a.id === 'demo-office-school-librarians-beirut');
    expect(own).toEqual(SAMPLE_ACTIONS.find((a) => a.id === 'demo-office-school-librarians-beirut'));
    expect(own?.actor).toEqual({ kind: 'field-office', fieldOffice: 'beirut' });
    const all = await json<Page<Action>>('/v1/actions?limit=100');
    expect(all.items.filter((a) => a.actor.kind === 'field-office').map((a) => a.id).sort()).toEqual(
      SAMPLE_ACTIONS.filter((a) => a.actor.kind === 'field-office').map((a) => a.id).sort(),
    );
  });

  it('answers bad filters with 400 naming the parameter', async () => {
    expect((await problem('/v1/actions?organization=no-such-ngo', 400)).errors?.[0]).toMatchObject({ path: 'organization' });
    expect((await problem('/v1/actions?programme=no-such-programme', 400)).errors?.[0]?.path).toBe('programme');
    expect((await problem('/v1/actions?from=2026-12-01&to=2026-01-01', 400)).errors?.[0]?.path).toBe('to');
    expect((await problem('/v1/actions?from=yesterday', 400)).errors?.[0]?.path).toBe('from');
  });
});
