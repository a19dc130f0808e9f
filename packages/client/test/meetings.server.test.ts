import { beforeAll, describe, expect, it } from 'vitest';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError, createClient } from '../src/index.js';
import { useRealServer } from './real-server.js';
import { signUpPeople } from './server-people.js';
import { NGO } from './workflow-fixtures.js';

/*
 * client.meetings against the real server (SQLite, or PostgreSQL in that project): an NGO's
 * editor asks the National Commission of France to meet, the Commission confirms a proposed
 * slot, both agree to make it public (it joins the forum calendar), and the NGO's private
 * calendar feed lists it until revoked.
 */
const server = useRealServer();
const failure = (promise: PromiseLike<unknown>) => Promise.resolve(promise).then(() => undefined, (error: unknown) => error);
let people: Awaited<ReturnType<typeof signUpPeople<'editor' | 'commission' | 'stranger'>>>;

/** A whole hour `days` from now, as the API writes instants. */
const hourIn = (days: number, hours = 0) => new Date(Math.floor(Date.now() / 3_600_000) * 3_600_000 + days * 86_400_000 + hours * 3_600_000).toISOString().replace('.000Z', 'Z');
const slots = [
  { start: hourIn(30), end: hourIn(30, 1), zone: 'Europe/Paris' },
  { start: hourIn(32), end: hourIn(32, 1), zone: 'Europe/Paris' },
];

beforeAll(async () => {
  people = await signUpPeople(`${server.url}/v1`, server.localInvitation!.link, {
    editor: [{ role: 'ngo-editor', organization: NGO }],
    commission: [{ role: 'member-state', country: 'FR', via: 'national-commission' }],
    stranger: [{ role: 'member-state', country: 'FR', via: 'delegation' }],
  });
});

describe('meetings against the real server', () => {
  it('asked by the NGO, confirmed by the National Commission, public by mutual consent, in the private feed until revoked', async () => {
    const { editor, commission, stranger } = people;
    const commissionId = (await commission.client.session.get())!.person.id;
    const request = { as: 'ngo', organization: NGO, country: 'FR', counterpart: commissionId, subject: 'Literacy clubs', language: 'en', slots } as const;
    expect(await failure(editor.client.meetings.request({ ...request, subject: '' }))).toBeInstanceOf(ValidationError);
    expect(await failure(stranger.client.meetings.request({ ...request, as: 'national-commission' }))).toBeInstanceOf(ForbiddenError);
    const meeting = await editor.client.meetings.request(request);
    expect(meeting).toMatchObject({ status: 'proposed', awaiting: 'national-commission' });
    expect(await failure(stranger.client.meetings.get(meeting.id))).toBeInstanceOf(NotFoundError);
    expect((await commission.client.meetings.list()).map((m) => m.id)).toEqual([meeting.id]);

    expect(await failure(editor.client.meetings.confirm(meeting.id, slots[1]!.start))).toBeInstanceOf(ForbiddenError);
    const notProposed = await failure(commission.client.meetings.confirm(meeting.id, hourIn(31)));
    expect(notProposed).toBeInstanceOf(ValidationError);
    expect(JSON.stringify((notProposed as ValidationError).problem)).toContain('"start"');
    const confirmed = await commission.client.meetings.confirm(meeting.id, slots[1]!.start);
    expect(confirmed).toMatchObject({ status: 'confirmed', confirmedSlot: slots[1] });
    expect(await failure(commission.client.meetings.decline(meeting.id, 'Too late'))).toBeInstanceOf(ConflictError);

    await editor.client.meetings.setPublic(meeting.id, true);
    const both = await commission.client.meetings.setPublic(meeting.id, true);
    const anonymous = createClient({ baseUrl: `${server.url}/v1`, retries: 0 });
    expect(await anonymous.events.get(both.eventId!)).toMatchObject({ kind: 'natcom-meeting', status: 'confirmed' });

    expect(await editor.client.meetings.calendarFeed()).toEqual({ active: false });
    const feed = await editor.client.meetings.createCalendarFeed();
    expect((await editor.client.meetings.calendarFeed()).active).toBe(true);
    // ical.js reads the same feed in the API's tests; here, that it holds this one meeting.
    const ics = await (await fetch(feed.url)).text();
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(ics).toContain(`UID:meeting-${meeting.id}@`);
    expect(ics).toContain('SUMMARY:Literacy clubs');
    await editor.client.meetings.revokeCalendarFeed();
    expect((await fetch(feed.url)).status).toBe(404);
    expect(await editor.client.meetings.calendarFeed()).toEqual({ active: false });

    const calledOff = await editor.client.meetings.callOff(meeting.id, 'Our director is ill');
    expect(calledOff).toMatchObject({ status: 'called-off', declineReason: 'Our director is ill' });
    expect(await anonymous.events.get(both.eventId!)).toMatchObject({ status: 'cancelled' });
    expect(await failure(commission.client.meetings.callOff(meeting.id))).toBeInstanceOf(ConflictError);
  });

  it('finds the counterpart in the list of whom one may ask, and answers a request with other slots', async () => {
    const { editor, commission, stranger } = people;
    const found = await editor.client.meetings.counterparts({ country: 'FR' });
    const commissionId = (await commission.client.session.get())!.person.id;
    expect(found.map((c) => c.personId)).toContain(commissionId);
    expect(found.every((c) => c.side === 'national-commission' && c.scope === 'FR' && !('email' in c))).toBe(true);
    expect(await failure(stranger.client.meetings.counterparts())).toBeInstanceOf(ForbiddenError);
    const meeting = await editor.client.meetings.request({ as: 'ngo', organization: NGO, country: 'FR', counterpart: commissionId, subject: 'Other dates', language: 'en', slots });
    const countered = await commission.client.meetings.counterPropose(meeting.id, [slots[0]!]);
    expect(countered).toMatchObject({ status: 'proposed', awaiting: 'ngo', slots: [slots[0]] });
    expect(await failure(commission.client.meetings.counterPropose(meeting.id, [slots[1]!]))).toBeInstanceOf(ForbiddenError);
    expect((await editor.client.meetings.confirm(meeting.id, slots[0]!.start)).status).toBe('confirmed');
  });
});
