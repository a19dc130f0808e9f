import { describe, expect, it } from 'vitest';
import { COUNTRIES } from '@ngo-liaison/core/reference';
import { sampleEvents } from '@ngo-liaison/core/sample-data';
import { pageEvents, parseEventQuery, regionIndex, type EventPage, type ForumEvent } from '@ngo-liaison/core';
import { checkIcs } from './ics-oracle.js';
import { useTestServer } from './test-server.js';

const NOW = new Date('2026-11-27T10:00:00Z');
const EVENTS = sampleEvents(NOW);
const regionOf = regionIndex(COUNTRIES);

const server = useTestServer({ now: () => NOW });

const get = (path: string, init?: RequestInit) => fetch(`${server.url}${path}`, init);

async function expectProblem(response: Response, status: number) {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  return (await response.json()) as { status: number; errors?: { path: string; message: string }[] };
}

async function allPages(query: string): Promise<ForumEvent[]> {
  const items: ForumEvent[] = [];
  let cursor: string | null = null;
  do {
    const response = await get(`/v1/events?${query}&limit=3${cursor ? `&cursor=${cursor}` : ''}`);
    expect(response.status).toBe(200);
    const page = (await response.json()) as EventPage;
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return items;
}

describe('GET /v1/events', () => {
  it('pages through every event once, in start order, with the total', async () => {
    const items = await allPages('');
    expect(items.map((e) => e.id).sort()).toEqual(EVENTS.map((e) => e.id).sort());
    const first = (await (await get('/v1/events?limit=2')).json()) as EventPage;
    expect(first.total).toBe(EVENTS.length);
    expect(items[0]!.id).toBe('icngo-2012');
  });

  it.each([
    'kind=ngo-forum',
    'kind=icngo&kind=gc-ngo-space',
    'sector=ED',
    'country=FR',
    'country=SN&country=TN',
    'region=africa',
    'region=arab-states&region=latin-america-caribbean',
    'status=cancelled&status=postponed',
    'from=2026-11-01&to=2026-11-30&timeZone=Asia/Kolkata',
    'from=2026-12-01&timeZone=Pacific/Auckland',
    'to=2018-01-01',
    'from=2026-11-20T13:00:00Z&to=2026-11-20T13:30:00Z',
    'from=2018-09-27&to=2018-09-27&timeZone=Pacific/Kiritimati',
  ])('answers %s exactly like core’s in-memory filter (what msw serves)', async (qs) => {
    const served = await allPages(qs);
    const expected = pageEvents(EVENTS, { ...parseEventQuery(new URLSearchParams(qs)), limit: 1000 }, regionOf).items;
    expect(served.map((e) => e.id)).toEqual(expected.map((e) => e.id));
  });

  it('finds the Paris debate for a viewer in Kolkata asking for next month', async () => {
    const items = await allPages('from=2026-12-01&to=2026-12-31&timeZone=Asia/Kolkata&kind=thematic-debate');
    expect(items.map((e) => e.id)).toEqual(['demo-saltmarsh-heritage-debate']);
    expect(items[0]!.when).toEqual({ allDay: false, start: '2026-12-06T13:00:00Z', end: '2026-12-06T15:00:00Z', timeZone: 'Europe/Paris' });
  });

  it('answers bad input with 400 problem+json naming the parameter', async () => {
    expect((await expectProblem(await get('/v1/events?from=2026-12-31&to=2026-12-01'), 400)).errors).toEqual([
      { path: 'from', message: 'must not be after to (2026-12-01)' },
    ]);
    expect((await expectProblem(await get('/v1/events?timeZone=Mars/Olympus'), 400)).errors?.[0]?.path).toBe('timeZone');
    expect((await expectProblem(await get('/v1/events?timeZone=%2B05:30'), 400)).errors?.[0]?.path).toBe('timeZone');
    expect((await expectProblem(await get('/v1/events?kind=party'), 400)).errors?.[0]?.path).toBe('kind');
    expect((await expectProblem(await get('/v1/events?colour=red'), 400)).errors?.[0]?.path).toBe('colour');
    expect((await expectProblem(await get('/v1/events?cursor=garbage!'), 400)).errors?.[0]?.path).toBe('cursor');
    expect((await expectProblem(await get('/v1/events?from=yesterday'), 400)).errors?.[0]?.path).toBe('from');
  });

  it('sends an ETag and answers If-None-Match with 304', async () => {
    const first = await get('/v1/events?kind=icngo');
    const etag = first.headers.get('etag');
    expect(etag).toBeTruthy();
    expect((await get('/v1/events?kind=icngo', { headers: { 'if-none-match': etag! } })).status).toBe(304);
  });
});

describe('GET /v1/events/{id}', () => {
  it('returns one event', async () => {
    const response = await get('/v1/events/ngo-forum-9-tunis-2018');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(EVENTS.find((e) => e.id === 'ngo-forum-9-tunis-2018'));
  });

  it('answers 404 for an unknown id and 400 for a malformed one', async () => {
    await expectProblem(await get('/v1/events/no-such-event'), 404);
    expect((await expectProblem(await get('/v1/events/Bad_Id'), 400)).errors?.[0]?.path).toBe('id');
  });
});

describe('GET /v1/events.ics (subscription feed)', () => {
  it('serves a valid calendar with every event, UTF-8, CRLF, folded, with VTIMEZONEs', async () => {
    const response = await get('/v1/events.ics');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('inline; filename="ngo-unesco-events.ics"');
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    const text = await response.text();
    const report = await checkIcs(text);
    expect(report.events.map((e) => e.uid).sort()).toEqual(EVENTS.map((e) => `${e.id}@ngo-liaison`).sort());
    expect(report.timezones.length).toBeGreaterThan(3);
    expect(text).toContain('X-WR-CALNAME:NGO–UNESCO dialogue: events');
    // Every event's instants survive the round trip through its VTIMEZONE.
    for (const event of EVENTS) {
      const parsed = report.events.find((e) => e.uid === `${event.id}@ngo-liaison`)!;
      if (event.when.allDay) expect(parsed.startDate, event.id).toBe(event.when.startDate);
      else expect(parsed.startMs, event.id).toBe(Date.parse(event.when.start));
    }
  });

  it('honours the same filters as the list, and lang', async () => {
    const text = await (await get('/v1/events.ics?kind=ngo-forum&from=2026-11-01&timeZone=Asia/Kolkata&lang=fr')).text();
    const report = await checkIcs(text);
    const expected = pageEvents(EVENTS, { ...parseEventQuery(new URLSearchParams('kind=ngo-forum&from=2026-11-01&timeZone=Asia/Kolkata')), limit: 100 }, regionOf).items;
    expect(report.events.map((e) => e.uid)).toEqual(expected.map((e) => `${e.id}@ngo-liaison`));
    expect(report.events.find((e) => e.uid.startsWith('demo-baobab-youth-forum'))?.summary).toBe('Reporté: Forum des voix de la jeunesse (démo)');
    expect(text).toContain('X-WR-CALNAME:Dialogue ONG-UNESCO : événements');
  });

  it('works as calendar clients fetch it (no Accept header, */*, HEAD, If-None-Match)', async () => {
    const plain = await get('/v1/events.ics', { headers: { accept: '*/*', 'user-agent': 'Google-Calendar-Importer' } });
    expect(plain.status).toBe(200);
    const etag = plain.headers.get('etag');
    expect(etag).toBeTruthy();
    expect((await get('/v1/events.ics', { headers: { 'if-none-match': etag! } })).status).toBe(304);
    const head = await get('/v1/events.ics', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
  });

  it('answers bad filters with 400 problem+json, including paging parameters', async () => {
    expect((await expectProblem(await get('/v1/events.ics?from=2026-12-31&to=2026-12-01'), 400)).errors?.[0]?.path).toBe('from');
    expect((await expectProblem(await get('/v1/events.ics?timeZone=Nowhere/Land'), 400)).errors?.[0]?.path).toBe('timeZone');
    expect((await expectProblem(await get('/v1/events.ics?limit=5'), 400)).errors?.[0]?.path).toBe('limit');
    expect((await expectProblem(await get('/v1/events.ics?lang=de'), 400)).errors?.[0]?.path).toBe('lang');
  });
});

describe('GET /v1/events/{id}.ics (add to calendar)', () => {
  it('downloads one event as an attachment', async () => {
    const response = await get('/v1/events/demo-coastal-literacy-forum.ics?lang=fr');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="demo-coastal-literacy-forum.ics"');
    expect(response.headers.get('etag')).toBeTruthy();
    const report = await checkIcs(await response.text());
    expect(report.events).toHaveLength(1);
    expect(report.events[0]).toMatchObject({ uid: 'demo-coastal-literacy-forum@ngo-liaison', tzid: 'Africa/Dakar', summary: 'Forum sur l’alphabétisation côtière (démo)' });
  });

  it('answers 404 for an unknown event and 400 for unknown parameters', async () => {
    await expectProblem(await get('/v1/events/no-such-event.ics'), 404);
    expect((await expectProblem(await get('/v1/events/icngo-2018.ics?lang=xx'), 400)).errors?.[0]?.path).toBe('lang');
    expect((await expectProblem(await get('/v1/events/icngo-2018.ics?tz=UTC'), 400)).errors?.[0]?.path).toBe('tz');
  });
});

describe('OpenAPI', () => {
  it('documents the event operations and their media types', async () => {
    const doc = (await (await get('/v1/openapi.json')).json()) as { paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, unknown> }> }>> };
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/v1/events', '/v1/events/{id}', '/v1/events.ics', '/v1/events/{id}.ics']));
    expect(Object.keys(doc.paths['/v1/events.ics']!.get!.responses['200']!.content!)).toEqual(['text/calendar']);
  });
});
