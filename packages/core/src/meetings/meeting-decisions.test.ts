import { describe, expect, it } from 'vitest';
import type { Principal } from '../access/principal.js';
import type { RoleGrant } from '../access/roles.js';
import { parseForumEvent } from '../events/event-rules.js';
import { isRefusal, type Refusal } from '../organization-writes/write-context.js';
import { makeSession } from '../sessions/test-sessions.js';
import type { Meeting } from './meeting.js';
import { decideCallOffMeeting, decideConfirmMeeting, decideCounterProposeMeeting, decideDeclineMeeting, decideMeetingPublic, decideReadMeeting, decideRequestMeeting, type MeetingOutcome } from './meeting-decisions.js';
import { eventOfMeeting } from './meeting-event.js';

const now = new Date('2026-10-01T09:00:00Z');
let serial = 0;
const context = { now, newId: () => `id-${++serial}` };
const person = (personId: string, roles: RoleGrant[]): Principal => ({ kind: 'person', personId, displayName: personId, roles, credential: { kind: 'token', id: `t-${personId}` } });
const ana = person('ana', [{ role: 'ngo-editor', organization: 'demo-ngo' }]);
const luc = person('luc', [{ role: 'member-state', country: 'FR', via: 'national-commission' }]);
const del = person('del', [{ role: 'member-state', country: 'FR', via: 'delegation' }]);
const record = (p: Principal) => (p.kind === 'person' ? { personId: p.personId, roles: p.roles, disabled: false } : undefined);
const slots = [
  { start: '2026-11-10T09:00:00Z', end: '2026-11-10T10:00:00Z', zone: 'Europe/Paris' },
  { start: '2026-11-12T13:00:00Z', end: '2026-11-12T14:00:00Z', zone: 'Europe/Paris' },
];
const body = (over: Record<string, unknown> = {}) => ({ as: 'ngo', organization: 'demo-ngo', country: 'FR', counterpart: 'luc', subject: 'Reading clubs', language: 'en', slots, ...over });
const gc = makeSession('demo-gc', { body: 'general-conference', dates: { start: '2026-11-03', end: '2026-11-18' } });

function ok(outcome: MeetingOutcome | Refusal): MeetingOutcome {
  if (isRefusal(outcome)) throw new Error(`refused: ${outcome.problem.status} ${outcome.problem.detail}`);
  return outcome;
}
const status = (outcome: MeetingOutcome | Refusal | Meeting) => ('kind' in outcome && isRefusal(outcome) ? outcome.problem.status : 200);
const paths = (outcome: MeetingOutcome | Refusal) => (isRefusal(outcome) ? (outcome.problem.errors ?? []).map((e) => e.path) : []);

function requested(): Meeting {
  return ok(decideRequestMeeting(ana, body({ session: 'demo-gc' }), { ...context, counterpart: record(luc), organizationExists: true, session: gc })).meeting;
}

