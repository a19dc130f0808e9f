import { FICTIONAL_ORGANIZATIONS } from '../sample/fictional-organizations.js';
import { demoAnchor, demoDate as dateOf, demoInstant as at } from './demo-dates.js';
import type { ForumEvent } from './forum-event.js';

/*
 * Fictional events for demonstrations, placed relative to a `now` passed in, so a demo
 * always has upcoming events and tests stay deterministic. Every one is organised by a
 * fictional organisation (ids `demo-*`, see sample/fictional-organizations.ts), uses
 * example.org links, says it is fictional in its description, and is flagged `fictional`.
 * Dates depend only on the month of `now`: restarting the server within a month yields
 * identical events (no SEQUENCE churn for subscribers).
 *
 * They sit where the working-group paper puts them: the hearings on items of an NGP
 * Committee session (¶8), the thematic debate in the NGP Committee (¶8), the meeting with
 * National Commissions during the General Conference (¶13); the fictional sessions are in
 * sessions/fictional-sessions.ts, dated to hold them.
 */

const FICTIONAL_NOTE = 'Fictional event for demonstrations; dates are generated relative to the current month.';

/** A fictional organisation as host, named as in its own record. */
function host(organizationId: string) {
  const organization = FICTIONAL_ORGANIZATIONS.find((org) => org.id === organizationId);
  if (!organization) throw new Error(`unknown fictional organisation "${organizationId}"`);
  return { role: 'host-ngo' as const, organizationId, name: organization.name };
}

