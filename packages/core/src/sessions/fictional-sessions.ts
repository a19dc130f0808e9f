import { demoAnchor, demoDate } from '../events/demo-dates.js';
import type { GoverningBodySession } from './governing-body-session.js';

/*
 * Fictional sessions for the fictional demo events, placed where the working-group paper puts
 * such events: NGO hearings and thematic debates inside sessions of the NGP Committee (¶8),
 * meetings with National Commissions during the General Conference (¶13). Dated relative to
 * the month of `now` like the events (events/demo-dates.ts): a Board session last month and
 * one next month, each with an NGP Committee meeting, and a General Conference this month in
 * between. No numbers (any number would pose as a real session): a title says "demo".
 */

const NOTE = 'Fictional session for demonstrations; dates are generated relative to the current month.';
const PARIS = 'Europe/Paris';
const HEADQUARTERS = { venue: { en: 'UNESCO Headquarters (demo)', fr: 'Siège de l’UNESCO (démo)' }, city: { en: 'Paris', fr: 'Paris' }, country: 'FR' } as const;

export function fictionalSessions(now: Date): GoverningBodySession[] {
  const anchor = demoAnchor(now);
  const provenance = { sourceUrls: [], asOf: anchor, verified: false, fictional: true, note: NOTE };
  const common = { timeZone: PARIS, place: HEADQUARTERS, provenance };
  return [
    {
      ...common,
      id: 'demo-ex-previous',
      body: 'executive-board',
      title: { en: 'Executive Board, previous session (demo)', fr: 'Conseil exécutif, session précédente (démo)' },
      dates: { start: demoDate(anchor, -1, 10), end: demoDate(anchor, -1, 22) },
      agendaItems: [],
    },
    {
      ...common,
      id: 'demo-ngp-previous',
      body: 'ngp-committee',
      parentSessionId: 'demo-ex-previous',
      title: { en: 'Committee on Non-Governmental Partners, previous session (demo)', fr: 'Comité sur les partenaires non gouvernementaux, session précédente (démo)' },
      dates: { start: demoDate(anchor, -1, 17), end: demoDate(anchor, -1, 18) },
      agendaItems: [
        {
          number: '1',
          title: { en: 'Oral traditions and the safeguarding of living heritage (demo)', fr: 'Traditions orales et sauvegarde du patrimoine vivant (démo)' },
          documents: ['DEMO/NGP/1'],
        },
      ],
    },
    {
      ...common,
      id: 'demo-gc',
      body: 'general-conference',
      title: { en: 'General Conference (demo)', fr: 'Conférence générale (démo)' },
      dates: { start: demoDate(anchor, 0, 16), end: demoDate(anchor, 0, 30) },
      agendaItems: [],
    },
    {
      ...common,
      id: 'demo-ex-next',
      body: 'executive-board',
      title: { en: 'Executive Board, next session (demo)', fr: 'Conseil exécutif, prochaine session (démo)' },
      dates: { start: demoDate(anchor, 1, 1), end: demoDate(anchor, 1, 12) },
      agendaItems: [],
    },
    {
      ...common,
      id: 'demo-ngp-next',
      body: 'ngp-committee',
      parentSessionId: 'demo-ex-next',
      title: { en: 'Committee on Non-Governmental Partners, next session (demo)', fr: 'Comité sur les partenaires non gouvernementaux, prochaine session (démo)' },
      dates: { start: demoDate(anchor, 1, 5), end: demoDate(anchor, 1, 6) },
      agendaItems: [
        {
          number: '1',
          title: { en: 'Open skies for science (demo)', fr: 'Un ciel ouvert à la science (démo)', zh: '开放天空促进科学（演示）' },
          documents: ['DEMO/NGP/2'],
        },
        {
          number: '2',
          title: { en: 'Thematic debate: salt, tides and living heritage (demo)', fr: 'Débat thématique : sel, marées et patrimoine vivant (démo)' },
          documents: [],
        },
      ],
    },
  ];
}
