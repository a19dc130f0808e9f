import { describe, expect, it } from 'vitest';
import { checkIcs } from '../calendar/ics-assertions.js';
import { toICalendar } from '../calendar/ics-writer.js';
import { COUNTRIES } from '../reference/countries.js';
import { FIELD_OFFICES } from '../reference/field-offices.js';
import { sampleSessions } from '../sessions/sample-sessions.js';
import { SAMPLE_ORGANIZATIONS } from '../sample/index.js';
import { REAL_EVENTS, fictionalEvents, sampleEvents } from './sample-events.js';
import { validateEvents } from './validate-events.js';

const references = (now: Date) => ({ countries: COUNTRIES, organizations: SAMPLE_ORGANIZATIONS, fieldOffices: FIELD_OFFICES, sessions: sampleSessions(now) });
const MONTHS = ['2026-11-27T10:00:00Z', '2027-01-31T23:59:59Z', '2028-02-29T00:00:00Z', '2030-12-15T12:00:00Z', '2027-03-01T00:00:00Z'];

describe('sample events', () => {
  it('pass validateEvents (schema, rules, countries, organisations, field offices, sessions, honesty) for many months', () => {
    for (const now of MONTHS) {
      const report = validateEvents(sampleEvents(new Date(now)), references(new Date(now)));
      expect(report.problems, now).toEqual([]);
    }
  });

  it('sit where the working-group paper puts them: hearings and the debate in NGP sessions, the NatCom meeting during the General Conference', () => {
    for (const now of MONTHS) {
      const sessions = new Map(sampleSessions(new Date(now)).map((session) => [session.id, session]));
      const bodyOf = (id: string) => {
        const event = sampleEvents(new Date(now)).find((e) => e.id === id)!;
        return event.sessionId === undefined ? undefined : sessions.get(event.sessionId)?.body;
      };
      expect(bodyOf('demo-quiet-orbit-hearing'), now).toBe('ngp-committee');
      expect(bodyOf('demo-moonwell-storytelling-hearing'), now).toBe('ngp-committee');
      expect(bodyOf('demo-saltmarsh-heritage-debate'), now).toBe('ngp-committee');
      expect(bodyOf('demo-birch-signal-natcom-meeting'), now).toBe('general-conference');
      expect(bodyOf('gc-41-ngo-desk-2021'), now).toBe('general-conference');
      expect(bodyOf('ngp-212-ex-2021'), now).toBe('ngp-committee');
      for (const event of sampleEvents(new Date(now))) {
        if (event.kind === 'ngo-hearing') expect(event.agendaItem, event.id).toBeDefined();
      }
    }
  });

  it('real events: only the dated ones of the reference, each with a source, all past and all-day', () => {
    expect(REAL_EVENTS.map((e) => e.id)).toEqual([
      'icngo-2012',
      'icngo-2018',
      'ngo-forum-6-queretaro-2016',
      'ngo-forum-9-tunis-2018',
      'ngo-forum-11-paris-2019',
      'gc-39-ngo-space-2017',
      'gc-41-ngo-desk-2021',
      'ngp-212-ex-2021',
    ]);
    for (const event of REAL_EVENTS) {
      expect(event.provenance.fictional, event.id).toBe(false);
      expect(event.provenance.sourceUrls.length, event.id).toBeGreaterThan(0);
      expect(event.when.allDay, event.id).toBe(true);
      expect(event.outputs, event.id).toEqual([]);
      expect(event.registration?.url, event.id).toBeUndefined();
    }
    expect(REAL_EVENTS.find((e) => e.id === 'ngo-forum-6-queretaro-2016')?.when).toMatchObject({ startDate: '2016-11-03', endDate: '2016-11-04' });
    expect(REAL_EVENTS.find((e) => e.id === 'gc-41-ngo-desk-2021')?.when).toMatchObject({ startDate: '2021-11-09', endDate: '2021-11-20' });
  });

  it('fictional events are deterministic, depend only on the month of now, and are mostly upcoming', () => {
    const a = fictionalEvents(new Date('2026-11-02T00:00:00Z'));
    expect(fictionalEvents(new Date('2026-11-29T18:00:00Z'))).toEqual(a);
    expect(fictionalEvents(new Date('2026-12-01T00:00:00Z'))).not.toEqual(a);
    const now = Date.parse('2026-11-27T00:00:00Z');
    const upcoming = a.filter((e) => !e.when.allDay && Date.parse(e.when.start) > now || e.when.allDay && Date.parse(`${e.when.startDate}T00:00:00Z`) > now);
    expect(upcoming.length).toBeGreaterThanOrEqual(6);
    for (const event of a) {
      expect(event.id.startsWith('demo-'), event.id).toBe(true);
      for (const organizer of event.organizers) if (organizer.role === 'host-ngo') expect(organizer.organizationId).toMatch(/^demo-/);
    }
  });

  it('shows the Paris debate at 14:00 Paris time whatever the month (DST included)', () => {
    for (const month of ['2026-01-10', '2026-07-10', '2026-10-10', '2026-02-10']) {
      const debate = fictionalEvents(new Date(`${month}T00:00:00Z`)).find((e) => e.id === 'demo-saltmarsh-heritage-debate')!;
      const start = debate.when.allDay ? '' : debate.when.start;
      expect(new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Paris', hour: '2-digit', minute: '2-digit' }).format(Date.parse(start)), month).toBe('14:00');
    }
  });

  it('export to valid iCalendar in every language', () => {
    for (const language of ['ar', 'en', 'es', 'fr', 'ru', 'zh'] as const) {
      const events = sampleEvents(new Date('2026-11-27T10:00:00Z'));
      const report = checkIcs(toICalendar(events, { uidDomain: 'liaison.example.org', language, calendarName: 'Liaison' }));
      expect(report.events).toHaveLength(events.length);
      expect(report.events.find((e) => e.uid === 'demo-birch-signal-natcom-meeting@liaison.example.org')?.status).toBe('CANCELLED');
    }
  });
});
