import type { GoverningBodySession } from './governing-body-session.js';

/* Builders for tests (imported only by *.test.ts files). Every session is fictional. */

export function makeSession(id: string, overrides: Partial<GoverningBodySession> = {}): GoverningBodySession {
  return {
    id,
    body: 'executive-board',
    title: { en: `Test session ${id}` },
    dates: { start: '2026-10-05', end: '2026-10-16' },
    timeZone: 'Europe/Paris',
    agendaItems: [],
    provenance: { sourceUrls: [], asOf: '2026-09-01', verified: false, fictional: true },
    ...overrides,
  };
}

/** A Board session and an NGP meeting during it, with two agenda items. */
export function boardAndNgp(): [GoverningBodySession, GoverningBodySession] {
  return [
    makeSession('demo-ex'),
    makeSession('demo-ngp', {
      body: 'ngp-committee',
      parentSessionId: 'demo-ex',
      dates: { start: '2026-10-08', end: '2026-10-09' },
      agendaItems: [
        { number: '1', title: { en: 'Relations with non-governmental partners' }, documents: ['DEMO/NGP/1'] },
        { number: '2', title: { fr: 'Débat thématique' }, documents: [] },
      ],
    }),
  ];
}