describe('meeting decisions', () => {
  it('an NGO editor asks a National Commission member; the Commission’s inbox hears of it', () => {
    const outcome = ok(decideRequestMeeting(ana, body(), { ...context, counterpart: record(luc), organizationExists: true, session: undefined }));
    expect(outcome.meeting).toMatchObject({ status: 'proposed', awaiting: 'national-commission', requester: { personId: 'ana', scope: 'demo-ngo' }, counterpart: { personId: 'luc', scope: 'FR' } });
    expect(outcome.deliveries.map((d) => [d.kind, d.addressee])).toEqual([['meeting.proposed', { kind: 'member-state', country: 'FR' }]]);
    expect(outcome.audit).toMatchObject({ action: 'meeting.request', role: 'ngo-editor:demo-ngo' });
  });

  it('refuses requests: 401, 403 for a side the caller does not act for, 400 naming counterpart, organisation, session or slot', () => {
    const ctx = { ...context, counterpart: record(luc), organizationExists: true, session: undefined };
    expect(status(decideRequestMeeting({ kind: 'anonymous' }, body(), ctx))).toBe(401);
    expect(status(decideRequestMeeting(del, body({ as: 'national-commission', counterpart: 'ana' }), { ...ctx, counterpart: record(ana) }))).toBe(403);
    expect(paths(decideRequestMeeting(ana, body({ counterpart: 'del' }), { ...ctx, counterpart: record(del) }))).toEqual(['counterpart']);
    expect(paths(decideRequestMeeting(ana, body(), { ...ctx, organizationExists: false }))).toEqual(['organization']);
    const ngp = makeSession('demo-ngp', { body: 'ngp-committee' });
    expect(paths(decideRequestMeeting(ana, body({ session: 'demo-ngp' }), { ...ctx, session: ngp }))).toEqual(['session']);
    expect(paths(decideRequestMeeting(ana, body({ slots: [{ ...slots[0]!, end: slots[0]!.start }] }), ctx))).toEqual(['slots.0.end']);
  });

  it('only the party asked answers, on a proposed slot, once', () => {
    const meeting = requested();
    expect(status(decideConfirmMeeting(del, meeting.id, meeting, { start: slots[0]!.start }, context))).toBe(404);
    expect(status(decideConfirmMeeting(ana, meeting.id, meeting, { start: slots[0]!.start }, context))).toBe(403);
    expect(paths(decideConfirmMeeting(luc, meeting.id, meeting, { start: '2026-11-11T09:00:00Z' }, context))).toEqual(['start']);
    const confirmed = ok(decideConfirmMeeting(luc, meeting.id, meeting, { start: '2026-11-12T13:00:00.000Z' }, context));
    expect(confirmed.meeting.confirmedSlot).toEqual(slots[1]);
    expect(confirmed.deliveries.map((d) => [d.kind, d.addressee])).toEqual([['meeting.confirmed', { kind: 'organization', organization: 'demo-ngo' }]]);
    expect(status(decideConfirmMeeting(luc, meeting.id, confirmed.meeting, { start: slots[1]!.start }, context))).toBe(409);
    expect(status(decideDeclineMeeting(luc, meeting.id, confirmed.meeting, { reason: 'No' }, context))).toBe(409);
  });

  it('a party that lost its role may no longer act (403); strangers never read it (404)', () => {
    const meeting = requested();
    const former = person('luc', [{ role: 'member-state', country: 'FR', via: 'delegation' }]);
    expect(status(decideDeclineMeeting(former, meeting.id, meeting, { reason: 'No' }, context))).toBe(403);
    expect(status(decideReadMeeting(del, meeting.id, meeting))).toBe(404);
    expect(status(decideReadMeeting(luc, meeting.id, meeting))).toBe(200);
  });

  it('public only when both agree; the event is a natcom-meeting of the session that the event rules accept', () => {
    const confirmed = ok(decideConfirmMeeting(luc, 'm', requested(), { start: slots[0]!.start }, context)).meeting;
    const one = ok(decideMeetingPublic(ana, confirmed.id, confirmed, { public: true }, context));
    expect(one.publicChanged).toBe(false);
    const both = ok(decideMeetingPublic(luc, confirmed.id, one.meeting, { public: true }, context));
    expect(both.publicChanged).toBe(true);
    const event = eventOfMeeting(both.meeting, { organizationName: { en: 'Demo NGO' }, countryName: { en: 'France', fr: 'France' }, fictional: true, sourceUrl: 'https://liaison.example/v1/events/x', now })!;
    expect(parseForumEvent(event)).toMatchObject({ kind: 'natcom-meeting', status: 'confirmed', sessionId: 'demo-gc', organizers: [{ role: 'host-ngo' }, { role: 'national-commission', country: 'FR' }] });
    const withdrawn = ok(decideMeetingPublic(ana, confirmed.id, both.meeting, { public: false }, context));
    expect(withdrawn.publicChanged).toBe(true);
    expect(eventOfMeeting(withdrawn.meeting, { organizationName: { en: 'Demo NGO' }, countryName: { en: 'France' }, fictional: true, sourceUrl: 'https://liaison.example/v1/events/x', now })!.status).toBe('cancelled');
  });

  it('either party calls off a confirmed meeting once; a public one leaves the calendar', () => {
    const proposed = requested();
    expect(status(decideCallOffMeeting(ana, proposed.id, proposed, {}, context))).toBe(409);
    const confirmed = ok(decideConfirmMeeting(luc, proposed.id, proposed, { start: slots[0]!.start }, context)).meeting;
    const mine = ok(decideMeetingPublic(ana, confirmed.id, confirmed, { public: true }, context)).meeting;
    const both = ok(decideMeetingPublic(luc, confirmed.id, mine, { public: true }, context)).meeting;
    expect(status(decideCallOffMeeting(del, both.id, both, {}, context))).toBe(404);
    const calledOff = ok(decideCallOffMeeting(ana, both.id, both, { reason: 'Ill' }, context));
    expect(calledOff).toMatchObject({ kind: 'call-off', publicChanged: true, meeting: { status: 'called-off', declineReason: 'Ill' }, audit: { action: 'meeting.call-off' } });
    expect(status(decideCallOffMeeting(luc, both.id, calledOff.meeting, {}, context))).toBe(409);
    expect(calledOff.deliveries.map((d) => [d.kind, d.addressee])).toEqual([['meeting.called-off', { kind: 'member-state', country: 'FR' }]]);
  });

  it('the party asked proposes other slots; then it is the other party’s turn', () => {
    const proposed = requested();
    const other = [{ start: '2026-11-14T09:00:00Z', end: '2026-11-14T10:00:00Z', zone: 'Europe/Paris' }];
    expect(status(decideCounterProposeMeeting(ana, proposed.id, proposed, { slots: other }, context))).toBe(403);
    expect(status(decideCounterProposeMeeting(del, proposed.id, proposed, { slots: other }, context))).toBe(404);
    expect(paths(decideCounterProposeMeeting(luc, proposed.id, proposed, { slots: [{ ...other[0], start: '2026-09-01T09:00:00Z', end: '2026-09-01T10:00:00Z' }] }, context))).toEqual(['slots.0.start']);
    expect(paths(decideCounterProposeMeeting(luc, proposed.id, proposed, { slots: [] }, context))).toEqual(['slots']);
    const countered = ok(decideCounterProposeMeeting(luc, proposed.id, proposed, { slots: other }, context));
    expect(countered.meeting).toMatchObject({ status: 'proposed', awaiting: 'ngo', slots: other, sequence: 1 });
    expect(countered.deliveries.map((d) => [d.kind, d.addressee])).toEqual([['meeting.counter-proposed', { kind: 'organization', organization: 'demo-ngo' }]]);
    expect(countered.audit).toMatchObject({ action: 'meeting.counter-propose', role: 'member-state:FR:national-commission' });
    expect(status(decideCounterProposeMeeting(luc, proposed.id, countered.meeting, { slots: other }, context))).toBe(403);
    const confirmed = ok(decideConfirmMeeting(ana, proposed.id, countered.meeting, { start: other[0]!.start }, context)).meeting;
    expect(status(decideCounterProposeMeeting(luc, proposed.id, confirmed, { slots: other }, context))).toBe(409);
  });
});
