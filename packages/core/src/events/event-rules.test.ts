import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors/validation-error.js';
import { parseForumEvent } from './event-rules.js';
import { makeEvent } from './test-events.js';

function issues(value: unknown) {
  try {
    parseForumEvent(value);
  } catch (error) {
    if (error instanceof ValidationError) return error.issues;
    throw error;
  }
  return [];
}

describe('parseForumEvent', () => {
  it('accepts a valid event', () => {
    expect(parseForumEvent(makeEvent('demo-ok')).id).toBe('demo-ok');
  });

  it('names the field when the end precedes the start', () => {
    expect(issues(makeEvent('demo-x', { when: { allDay: false, start: '2026-10-14T10:00:00Z', end: '2026-10-14T09:00:00Z', timeZone: 'Europe/Paris' } }))).toEqual([
      { path: 'when.end', message: 'must not be before when.start (2026-10-14T10:00:00Z)' },
    ]);
    expect(issues(makeEvent('demo-x', { when: { allDay: true, startDate: '2026-10-14', endDate: '2026-10-13' } }))).toEqual([
      { path: 'when.endDate', message: 'must not be before when.startDate (2026-10-14)' },
    ]);
    expect(issues(makeEvent('demo-x', { when: { allDay: false, start: '2026-10-14T10:00:00Z', end: '2026-10-14T10:00:00Z', timeZone: 'UTC' } }))).toEqual([
      { path: 'when.end', message: 'must be after when.start' },
    ]);
  });

  it('names the field of an unknown time zone, an offset instead of UTC, or a bad date', () => {
    const paths = (value: unknown) => issues(value).map((i) => i.path);
    expect(paths(makeEvent('demo-x', { when: { allDay: false, start: '2026-10-14T10:00:00Z', end: '2026-10-14T11:00:00Z', timeZone: 'Mars/Olympus' } }))).toEqual(['when.timeZone']);
    expect(paths(makeEvent('demo-x', { when: { allDay: false, start: '2026-10-14T10:00:00+02:00', end: '2026-10-14T11:00:00Z', timeZone: 'UTC' } }))).toEqual(['when.start']);
    expect(paths(makeEvent('demo-x', { when: { allDay: true, startDate: '2026-02-30', endDate: '2026-03-01' } }))).toEqual(['when.startDate']);
    expect(issues(makeEvent('demo-x', { when: { allDay: false, start: '2026-10-14T10:00:00Z', end: '2026-10-14T11:00:00Z', timeZone: '+05:30' } }))[0]?.message).toBe(
      'must be an IANA time zone such as "Europe/Paris"',
    );
  });

  it('rejects unknown kinds and statuses, duplicates, and deadlines after the start', () => {
    const event = makeEvent('demo-x', {
      phases: [
        { phase: 'conduct', status: 'done' },
        { phase: 'conduct', status: 'done', start: '2026-10-14', end: '2026-10-13' },
      ],
      participants: [
        { country: 'FR', roles: ['host', 'host'] },
        { country: 'FR', roles: ['observer'] },
      ],
      registration: { deadline: '2026-12-01T00:00:00Z' },
      sectors: ['ED', 'ED'],
    });
    expect(issues(event).map((i) => i.path).sort()).toEqual(
      ['participants[0].roles', 'participants[1].country', 'phases[1].end', 'phases[1].phase', 'registration.deadline', 'sectors'].sort(),
    );
    expect(issues({ ...makeEvent('demo-x'), kind: 'party' }).map((i) => i.path)).toEqual(['kind']);
    expect(issues({ ...makeEvent('demo-x'), status: 'maybe' }).map((i) => i.path)).toEqual(['status']);
  });

  it('refuses events longer than a year, and host NGOs without a name', () => {
    expect(issues(makeEvent('demo-x', { when: { allDay: true, startDate: '2026-01-01', endDate: '2027-06-01' } })).map((i) => i.path)).toEqual(['when.endDate']);
    expect(issues(makeEvent('demo-x', { organizers: [{ role: 'host-ngo', name: {} }] })).map((i) => i.path)).toEqual(['organizers[0].name']);
  });

  it('keeps hostile text as data (validation does not strip or reject it)', () => {
    const title = { en: '<script>alert(1)</script>', fr: '"><img src=x>' };
    expect(parseForumEvent(makeEvent('demo-x', { title })).title).toEqual(title);
  });
});
