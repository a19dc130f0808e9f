import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleSessions } from '@ngo-liaison/core/sample-data';
import { HttpError, ResponseValidationError, createClient, createSessionsClient } from '../src/index.js';
import { createHandlers } from '../src/msw/index.js';
import { http, HttpResponse } from 'msw';

const BASE = 'https://api.liaison.example.org/v1';
const NOW = new Date('2026-11-27T10:00:00Z');
const server = setupServer(...createHandlers({ baseUrl: BASE, now: NOW }));
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

const liaison = createClient({ baseUrl: BASE, retries: 0 });
const failure = (promise: PromiseLike<unknown>) => Promise.resolve(promise).then(() => expect.unreachable(), (e: unknown) => e as HttpError);

describe('sessions (msw)', () => {
  it('lists every session page by page, and filters by body', async () => {
    expect((await liaison.sessions.list({ limit: 2 }).toArray()).map((s) => s.id).sort()).toEqual(sampleSessions(NOW).map((s) => s.id).sort());
    const gc = await liaison.sessions.list({ body: 'general-conference' });
    expect(gc.items.map((s) => s.id)).toEqual(['gc-36', 'gc-38', 'gc-39', 'gc-41', 'demo-gc']);
  });

  it('gets one session, and the events held in it', async () => {
    expect(await liaison.sessions.get('ex-189')).toMatchObject({ number: 189, agendaItems: [{ number: '18', documents: ['189 EX/18 Part I', '189 EX/NGP/2'] }] });
    const events = await liaison.sessions.events('demo-ngp-next').toArray();
    expect(events.map((e) => [e.id, e.agendaItem])).toEqual([
      ['demo-quiet-orbit-hearing', '1'],
      ['demo-saltmarsh-heritage-debate', '2'],
    ]);
  });

  it('fails with typed errors: 404 and 400 naming the field', async () => {
    expect((await failure(liaison.sessions.get('ex-999'))).status).toBe(404);
    const bad = await failure(liaison.sessions.list({ body: 'assembly' as never }));
    expect(bad.problem?.errors).toEqual([{ path: 'body', message: 'unknown value "assembly"; allowed: general-conference, executive-board, ngp-committee' }]);
  });

  it('validates responses: a session whose agenda item has a malformed number is refused, naming the field', async () => {
    server.use(http.get(`${BASE}/sessions/gc-36`, () => HttpResponse.json({ ...sampleSessions(NOW)[0], agendaItems: [{ number: '9.2/', title: { en: 'x' }, documents: [] }] })));
    const error = await createSessionsClient({ baseUrl: BASE, retries: 0 }).sessions.get('gc-36').then(() => expect.unreachable(), (e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(String((error as Error).message)).toContain('agendaItems[0].number');
    server.resetHandlers();
  });
});
