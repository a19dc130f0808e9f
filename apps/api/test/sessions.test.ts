import { describe, expect, it } from 'vitest';
import { REAL_EVENTS, sampleEvents, sampleSessions } from '@ngo-liaison/core/sample-data';
import type { EventPage, ForumEvent, GoverningBodySession, SessionPage } from '@ngo-liaison/core';
import { SeedError, startServer } from '../src/index.js';
import { tempDatabase } from '../src/testing/temp-database.js';
import { useTestServer } from './test-server.js';

const NOW = new Date('2026-11-27T10:00:00Z');
const SESSIONS = sampleSessions(NOW);
const server = useTestServer({ now: () => NOW });
const get = (path: string, init?: RequestInit) => fetch(`${server.url}${path}`, init);

async function problem(response: Response, status: number) {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  return (await response.json()) as { status: number; errors?: { path: string; message: string }[]; detail?: string };
}

describe('GET /v1/sessions', () => {
  it('pages through every session once, in order of the first day, with the total', async () => {
    const seen: GoverningBodySession[] = [];
    let cursor: string | null = null;
    do {
      const response = await get(`/v1/sessions?limit=4${cursor ? `&cursor=${cursor}` : ''}`);
      expect(response.status).toBe(200);
      const page = (await response.json()) as SessionPage;
      expect(page.total).toBe(SESSIONS.length);
      seen.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen.map((s) => s.id).sort()).toEqual(SESSIONS.map((s) => s.id).sort());
    const starts = seen.map((s) => s.dates?.start ?? '');
    expect(starts).toEqual([...starts].sort());
  });

  it('filters by body (repeat for OR)', async () => {
    const page = (await (await get('/v1/sessions?body=ngp-committee&limit=100')).json()) as SessionPage;
    expect(page.items.map((s) => s.id)).toEqual(['ngp-212', 'demo-ngp-previous', 'demo-ngp-next']);
    const both = (await (await get('/v1/sessions?body=ngp-committee&body=general-conference&limit=100')).json()) as SessionPage;
    expect(both.total).toBe(SESSIONS.filter((s) => s.body !== 'executive-board').length);
  });

  it('answers bad input with 400 problem+json naming the parameter', async () => {
    expect((await problem(await get('/v1/sessions?body=assembly'), 400)).errors).toEqual([
      { path: 'body', message: 'unknown value "assembly"; allowed: general-conference, executive-board, ngp-committee' },
    ]);
    expect((await problem(await get('/v1/sessions?kind=x'), 400)).errors?.[0]?.path).toBe('kind');
    expect((await problem(await get('/v1/sessions?cursor=bm9wZQ'), 400)).errors?.[0]?.path).toBe('cursor');
  });

  it('revalidates with its ETag: 304 for the same list, a new tag for another query', async () => {
    const first = await get('/v1/sessions?body=general-conference');
    const tag = first.headers.get('etag')!;
    expect(tag).toMatch(/^(W\/)?"/);
    expect((await get('/v1/sessions?body=general-conference', { headers: { 'if-none-match': tag } })).status).toBe(304);
    expect((await get('/v1/sessions?body=executive-board')).headers.get('etag')).not.toBe(tag);
  });
});

describe('GET /v1/sessions/{id}', () => {
  it('answers a real session with its sourced dates, agenda and sources', async () => {
    const response = await get('/v1/sessions/gc-36');
    expect(response.status).toBe(200);
    const session = (await response.json()) as GoverningBodySession;
    expect(session).toMatchObject({
      body: 'general-conference',
      number: 36,
      dates: { start: '2011-10-25', end: '2011-11-10' },
      agendaItems: [{ number: '9.2', documents: ['36 C/48'] }],
      provenance: { fictional: false },
    });
    expect(session.provenance.sourceUrls.length).toBeGreaterThan(0);
    const tag = response.headers.get('etag')!;
    expect((await get('/v1/sessions/gc-36', { headers: { 'if-none-match': tag } })).status).toBe(304);
  });

  it('answers 404 for an unknown session and 400 for a malformed id or an extra parameter', async () => {
    expect((await problem(await get('/v1/sessions/ex-999'), 404)).detail).toBe('No session with id "ex-999"');
    expect((await problem(await get('/v1/sessions/EX_212'), 400)).errors).toEqual([{ path: 'id', message: 'must be a lower-case slug such as "ex-212"', code: 'invalid-format' }]);
    expect((await problem(await get('/v1/sessions/ex-212?lang=fr'), 400)).errors?.[0]?.path).toBe('lang');
  });
});

describe('the events of a session', () => {
  it('GET /v1/events?session= lists the events held in it, as core filters them', async () => {
    const page = (await (await get('/v1/events?session=demo-ngp-next&limit=100')).json()) as EventPage;
    const expected = sampleEvents(NOW).filter((e) => e.sessionId === 'demo-ngp-next');
    expect(page.items.map((e) => e.id).sort()).toEqual(expected.map((e) => e.id).sort());
    expect(page.items.map((e) => e.id).sort()).toEqual(['demo-quiet-orbit-hearing', 'demo-saltmarsh-heritage-debate']);
    const hearing = page.items.find((e) => e.id === 'demo-quiet-orbit-hearing') as ForumEvent;
    expect(hearing).toMatchObject({ sessionId: 'demo-ngp-next', agendaItem: '1' });
    const real = (await (await get('/v1/events?session=gc-41&session=ngp-212')).json()) as EventPage;
    expect(real.items.map((e) => e.id)).toEqual(['ngp-212-ex-2021', 'gc-41-ngo-desk-2021']);
  });
});

describe('session seeding', () => {
  const noStatic = { widgetsDir: null, demoDir: null, port: 0, host: '127.0.0.1' } as const;

  it('moves the fictional sessions with the month, with their events', async () => {
    const db = await tempDatabase();
    try {
      let running = await startServer({ ...noStatic, ...db.location, now: () => NOW });
      const november = (await (await fetch(`${running.url}/v1/sessions/demo-ngp-next`)).json()) as GoverningBodySession;
      await running.close();
      running = await startServer({ ...noStatic, ...db.location, now: () => new Date('2026-12-02T08:00:00Z') });
      const december = (await (await fetch(`${running.url}/v1/sessions/demo-ngp-next`)).json()) as GoverningBodySession;
      expect(november.dates).toEqual({ start: '2026-12-05', end: '2026-12-06' });
      expect(december.dates).toEqual({ start: '2027-01-05', end: '2027-01-06' });
      await running.close();
    } finally {
      await db.cleanup();
    }
  });

  it('refuses an event outside its session, naming the event and the field, and leaves no database behind', async () => {
    const db = await tempDatabase();
    try {
      const ngp = REAL_EVENTS.find((e) => e.id === 'ngp-212-ex-2021')!;
      const moved = { ...ngp, when: { allDay: true, startDate: '2021-10-21', endDate: '2021-10-21', timeZone: 'Europe/Paris' } };
      const attempt = startServer({ ...noStatic, ...db.location, now: () => NOW, events: [moved] });
      await expect(attempt).rejects.toBeInstanceOf(SeedError);
      await expect(attempt).rejects.toMatchObject({
        problems: [
          {
            path: 'events[ngp-212-ex-2021].when',
            message: 'must fall within session "ngp-212" (2021-10-08 to 2021-10-08, Europe/Paris); the event runs 2021-10-21 to 2021-10-21',
          },
        ],
      });
      expect(await db.holdsNoData()).toBe(true);
    } finally {
      await db.cleanup();
    }
  });

  it('refuses an invalid session, naming the session and the field', async () => {
    const db = await tempDatabase();
    try {
      const [first] = SESSIONS;
      const attempt = startServer({
        ...noStatic,
        ...db.location,
        now: () => NOW,
        sessions: [{ ...first!, dates: { start: '2011-11-10', end: '2011-10-25' } }],
        events: [],
      });
      await expect(attempt).rejects.toMatchObject({
        problems: [{ path: 'sessions[gc-36].dates.end', message: 'must not be before dates.start (2011-11-10)' }],
      });
      expect(await db.holdsNoData()).toBe(true);
    } finally {
      await db.cleanup();
    }
  });
});
