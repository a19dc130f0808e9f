import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ConsultationInput } from '@ngo-liaison/core';
import { ConflictError, ForbiddenError, NotFoundError, createClient } from '../src/index.js';
import { createHandlers } from '../src/msw/index.js';
import { NGO, WORKFLOW_PEOPLE, type WorkflowPerson } from './workflow-fixtures.js';

/* client.consultations against the msw handlers, which decide with core's consultation rules. */
const BASE = 'https://api.liaison.example.org/v1';
const NOW = new Date('2026-06-15T12:00:00Z');
let server: ReturnType<typeof setupServer>;

beforeAll(() => {
  server = setupServer();
  server.listen({ onUnhandledRequest: 'error' });
});
beforeEach(() => server.resetHandlers(...createHandlers({ baseUrl: BASE, people: WORKFLOW_PEOPLE, now: NOW })));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const as = (person?: WorkflowPerson) => createClient({ baseUrl: BASE, retries: 0, ...(person ? { token: `tok-${person}` } : {}) });
const failure = (promise: PromiseLike<unknown>) => Promise.resolve(promise).then(() => undefined, (error: unknown) => error);
const input = (over: Partial<ConsultationInput> = {}): ConsultationInput => ({
  title: { en: 'Literacy' },
  owner: { kind: 'sector', sector: 'ED' },
  audience: { kind: 'organizations', organizations: [NGO] },
  questions: [{ key: 'pick', kind: 'single-choice', prompt: { en: 'Pick' }, options: [{ key: 'a', label: { en: 'A' } }, { key: 'b', label: { en: 'B' } }] }],
  opensAt: '2026-06-01T00:00:00Z',
  closesAt: '2026-07-01T00:00:00Z',
  ...over,
});

describe('client.consultations', () => {
  it('lists the fictional sample for everyone', async () => {
    const { items } = await as().consultations.list();
    expect(items.map((c) => [c.id, c.fictional])).toEqual([['cons-demo-literacy-priorities', true]]);
  });

  it('opens, answers once (a second answer updates), hides from outsiders, refuses after closing', async () => {
    const created = await as('sectorED').consultations.create(input());
    expect(await failure(as('otherEditor').consultations.get(created.id))).toBeInstanceOf(NotFoundError);
    expect(await failure(as('sectorCLT').consultations.create(input()))).toBeInstanceOf(ForbiddenError);
    await as('editor').consultations.respond(created.id, { answers: { pick: 'a' } });
    await as('editor').consultations.respond(created.id, { answers: { pick: 'b' } });
    expect((await as('editor').consultations.myResponse(created.id)).answers).toEqual({ pick: 'b' });
    const results = await as('sectorED').consultations.results(created.id);
    expect(results.responses).toBe(1);
    expect(results.questions[0]).toMatchObject({ counts: [{ option: 'a', count: 0 }, { option: 'b', count: 1 }] });
    const closed = await as('sectorED').consultations.create(input({ opensAt: '2026-01-01T00:00:00Z', closesAt: '2026-02-01T00:00:00Z' }));
    expect(await failure(as('editor').consultations.respond(closed.id, { answers: { pick: 'a' } }))).toBeInstanceOf(ConflictError);
    expect((await as('sectorED').consultations.publish(closed.id)).resultsPublishedAt).toBe(NOW.toISOString());
    expect((await as('editor').consultations.results(closed.id)).responses).toBe(0);
    expect(await failure(as().consultations.results(closed.id))).toBeInstanceOf(NotFoundError);
    expect(as().consultations.freeTextCsvUrl(closed.id, 'fr')).toBe(`${BASE}/consultations/${closed.id}/free-text.csv?lang=fr`);
  });
});
