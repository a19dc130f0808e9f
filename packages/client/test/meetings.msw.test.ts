import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { MeetingRequestInput } from '@ngo-liaison/core';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError, createClient } from '../src/index.js';
import { createHandlers } from '../src/msw/index.js';
import { NGO, WORKFLOW_PEOPLE, type WorkflowPerson } from './workflow-fixtures.js';

/* client.meetings against the msw handlers, which decide with core's meeting rules as the server does. */
const BASE = 'https://api.liaison.example.org/v1';
const NOW = new Date('2026-10-01T09:00:00Z');
const SLOTS = [
  { start: '2026-11-10T09:00:00Z', end: '2026-11-10T10:00:00Z', zone: 'Europe/Paris' },
  { start: '2026-11-12T13:00:00Z', end: '2026-11-12T14:00:00Z', zone: 'Europe/Paris' },
];
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
const personId = async (person: WorkflowPerson) => (await as(person).session.get())!.person.id;
const inboxKinds = async (person: WorkflowPerson, id: string) => (await as(person).inbox.list({ limit: 100 })).items.filter((item) => item.subject.id === id).map((item) => item.kind);

describe('client.meetings (msw)', () => {
  it('the NGO asks Senegal’s National Commission, which confirms a proposed slot; public by mutual consent; in the private feed until revoked', async () => {
    const request: MeetingRequestInput = { as: 'ngo', organization: NGO, country: 'SN', counterpart: await personId('senegalCommission'), subject: 'Reading circles', language: 'en', slots: SLOTS };
    expect(await failure(as('otherEditor').meetings.request(request))).toBeInstanceOf(ForbiddenError);
    const delegation = await failure(as('editor').meetings.request({ ...request, counterpart: await personId('senegal') }));
    expect(delegation).toBeInstanceOf(ValidationError);
    expect(JSON.stringify((delegation as ValidationError).problem)).toContain('"counterpart"');
    const meeting = await as('editor').meetings.request(request);
    expect(meeting).toMatchObject({ status: 'proposed', awaiting: 'national-commission' });
    expect(await inboxKinds('senegalCommission', meeting.id)).toEqual(['meeting.proposed']);
    expect(await failure(as('kenya').meetings.get(meeting.id))).toBeInstanceOf(NotFoundError);

    expect(await failure(as('editor').meetings.confirm(meeting.id, SLOTS[0]!.start))).toBeInstanceOf(ForbiddenError);
    expect(await failure(as('senegalCommission').meetings.confirm(meeting.id, '2026-11-11T09:00:00Z'))).toBeInstanceOf(ValidationError);
    const confirmed = await as('senegalCommission').meetings.confirm(meeting.id, SLOTS[0]!.start);
    expect(confirmed).toMatchObject({ status: 'confirmed', confirmedSlot: SLOTS[0] });
    expect(await inboxKinds('editor', meeting.id)).toEqual(['meeting.confirmed']);
    expect(await failure(as('senegalCommission').meetings.confirm(meeting.id, SLOTS[0]!.start))).toBeInstanceOf(ConflictError);

    await as('editor').meetings.setPublic(meeting.id, true);
    const both = await as('senegalCommission').meetings.setPublic(meeting.id, true);
    expect(await as().events.get(both.eventId!)).toMatchObject({ kind: 'natcom-meeting', status: 'confirmed' });
    await as('editor').meetings.setPublic(meeting.id, false);
    expect(await as().events.get(both.eventId!)).toMatchObject({ status: 'cancelled' });

    const feed = await as('editor').meetings.createCalendarFeed();
    expect(await as('editor').meetings.calendarFeed()).toEqual({ active: true, createdAt: NOW.toISOString() });
    const ics = await (await fetch(feed.url)).text();
    expect(ics).toContain(`UID:meeting-${meeting.id}@`);
    await as('editor').meetings.revokeCalendarFeed();
    expect((await fetch(feed.url)).status).toBe(404);

    // Called off by either party: once, and only when confirmed.
    expect((await as('senegalCommission').meetings.callOff(meeting.id, 'Travel cancelled')).status).toBe('called-off');
    expect(await failure(as('editor').meetings.callOff(meeting.id))).toBeInstanceOf(ConflictError);
  });

  it('a decline reaches the other party with its reason', async () => {
    const request: MeetingRequestInput = { as: 'national-commission', organization: NGO, country: 'SN', counterpart: await personId('editor'), subject: 'Réunion', language: 'fr', slots: SLOTS };
    const meeting = await as('senegalCommission').meetings.request(request);
    expect(await failure(as('editor').meetings.decline(meeting.id, ' '))).toBeInstanceOf(ValidationError);
    expect((await as('editor').meetings.decline(meeting.id, 'Pas ce mois-ci')).status).toBe('declined');
    const items = (await as('senegal').inbox.list({ limit: 100 })).items.filter((item) => item.subject.id === meeting.id);
    expect(items.map((item) => [item.kind, item.summary])).toEqual([['meeting.declined', { fr: 'Pas ce mois-ci' }]]);
    expect((await as('editor').meetings.list()).map((m) => m.id)).toEqual([meeting.id]);
  });

  it('lists whom each side may ask, and counter-proposes in turn', async () => {
    const commissions = await as('editor').meetings.counterparts();
    expect(commissions.map((c) => [c.personId, c.side, c.scope])).toEqual([[await personId('senegalCommission'), 'national-commission', 'SN']]);
    expect(commissions[0]!.scopeName.en).toBe('Senegal');
    const editors = await as('senegalCommission').meetings.counterparts({ organization: NGO });
    expect(editors.map((c) => [c.personId, c.scope])).toEqual([[await personId('editor'), NGO]]);
    expect(await failure(as('senegal').meetings.counterparts())).toBeInstanceOf(ForbiddenError);
    expect(await failure(as('editor').meetings.counterparts({ side: 'ngo' }))).toBeInstanceOf(ForbiddenError);

    const meeting = await as('editor').meetings.request({ as: 'ngo', organization: NGO, country: 'SN', counterpart: commissions[0]!.personId, subject: 'Dates', language: 'en', slots: SLOTS });
    expect(await failure(as('editor').meetings.counterPropose(meeting.id, [SLOTS[1]!]))).toBeInstanceOf(ForbiddenError);
    const countered = await as('senegalCommission').meetings.counterPropose(meeting.id, [SLOTS[1]!]);
    expect(countered).toMatchObject({ awaiting: 'ngo', slots: [SLOTS[1]] });
    expect(await inboxKinds('editor', meeting.id)).toEqual(['meeting.counter-proposed']);
    await as('editor').meetings.confirm(meeting.id, SLOTS[1]!.start);
    await as('editor').meetings.callOff(meeting.id, 'Ill');
    expect(await inboxKinds('senegalCommission', meeting.id)).toContain('meeting.called-off');
  });
});
