import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { sampleEvents } from '@ngo-liaison/core/sample-data';
import { HttpError, ResponseValidationError, createClient } from '../src/index.js';
import { createHandlers } from '../src/msw/index.js';

const BASE = 'https://api.liaison.example.org/v1';
const NOW = new Date('2026-11-27T10:00:00Z');
const EVENTS = sampleEvents(NOW);
const server = setupServer(...createHandlers({ baseUrl: BASE, now: NOW }));

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const client = createClient({ baseUrl: BASE, retries: 0 });

describe('events.list', () => {
  it('is async-iterable over pages and items, in start order', async () => {
    const pages: number[] = [];
    for await (const page of client.events.list({ limit: 4 })) pages.push(page.items.length);
    expect(pages.reduce((a, b) => a + b, 0)).toBe(EVENTS.length);
    const ids: string[] = [];
    for await (const event of client.events.list({ limit: 7 }).items()) ids.push(event.id);
    expect(ids[0]).toBe('icngo-2012');
    expect(new Set(ids).size).toBe(EVENTS.length);
  });

  it('sends every filter, repeated values as repeated parameters', async () => {
    const seen: string[] = [];
    server.events.on('request:start', ({ request }) => seen.push(new URL(request.url).search));
    const page = await client.events.list({
      from: '2026-12-01',
      to: '2026-12-31',
      timeZone: 'Asia/Kolkata',
      kinds: ['thematic-debate', 'ngo-hearing'],
      regions: ['europe-north-america'],
      statuses: ['confirmed'],
      sessions: ['demo-ngp-next'],
      limit: 10,
    });
    server.events.removeAllListeners();
    expect(seen[0]).toBe(
      '?from=2026-12-01&to=2026-12-31&timeZone=Asia%2FKolkata&kind=thematic-debate&kind=ngo-hearing&region=europe-north-america&status=confirmed&session=demo-ngp-next&limit=10',
    );
    expect(page.items.map((e) => e.id)).toEqual(['demo-saltmarsh-heritage-debate']);
  });

  it('turns bad filters into HttpError naming the parameter', async () => {
    const error = await client.events.list({ from: '2026-12-31', to: '2026-12-01' }).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(HttpError);
    expect((error as HttpError).issues).toEqual([{ path: 'from', message: 'must not be after to (2026-12-01)' }]);
    const zone = await client.events.list({ timeZone: 'Mars/Olympus' }).then(() => undefined, (e: unknown) => e);
    expect((zone as HttpError).issues[0]?.path).toBe('timeZone');
  });

  it('validates responses against the ForumEvent schema', async () => {
    server.use(http.get(`${BASE}/events`, () => HttpResponse.json({ items: [{ id: 'x', when: { allDay: 'yes' } }], nextCursor: null })));
    await expect(client.events.list()).rejects.toBeInstanceOf(ResponseValidationError);
  });
});

describe('events.get', () => {
  it('returns a validated event, and 404s as HttpError', async () => {
    expect(await client.events.get('icngo-2018')).toEqual(EVENTS.find((e) => e.id === 'icngo-2018'));
    await expect(client.events.get('nope')).rejects.toMatchObject({ status: 404 });
  });
});

describe('feed and .ics URLs', () => {
  it('builds the feed URL for a filter, with webcal:// for subscribe links', () => {
    expect(client.events.feedUrl({ kinds: ['ngo-forum'], regions: ['africa'] }, { lang: 'fr' })).toBe(
      'https://api.liaison.example.org/v1/events.ics?kind=ngo-forum&region=africa&lang=fr',
    );
    expect(client.events.feedUrl({}, { webcal: true })).toBe('webcal://api.liaison.example.org/v1/events.ics');
    expect(client.events.icsUrl('icngo-2018', { lang: 'ar' })).toBe('https://api.liaison.example.org/v1/events/icngo-2018.ics?lang=ar');
  });

  it('the URLs it builds are served (feed and single event)', async () => {
    const feed = await fetch(client.events.feedUrl({ kinds: ['icngo'] }, { lang: 'fr' }));
    expect(feed.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const text = await feed.text();
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    const single = await fetch(client.events.icsUrl('icngo-2018'));
    expect(single.headers.get('content-disposition')).toBe('attachment; filename="icngo-2018.ics"');
    expect(await single.text()).toContain('UID:icngo-2018@ngo-liaison\r\n');
  });
});
