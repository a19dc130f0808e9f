import type { ForumEvent } from '@ngo-liaison/core';

/*
 * Events for the calendar tests. All fictional; times chosen so that time-zone mistakes
 * show: an evening in Paris that is the next morning in Auckland and Kolkata, an all-day
 * event at the edge of the date line, a multi-day event, cancelled and postponed states.
 */

export const HOSTILE_TITLE = '<img src=x onerror="window.__ngoPwned=true"></script><script>window.__ngoPwned=true</script>';

export function makeEvent(id: string, overrides: Partial<ForumEvent> = {}): ForumEvent {
  return {
    id,
    kind: 'ngo-forum',
    status: 'confirmed',
    title: { en: `Event ${id}`, fr: `Événement ${id}` },
    when: { allDay: false, start: '2026-11-20T13:00:00Z', end: '2026-11-20T15:00:00Z', timeZone: 'Europe/Paris' },
    organizers: [{ role: 'liaison-committee' }],
    sectors: [],
    languages: [],
    participants: [],
    phases: [],
    outputs: [],
    sequence: 0,
    updatedAt: '2026-11-01T00:00:00Z',
    provenance: { sourceUrls: [], asOf: '2026-11-01', verified: false, fictional: true },
    ...overrides,
  };
}

/** November 2026 ("now" is 2026-11-17T12:00Z in the tests). */
export const NOW = new Date('2026-11-17T12:00:00Z');

export const CALENDAR_EVENTS: ForumEvent[] = [
  // 14:00–16:00 in Paris: 18:30 in Kolkata, 05:00 in Los Angeles, 02:00 next day in Auckland.
  makeEvent('demo-paris-debate', {
    kind: 'thematic-debate',
    title: { en: 'Debate on living heritage', fr: 'Débat sur le patrimoine vivant' },
    when: { allDay: false, start: '2026-11-20T13:00:00Z', end: '2026-11-20T15:00:00Z', timeZone: 'Europe/Paris' },
    location: { mode: 'online', url: 'https://meet.example.org/debate' },
    sectors: ['CLT'],
  }),
  // All day on 9–10 November wherever the viewer is (Kiritimati is UTC+14, Pago Pago UTC−11).
  makeEvent('demo-all-day', {
    kind: 'collective-consultation',
    title: { en: 'Consultation days', fr: 'Journées de consultation' },
    when: { allDay: true, startDate: '2026-11-09', endDate: '2026-11-10', timeZone: 'Pacific/Kiritimati' },
    location: { mode: 'in-person', city: { en: 'Suva' }, country: 'FJ' },
    sectors: ['SC'],
  }),
  // Two days in Dakar, 09:00 on the 24th to 17:30 on the 25th.
  makeEvent('demo-dakar-forum', {
    title: { en: 'Forum on coastal literacy', fr: 'Forum sur l’alphabétisation côtière', ar: 'منتدى محو الأمية الساحلية' },
    when: { allDay: false, start: '2026-11-24T09:00:00Z', end: '2026-11-25T17:30:00Z', timeZone: 'Africa/Dakar' },
    location: { mode: 'hybrid', city: { en: 'Dakar', fr: 'Dakar' }, country: 'SN', url: 'https://meet.example.org/dakar' },
    sectors: ['ED'],
    participants: [{ country: 'SN', roles: ['host'] }],
  }),
  makeEvent('demo-cancelled', {
    kind: 'natcom-meeting',
    status: 'cancelled',
    title: { en: 'Cancelled meeting', fr: 'Réunion annulée' },
    when: { allDay: false, start: '2026-11-12T08:00:00Z', end: '2026-11-12T09:00:00Z', timeZone: 'Europe/Moscow' },
  }),
  makeEvent('demo-postponed', {
    status: 'postponed',
    title: { en: 'Postponed forum', fr: 'Forum reporté' },
    when: { allDay: false, start: '2026-11-05T07:00:00Z', end: '2026-11-05T10:00:00Z', timeZone: 'Africa/Nairobi' },
  }),
  makeEvent('demo-hostile', {
    title: { en: HOSTILE_TITLE, fr: HOSTILE_TITLE },
    description: { en: HOSTILE_TITLE },
    when: { allDay: false, start: '2026-11-27T10:00:00Z', end: '2026-11-27T11:00:00Z', timeZone: 'UTC' },
  }),
];

/** `count` events spread over November 2026, several per day, some multi-day: for the benchmark and stress tests. */
export function manyEvents(count: number, month = '2026-11'): ForumEvent[] {
  return Array.from({ length: count }, (_, i) => {
    const day = (i % 28) + 1;
    const hour = 6 + (i % 12);
    const start = `${month}-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00Z`;
    const multiDay = i % 17 === 0;
    const end = new Date(Date.parse(start) + (multiDay ? 2 * 86_400_000 : 90 * 60_000)).toISOString();
    return makeEvent(`demo-bulk-${String(i).padStart(4, '0')}`, {
      kind: (['ngo-forum', 'thematic-debate', 'icngo', 'collective-consultation'] as const)[i % 4],
      status: i % 23 === 0 ? 'cancelled' : 'confirmed',
      title: { en: `Bulk event ${i}`, fr: `Événement ${i}` },
      when: i % 11 === 0
        ? { allDay: true, startDate: `${month}-${String(day).padStart(2, '0')}`, endDate: `${month}-${String(day).padStart(2, '0')}` }
        : { allDay: false, start, end, timeZone: 'Europe/Paris' },
    });
  });
}
