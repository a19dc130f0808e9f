import { validateEvents } from '@ngo-liaison/core';

/*
 * The calendar's data: test/forum-events.ts's `makeEvent` and `manyEvents`, ported to plain
 * JavaScript (this folder has no TypeScript step), and the second set calendar.bench.ts
 * derives from them. All fictional (`demo-*` ids, provenance.fictional), like the tests'.
 * Both sets are checked against core's ForumEvent schema and rules before the run.
 */

function makeEvent(id, overrides = {}) {
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

/** `count` events spread over a month, several per day, some multi-day, some all-day, some cancelled. */
export function manyEvents(count, month = '2026-11') {
  return Array.from({ length: count }, (_, i) => {
    const day = (i % 28) + 1;
    const hour = 6 + (i % 12);
    const start = `${month}-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00Z`;
    const multiDay = i % 17 === 0;
    const end = new Date(Date.parse(start) + (multiDay ? 2 * 86_400_000 : 90 * 60_000)).toISOString();
    return makeEvent(`demo-bulk-${String(i).padStart(4, '0')}`, {
      kind: ['ngo-forum', 'thematic-debate', 'ngo-hearing', 'collective-consultation'][i % 4],
      status: i % 23 === 0 ? 'cancelled' : 'confirmed',
      title: { en: `Bulk event ${i}`, fr: `Événement ${i}` },
      when:
        i % 11 === 0
          ? { allDay: true, startDate: `${month}-${String(day).padStart(2, '0')}`, endDate: `${month}-${String(day).padStart(2, '0')}` }
          : { allDay: false, start, end, timeZone: 'Europe/Paris' },
    });
  });
}

/** Two sets of `count` November 2026 events that differ in every event, validated. */
export function calendarDataSets(count) {
  const a = manyEvents(count);
  const b = manyEvents(count).map((event, i) => ({ ...event, id: `${event.id}-b`, title: { en: `Other event ${i}`, fr: `Autre ${i}` } }));
  for (const [name, set] of [['A', a], ['B', b]]) {
    const { ok, problems } = validateEvents(set);
    if (!ok) throw new Error(`calendar data set ${name} does not validate: ${problems.slice(0, 5).map((p) => `${p.path}: ${p.message}`).join('; ')}`);
  }
  return [a, b];
}