/** The fictional events for the month of `now` (UTC): one in the previous month, the rest this month and after. */
export function fictionalEvents(now: Date): ForumEvent[] {
  const anchor = demoAnchor(now);
  const common = {
    languages: ['en', 'fr'],
    participants: [],
    phases: [],
    outputs: [],
    sequence: 0,
    updatedAt: `${anchor}T00:00:00Z`,
    provenance: { sourceUrls: [], asOf: anchor, verified: false, fictional: true, note: FICTIONAL_NOTE },
  } satisfies Partial<ForumEvent>;

  const dakar = 'Africa/Dakar';
  return [
    {
      ...common,
      id: 'demo-coastal-literacy-forum',
      kind: 'ngo-forum',
      status: 'confirmed',
      title: {
        en: 'Forum on Coastal Literacy (demo)',
        fr: 'Forum sur l’alphabétisation côtière (démo)',
        es: 'Foro sobre alfabetización costera (demo)',
        ar: 'منتدى محو الأمية في المناطق الساحلية (تجريبي)',
      },
      theme: { en: 'Reading circles as places of dialogue', fr: 'Les cercles de lecture, lieux de dialogue' },
      description: {
        en: 'A fictional two-day forum hosted by a fictional network of reading circles, with NGOs and Member State delegates.',
        fr: 'Forum fictif de deux jours accueilli par un réseau fictif de cercles de lecture, avec des ONG et des délégués des États membres.',
      },
      when: { allDay: false, start: at(anchor, 1, 14, 9, 0, dakar), end: at(anchor, 1, 15, 17, 30, dakar), timeZone: dakar },
      location: {
        mode: 'hybrid',
        venue: { en: 'Lanternfish community hall (fictional)', fr: 'Salle communautaire Poisson-lanterne (fictive)' },
        city: { en: 'Dakar', fr: 'Dakar' },
        country: 'SN',
        url: 'https://lanternfish-literacy.example.org/forum/live',
      },
      organizers: [host('demo-lanternfish-literacy-network'), { role: 'programme-sector', sector: 'ED' }],
      sectors: ['ED'],
      registration: { url: 'https://lanternfish-literacy.example.org/forum/register', deadline: at(anchor, 1, 1, 23, 59, dakar) },
      participants: [
        { country: 'SN', roles: ['host', 'co-organizer'], through: 'national-commission' },
        { country: 'CA', roles: ['panel'], through: 'permanent-delegation' },
        { country: 'FR', roles: ['observer'], through: 'permanent-delegation' },
      ],
      phases: [
        { phase: 'preparation', status: 'done', start: dateOf(anchor, -1, 1), end: dateOf(anchor, 0, 15) },
        { phase: 'financing', status: 'in-progress', start: dateOf(anchor, 0, 1), end: dateOf(anchor, 1, 1) },
        { phase: 'conduct', status: 'not-started', start: dateOf(anchor, 1, 14), end: dateOf(anchor, 1, 15) },
        { phase: 'evaluation', status: 'not-started', start: dateOf(anchor, 1, 16), end: dateOf(anchor, 2, 15) },
        { phase: 'follow-up', status: 'not-started', start: dateOf(anchor, 2, 16), end: dateOf(anchor, 5, 28) },
      ],
    },
    {
      ...common,
      id: 'demo-saltmarsh-heritage-debate',
      kind: 'thematic-debate',
      status: 'confirmed',
      title: { en: 'Thematic debate: salt, tides and living heritage (demo)', fr: 'Débat thématique : sel, marées et patrimoine vivant (démo)' },
      description: {
        en: 'A fictional online debate between NGOs and the Member States of the NGP Committee, moderated from Paris during a fictional session of the Committee.',
        fr: 'Débat fictif en ligne entre ONG et États membres du Comité PNG, animé depuis Paris pendant une session fictive du Comité.',
      },
      when: { allDay: false, start: at(anchor, 1, 6, 14, 0, 'Europe/Paris'), end: at(anchor, 1, 6, 16, 0, 'Europe/Paris'), timeZone: 'Europe/Paris' },
      location: { mode: 'online', url: 'https://saltmarsh-heritage.example.org/live' },
      sessionId: 'demo-ngp-next',
      agendaItem: '2',
      organizers: [{ role: 'ngp-committee' }, { role: 'icngo-chair' }, host('demo-saltmarsh-heritage-collective')],
      sectors: ['CLT'],
      languages: ['en', 'fr', 'pt'],
      participants: [{ country: 'PT', roles: ['panel'], through: 'ngp-member' }],
    },
    {
      ...common,
      id: 'demo-quiet-orbit-hearing',
      kind: 'ngo-hearing',
      status: 'planned',
      title: { en: 'NGO hearing on open skies for science (demo)', fr: 'Audition des ONG sur le ciel ouvert à la science (démo)', zh: '关于开放天空促进科学的非政府组织听证会（演示）' },
      description: {
        en: 'A fictional hearing of NGOs by the NGP Committee on an item of its agenda.',
        fr: 'Audition fictive des ONG par le Comité PNG sur un point de son ordre du jour.',
      },
      when: { allDay: false, start: at(anchor, 1, 5, 10, 0, 'Europe/Paris'), end: at(anchor, 1, 5, 12, 30, 'Europe/Paris'), timeZone: 'Europe/Paris' },
      location: { mode: 'in-person', city: { en: 'Paris', fr: 'Paris' }, country: 'FR' },
      sessionId: 'demo-ngp-next',
      agendaItem: '1',
      organizers: [{ role: 'ngp-committee' }, { role: 'civil-society-unit' }, host('demo-quiet-orbit-science-circle')],
      sectors: ['SC'],
      languages: ['en', 'fr', 'zh'],
      participants: [{ country: 'CN', roles: ['panel'], through: 'permanent-delegation' }],
    },
    {
      ...common,
      id: 'demo-tidepool-ocean-consultation',
      kind: 'collective-consultation',
      status: 'confirmed',
      title: { en: 'Regional consultation on ocean observation (demo)', fr: 'Consultation régionale sur l’observation des océans (démo)' },
      description: { en: 'A fictional three-day regional consultation of NGO networks.', fr: 'Consultation régionale fictive de trois jours des réseaux d’ONG.' },
      when: { allDay: true, startDate: dateOf(anchor, 2, 8), endDate: dateOf(anchor, 2, 10), timeZone: 'Pacific/Fiji' },
      location: { mode: 'in-person', city: { en: 'Suva', fr: 'Suva' }, country: 'FJ' },
      organizers: [host('demo-tidepool-ocean-observers'), { role: 'field-office', office: 'apia' }],
      sectors: ['SC'],
      participants: [{ country: 'FJ', roles: ['host'], through: 'national-commission' }],
    },
    {
      ...common,
      id: 'demo-birch-signal-natcom-meeting',
      kind: 'natcom-meeting',
      status: 'cancelled',
      title: { en: 'Meeting with National Commissions on community media (demo)', fr: 'Réunion avec les commissions nationales sur les médias communautaires (démo)', ru: 'Встреча с национальными комиссиями о местных СМИ (демо)' },
      description: {
        en: 'A fictional online meeting during a fictional General Conference, cancelled.',
        fr: 'Réunion fictive en ligne pendant une Conférence générale fictive, annulée.',
      },
      when: { allDay: false, start: at(anchor, 0, 27, 11, 0, 'Europe/Moscow'), end: at(anchor, 0, 27, 12, 0, 'Europe/Moscow'), timeZone: 'Europe/Moscow' },
      location: { mode: 'online' },
      sessionId: 'demo-gc',
      organizers: [host('demo-birch-signal-media-guild'), { role: 'national-commission', country: 'RU' }],
      sectors: ['CI'],
      languages: ['en', 'ru'],
      participants: [{ country: 'RU', roles: ['co-organizer'], through: 'national-commission' }],
    },
    {
      ...common,
      id: 'demo-baobab-youth-forum',
      kind: 'ngo-forum',
      status: 'postponed',
      title: { en: 'Youth voices forum (demo)', fr: 'Forum des voix de la jeunesse (démo)' },
      description: { en: 'A fictional forum, postponed; new dates to be announced.', fr: 'Forum fictif, reporté ; nouvelles dates à annoncer.' },
      when: { allDay: false, start: at(anchor, 3, 3, 9, 0, 'Africa/Nairobi'), end: at(anchor, 3, 4, 16, 0, 'Africa/Nairobi'), timeZone: 'Africa/Nairobi' },
      location: { mode: 'in-person', city: { en: 'Kisumu', fr: 'Kisumu' }, country: 'KE' },
      organizers: [host('demo-baobab-shade-youth-assembly')],
      sectors: ['SHS', 'ED'],
    },
    {
      ...common,
      id: 'demo-hummingbird-ethics-debate',
      kind: 'thematic-debate',
      status: 'planned',
      title: { en: 'Thematic debate on the ethics of data (demo)', fr: 'Débat thématique sur l’éthique des données (démo)', es: 'Debate temático sobre la ética de los datos (demo)' },
      description: { en: 'A fictional hybrid debate.', fr: 'Débat hybride fictif.', es: 'Debate híbrido ficticio.' },
      when: { allDay: false, start: at(anchor, 4, 16, 15, 0, 'America/Santiago'), end: at(anchor, 4, 16, 17, 0, 'America/Santiago'), timeZone: 'America/Santiago' },
      location: { mode: 'hybrid', city: { en: 'Valparaíso', es: 'Valparaíso', fr: 'Valparaíso' }, country: 'CL', url: 'https://hummingbird-ethics.example.org/live' },
      organizers: [host('demo-hummingbird-ethics-forum')],
      sectors: ['SHS'],
      languages: ['es', 'en'],
    },
    {
      ...common,
      id: 'demo-kite-archives-workshop',
      kind: 'collective-consultation',
      status: 'confirmed',
      title: { en: 'Consultation on community archives (demo)', fr: 'Consultation sur les archives communautaires (démo)' },
      description: { en: 'A fictional two-day consultation.', fr: 'Consultation fictive de deux jours.' },
      when: { allDay: true, startDate: dateOf(anchor, 0, 3), endDate: dateOf(anchor, 0, 4), timeZone: 'America/Jamaica' },
      location: { mode: 'in-person', city: { en: 'Kingston', fr: 'Kingston' }, country: 'JM' },
      organizers: [host('demo-kite-and-compass-archives'), { role: 'field-office', office: 'kingston' }],
      sectors: ['CI'],
    },
    {
      ...common,
      id: 'demo-moonwell-storytelling-hearing',
      kind: 'ngo-hearing',
      status: 'confirmed',
      title: { en: 'Hearing on oral traditions (demo)', fr: 'Audition sur les traditions orales (démo)' },
      description: { en: 'A fictional online hearing, already held.', fr: 'Audition fictive en ligne, déjà tenue.' },
      when: {
        allDay: false,
        start: at(anchor, -1, 18, 19, 0, 'Asia/Ho_Chi_Minh'),
        end: at(anchor, -1, 18, 20, 30, 'Asia/Ho_Chi_Minh'),
        timeZone: 'Asia/Ho_Chi_Minh',
      },
      location: { mode: 'online' },
      sessionId: 'demo-ngp-previous',
      agendaItem: '1',
      organizers: [{ role: 'ngp-committee' }, host('demo-moonwell-storytelling-circle')],
      sectors: ['CLT', 'CI'],
      phases: [
        { phase: 'conduct', status: 'done', start: dateOf(anchor, -1, 18), end: dateOf(anchor, -1, 18) },
        { phase: 'follow-up', status: 'in-progress', start: dateOf(anchor, -1, 19) },
      ],
      outputs: [{ kind: 'final-report', url: 'https://moonwell-stories.example.org/hearing-report', title: { en: 'Report of the hearing (fictional)', fr: 'Rapport de l’audition (fictif)' } }],
    },
    {
      ...common,
      id: 'demo-cedar-lantern-forum',
      kind: 'ngo-forum',
      status: 'planned',
      title: { en: 'Forum on learning and heritage (demo)', fr: 'Forum sur l’apprentissage et le patrimoine (démo)', ar: 'منتدى التعلم والتراث (تجريبي)' },
      description: { en: 'A fictional forum.', fr: 'Forum fictif.', ar: 'منتدى خيالي.' },
      when: { allDay: false, start: at(anchor, 5, 10, 9, 30, 'Asia/Amman'), end: at(anchor, 5, 11, 13, 0, 'Asia/Amman'), timeZone: 'Asia/Amman' },
      location: { mode: 'in-person', city: { en: 'Amman', fr: 'Amman', ar: 'عمّان' }, country: 'JO' },
      organizers: [host('demo-cedar-lantern-foundation')],
      sectors: ['ED', 'CLT'],
      languages: ['ar', 'en', 'fr'],
    },
  ];
}
