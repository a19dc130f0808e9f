import { describe, expect, it } from 'vitest';
import { ANONYMOUS } from '../access/principal.js';
import { eventSessionIssues } from '../events/event-session.js';
import { addresseeKey } from '../inbox/addressee.js';
import { COMMITTEE, ED, ICOM_EDITOR, KENYA, NGO, NGO_EDITOR, SECRETARIAT, statusOf } from '../inbox/test-inbox.js';
import { testContext } from '../organization-writes/test-writes.js';
import { fictionalSessions } from '../sessions/fictional-sessions.js';
import type { Hearing } from './hearing.js';
import { decideAcceptHearing, decideDeclineHearing, decideReadHearing, decideRequestHearing, decideWithdrawHearing } from './hearing-decisions.js';
import { eventOfHearing, hearingEventId } from './hearing-event.js';

const NOW = new Date('2026-12-03T10:00:00Z');
const ngp = fictionalSessions(NOW).find((s) => s.id === 'demo-ngp-next')!;
const board = fictionalSessions(NOW).find((s) => s.body === 'executive-board')!;
const REQUEST = { session: ngp.id, agendaItem: '1', organization: NGO, statement: 'We ask to speak on open skies.', language: 'en' } as const;
const context = (session = ngp, organization: { fictional: boolean } | undefined = { fictional: true }) => ({ ...testContext(), now: NOW, session, organization });

function requested(): Hearing {
  const outcome = decideRequestHearing(NGO_EDITOR, REQUEST, context());
  if (outcome.kind !== 'request') throw new Error(JSON.stringify(outcome));
  return outcome.hearing;
}
const slotIn = (session = ngp) => ({ start: `${session.dates!.start}T09:00:00Z`, end: `${session.dates!.start}T09:20:00Z`, timeZone: 'Europe/Paris' });

describe('asking to be heard', () => {
  it('is the NGO editors’ request on an NGP agenda item, told to the Liaison Committee, never public', () => {
    const outcome = decideRequestHearing(NGO_EDITOR, REQUEST, context());
    if (outcome.kind !== 'request') throw new Error(JSON.stringify(outcome));
    expect(outcome.hearing).toMatchObject({ state: 'requested', organization: NGO, agendaItem: '1', requestedAt: NOW.toISOString() });
    expect(outcome.audit).toMatchObject({ action: 'hearing.request', role: `ngo-editor:${NGO}` });
    expect(outcome.deliveries.map((d) => [d.kind, addresseeKey(d.addressee), d.public])).toEqual([['hearing.requested', 'liaison-committee', false]]);
    expect(outcome.deliveries[0]!.title.en).toBe('Open skies for science (demo)');
  });

  it('is 401 anonymous, 403 for others, 400 naming an unknown item or session, 409 outside the NGP Committee', () => {
    expect(statusOf(decideRequestHearing(ANONYMOUS, REQUEST, context()))).toBe(401);
    for (const principal of [ICOM_EDITOR, SECRETARIAT, ED, KENYA, COMMITTEE]) expect(statusOf(decideRequestHearing(principal, REQUEST, context()))).toBe(403);
    const unknownItem = decideRequestHearing(NGO_EDITOR, { ...REQUEST, agendaItem: '9' }, context());
    expect(statusOf(unknownItem)).toBe(400);
    expect(JSON.stringify(unknownItem)).toContain('"path":"agendaItem"');
    expect(JSON.stringify(decideRequestHearing(NGO_EDITOR, REQUEST, { ...context(), session: undefined }))).toContain('"path":"session"');
    expect(statusOf(decideRequestHearing(NGO_EDITOR, { ...REQUEST, session: board.id }, context(board)))).toBe(409);
    expect(JSON.stringify(decideRequestHearing(NGO_EDITOR, { ...REQUEST, statement: 'x'.repeat(1501) }, context()))).toContain('"path":"statement"');
    expect(JSON.stringify(decideRequestHearing(NGO_EDITOR, REQUEST, { ...context(), organization: undefined }))).toContain('"path":"organization"');
    expect(statusOf(decideRequestHearing(NGO_EDITOR, REQUEST, context(ngp, { fictional: false })))).toBe(409);
    const after = { ...context(), now: new Date(`${ngp.dates!.end}T23:59:00Z`) };
    expect(statusOf(decideRequestHearing(NGO_EDITOR, REQUEST, { ...after, now: new Date(Date.parse(after.now.toISOString()) + 3_600_000) }))).toBe(409);
  });
});

