import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors/validation-error.js';
import { boardAndNgp, makeSession } from '../sessions/test-sessions.js';
import { parseForumEvent } from './event-rules.js';
import type { ForumEvent } from './forum-event.js';
import { makeEvent } from './test-events.js';
import { validateEvents } from './validate-events.js';

const sessions = [...boardAndNgp(), makeSession('demo-gc', { body: 'general-conference', dates: { start: '2026-11-03', end: '2026-11-18' } })];

/** Problems with the event checked against the sessions above. */
const problems = (event: ForumEvent) => validateEvents([event], { sessions }).problems;

/** Problems found by the event's own rules (parseForumEvent, no references). */
function ownIssues(event: ForumEvent) {
  try {
    parseForumEvent(event);
    return [];
  } catch (error) {
    if (error instanceof ValidationError) return error.issues;
    throw error;
  }
}

const hearing = (overrides: Partial<ForumEvent> = {}) =>
  makeEvent('demo-h', {
    kind: 'ngo-hearing',
    sessionId: 'demo-ngp',
    agendaItem: '1',
    when: { allDay: false, start: '2026-10-08T08:00:00Z', end: '2026-10-08T10:00:00Z', timeZone: 'Europe/Paris' },
    ...overrides,
  });

describe('events in sessions: the event on its own', () => {
  it('accepts a hearing on an item of an NGP session', () => {
    expect(ownIssues(hearing())).toEqual([]);
    expect(problems(hearing())).toEqual([]);
  });

  it('requires a session for hearings, NGP meetings and the General Conference NGO space', () => {
    for (const kind of ['ngo-hearing', 'ngp-session', 'gc-ngo-space'] as const) {
      expect(ownIssues(makeEvent('demo-x', { kind })).filter((i) => i.path === 'sessionId'), kind).toEqual([
        { path: 'sessionId', message: expect.stringMatching(new RegExp(`^a ${kind} event is part of .*: name it$`)) },
      ]);
    }
  });

  it('requires the agenda item of a hearing', () => {
    const { agendaItem: _, ...withoutItem } = hearing();
    expect(ownIssues(withoutItem)).toEqual([{ path: 'agendaItem', message: "a ngo-hearing event is held on an item of the session's agenda: name it" }]);
  });

  it('refuses an agenda item without a session', () => {
    expect(ownIssues(makeEvent('demo-x', { kind: 'thematic-debate', agendaItem: '2' }))).toEqual([
      { path: 'agendaItem', message: 'an agenda item belongs to a session: set sessionId too' },
    ]);
  });

  it('refuses a session on events no governing body convenes (ICNGO, forums, collective consultations)', () => {
    for (const kind of ['icngo', 'ngo-forum', 'collective-consultation'] as const) {
      expect(ownIssues(makeEvent('demo-x', { kind, sessionId: 'demo-gc' })), kind).toEqual([
        { path: 'sessionId', message: `a ${kind} event is not part of a governing-body session` },
      ]);
    }
  });

  it('leaves the session optional for thematic debates and National Commission meetings', () => {
    expect(ownIssues(makeEvent('demo-x', { kind: 'thematic-debate' }))).toEqual([]);
    expect(ownIssues(makeEvent('demo-x', { kind: 'natcom-meeting' }))).toEqual([]);
  });
});

describe('events in sessions: against the sessions', () => {
  it('refuses an unknown session', () => {
    expect(problems(hearing({ sessionId: 'demo-nowhere' }))).toEqual([{ path: 'events[demo-h].sessionId', message: 'unknown session "demo-nowhere"' }]);
  });

  it('refuses a session of a body where the kind does not belong', () => {
    expect(problems(hearing({ sessionId: 'demo-gc', agendaItem: undefined, when: { allDay: true, startDate: '2026-11-04', endDate: '2026-11-04' } })).map((p) => p.message)).toContain(
      '"demo-gc" is not an NGP Committee session, where a ngo-hearing event belongs',
    );
    const debate = makeEvent('demo-d', { kind: 'thematic-debate', sessionId: 'demo-gc', when: { allDay: true, startDate: '2026-11-04', endDate: '2026-11-04' } });
    expect(validateEvents([debate], { sessions }).problems).toEqual([
      { path: 'events[demo-d].sessionId', message: '"demo-gc" is not an NGP Committee session, where a thematic-debate event belongs' },
    ]);
    const natcom = makeEvent('demo-n', { kind: 'natcom-meeting', sessionId: 'demo-ngp', when: { allDay: true, startDate: '2026-10-08', endDate: '2026-10-08' } });
    expect(validateEvents([natcom], { sessions }).problems).toEqual([
      { path: 'events[demo-n].sessionId', message: '"demo-ngp" is not a General Conference session or an Executive Board session, where a natcom-meeting event belongs' },
    ]);
  });

  it('refuses an agenda item the session does not list', () => {
    expect(problems(hearing({ agendaItem: '7' }))).toEqual([{ path: 'events[demo-h].agendaItem', message: '"demo-ngp" lists no agenda item "7"' }]);
  });

  it('refuses an event outside the session, as days in the session zone', () => {
    expect(problems(hearing({ when: { allDay: true, startDate: '2026-10-09', endDate: '2026-10-10' } }))).toEqual([
      {
        path: 'events[demo-h].when',
        message: 'must fall within session "demo-ngp" (2026-10-08 to 2026-10-09, Europe/Paris); the event runs 2026-10-09 to 2026-10-10',
      },
    ]);
    // 23:30 UTC on 7 October is already 8 October in Paris (inside); 21:30 UTC is still the 7th (outside).
    const inParis = { allDay: false as const, start: '2026-10-07T23:30:00Z', end: '2026-10-08T01:00:00Z', timeZone: 'America/New_York' };
    expect(problems(hearing({ when: inParis }))).toEqual([]);
    expect(problems(hearing({ when: { ...inParis, start: '2026-10-07T21:30:00Z' } })).map((p) => p.path)).toEqual(['events[demo-h].when']);
  });

  it('keeps fictional events in fictional sessions and real ones in real ones', () => {
    const real = { sourceUrls: ['https://www.example.org/e'], asOf: '2026-11-26', verified: false, fictional: false };
    expect(problems(hearing({ id: 'real-hearing', provenance: real })).map((p) => p.message)).toEqual(['a real event may not be part of a fictional session']);
  });
});