describe('deciding', () => {
  it('accepts once with a slot, tells the NGO, and yields a confirmed calendar event on the agenda item', () => {
    const outcome = decideAcceptHearing(SECRETARIAT, 'id-1', requested(), { slot: slotIn() }, ngp, { ...testContext(), now: NOW });
    if (outcome.kind !== 'accept') throw new Error(JSON.stringify(outcome));
    expect(outcome.hearing).toMatchObject({ state: 'accepted', slot: slotIn(), eventId: 'hearing-id-1' });
    expect(outcome.deliveries.map((d) => [d.kind, addresseeKey(d.addressee)])).toEqual([['hearing.accepted', `organization:${NGO}`]]);
    const event = eventOfHearing(outcome.hearing, { session: ngp, organizationName: { en: 'Lanternfish Literacy Network (demo)' }, fictional: true, sourceUrl: 'http://localhost/v1/sessions/demo-ngp-next/hearings', now: NOW })!;
    expect(event).toMatchObject({ id: hearingEventId(outcome.hearing.id), kind: 'ngo-hearing', status: 'confirmed', sessionId: ngp.id, agendaItem: '1', sequence: 0 });
    expect(event.title.fr).toContain('Lanternfish Literacy Network (demo)');
    expect(eventSessionIssues(event, (p) => p, new Map([[ngp.id, ngp]]))).toEqual([]);
    expect(statusOf(decideAcceptHearing(SECRETARIAT, 'id-1', outcome.hearing, { slot: slotIn() }, ngp, testContext()))).toBe(409);
  });

  it('refuses a slot that ends before it starts, and anyone but the Secretariat (404 to those who cannot read it)', () => {
    const hearing = requested();
    const backwards = { ...slotIn(), end: `${ngp.dates!.start}T08:00:00Z` };
    expect(JSON.stringify(decideAcceptHearing(SECRETARIAT, 'id-1', hearing, { slot: backwards }, ngp, testContext()))).toContain('"path":"slot.end"');
    const dayAfter = { start: `${ngp.dates!.end}T23:30:00Z`, end: `${ngp.dates!.end}T23:50:00Z`, timeZone: 'Europe/Paris' };
    expect(JSON.stringify(decideAcceptHearing(SECRETARIAT, 'id-1', hearing, { slot: dayAfter }, ngp, testContext()))).toContain('"path":"slot.start"');
    expect(statusOf(decideAcceptHearing(NGO_EDITOR, 'id-1', hearing, { slot: slotIn() }, ngp, testContext()))).toBe(403);
    expect(statusOf(decideAcceptHearing(ICOM_EDITOR, 'id-1', hearing, { slot: slotIn() }, ngp, testContext()))).toBe(404);
    expect(statusOf(decideReadHearing(KENYA, 'id-1', hearing))).toBe(404);
    expect(decideReadHearing(NGO_EDITOR, 'id-1', hearing)).toEqual(hearing);
  });

  it('declines with a reason the NGO reads in its inbox', () => {
    const outcome = decideDeclineHearing(SECRETARIAT, 'id-1', requested(), { reason: 'The item is closed.' }, ngp, testContext());
    if (outcome.kind !== 'decline') throw new Error(JSON.stringify(outcome));
    expect(outcome.hearing.state).toBe('declined');
    expect(outcome.deliveries[0]).toMatchObject({ kind: 'hearing.declined', summary: { en: 'The item is closed.' } });
    expect(JSON.stringify(decideDeclineHearing(SECRETARIAT, 'id-1', requested(), {}, ngp, testContext()))).toContain('"path":"reason"');
  });
});

describe('withdrawing', () => {
  it('cancels an accepted hearing’s event before the slot, and is refused once it has begun', () => {
    const accepted = { ...requested(), state: 'accepted' as const, slot: slotIn() };
    const outcome = decideWithdrawHearing(NGO_EDITOR, 'id-1', accepted, { ...testContext(), now: NOW });
    if (outcome.kind !== 'withdraw') throw new Error(JSON.stringify(outcome));
    const base = { session: ngp, organizationName: { en: 'Lanternfish' }, fictional: true, sourceUrl: 'http://localhost/x', now: NOW };
    const before = eventOfHearing(accepted, base)!;
    const after = eventOfHearing(outcome.hearing, { ...base, previous: before, now: new Date('2026-12-04T10:00:00Z') })!;
    expect(after).toMatchObject({ id: before.id, status: 'cancelled', sequence: 1 });
    const late = { ...testContext(), now: new Date(Date.parse(slotIn().start) + 60_000) };
    expect(statusOf(decideWithdrawHearing(NGO_EDITOR, 'id-1', accepted, late))).toBe(409);
    expect(statusOf(decideWithdrawHearing(SECRETARIAT, 'id-1', accepted, testContext()))).toBe(403);
  });
});
