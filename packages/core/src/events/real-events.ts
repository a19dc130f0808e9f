import type { LocalizedText } from '../schemas/localized-text.js';
import type { EventKind, ForumEvent } from './forum-event.js';
import { EVENT_VOCABULARIES } from './event-labels.js';

/*
 * Real past events of the NGO–UNESCO dialogue, limited to what the sources listed in
 * /work/shared/reference/unesco-domain.md §4 state. Rules followed here:
 * - dates only as the sources give them, so every event is all-day (no times were stated);
 * - a place only where a source names it (the General Conference meets at Headquarters in
 *   Paris, which the GC entries say in their note);
 * - themes and descriptions in English only, as the sources give them; titles are the
 *   event type's name in the six languages plus the number or year;
 * - no people, outputs or links that the sources do not give; `verified: false` throughout
 *   (the facts come through the compiled reference, not re-checked page by page).
 *
 * The General Conference NGO spaces and the NGP meeting point at their sessions
 * (sessions/real-sessions.ts), whose dates contain theirs.
 *
 * Left out for lack of a date or a source URL in the reference: the 8th International NGO
 * Forum (2017, no date), the Global Citizenship forum (2021, no date), the 2024 ICNGO (no
 * date), the 38th GC NGO Space (2015, no dates), the UNESCO Partners Forum of 5 Oct 2009 and
 * the NatCom interregional meetings (no source URL retained), the 9th CCNGO Global Meeting
 * (December 2019, no day).
 */

const AS_OF = '2026-11-26';
const UPDATED_AT = '2026-11-26T00:00:00Z';

/** "International NGO Forum (11th)" in the six languages: the type's name plus a number or year. */
function titled(kind: EventKind, suffix: Record<'ar' | 'en' | 'es' | 'fr' | 'ru' | 'zh', string>): LocalizedText {
  const name = (language: keyof typeof EVENT_VOCABULARIES) => EVENT_VOCABULARIES[language].kind[kind];
  return {
    ar: `${name('ar')} ${suffix.ar}`,
    en: `${name('en')} ${suffix.en}`,
    es: `${name('es')} ${suffix.es}`,
    fr: `${name('fr')} ${suffix.fr}`,
    ru: `${name('ru')} ${suffix.ru}`,
    zh: `${name('zh')}${suffix.zh}`,
  };
}

const year = (y: number) => ({ ar: String(y), en: String(y), es: String(y), fr: String(y), ru: String(y), zh: `（${y}）` });

const provenance = (sourceUrls: string[], note?: string): ForumEvent['provenance'] => ({
  sourceUrls,
  asOf: AS_OF,
  verified: false,
  fictional: false,
  ...(note ? { note } : {}),
});

const base = {
  status: 'confirmed',
  sectors: [],
  languages: [],
  participants: [],
  phases: [],
  outputs: [],
  sequence: 0,
  updatedAt: UPDATED_AT,
} as const satisfies Partial<ForumEvent>;

const HQ_NOTE = 'The General Conference meets at UNESCO Headquarters in Paris; the place is given on that basis.';

export const REAL_EVENTS: readonly ForumEvent[] = [
  {
    ...base,
    id: 'icngo-2012',
    kind: 'icngo',
    title: titled('icngo', year(2012)),
    theme: { en: 'Culture and Cultures: Reconciling Universality and Diversity' },
    description: {
      en:
        '129 NGOs took part (70 at the previous conference), about 300 participants; Member States and other NGOs attended as observers. ' +
        'Outputs: a resolution/roadmap and a collective contribution to the draft C/4 and C/5.',
    },
    when: { allDay: true, startDate: '2012-12-12', endDate: '2012-12-14', timeZone: 'Europe/Paris' },
    organizers: [{ role: 'secretariat' }, { role: 'liaison-committee' }],
    languages: ['en', 'fr'],
    provenance: provenance(
      ['https://ngo-unesco.net/?page_id=60'],
      'Languages from UNESCO events record showUid=6988 (URL not retained). Organisers as the reference gives them for every ICNGO.',
    ),
  },
  {
    ...base,
    id: 'icngo-2018',
    kind: 'icngo',
    title: titled('icngo', year(2018)),
    theme: { en: "Valuing the commitment and contribution of UNESCO's NGO partners" },
    description: { en: 'Registration of voting representatives and elections of the Chair and the Liaison Committee.' },
    when: { allDay: true, startDate: '2018-12-17', endDate: '2018-12-19', timeZone: 'Europe/Paris' },
    organizers: [{ role: 'secretariat' }, { role: 'liaison-committee' }],
    provenance: provenance(['https://ngo-unesco.net/?paged=3', 'https://ngo-unesco.net/?p=941', 'https://ngo-unesco.net/?p=831']),
  },
  {
    ...base,
    id: 'ngo-forum-6-queretaro-2016',
    kind: 'ngo-forum',
    title: titled('ngo-forum', { ar: '(السادس)', en: '(6th)', es: '(6.º)', fr: '(6e)', ru: '(6-й)', zh: '（第六届）' }),
    theme: { en: 'From promoting to building peace with NGOs' },
    when: { allDay: true, startDate: '2016-11-03', endDate: '2016-11-04', timeZone: 'America/Mexico_City' },
    location: { mode: 'in-person', city: { en: 'Querétaro', es: 'Querétaro', fr: 'Querétaro' }, country: 'MX' },
    organizers: [{ role: 'liaison-committee' }, { role: 'secretariat' }],
    registration: { note: { en: "Pre-registration. Travel at each NGO's own cost; accommodation provided by the organisers." } },
    phases: [
      {
        phase: 'preparation',
        status: 'done',
        note: { en: 'Online pre-consultation platform open to NGOs and Member State representatives.' },
      },
      { phase: 'conduct', status: 'done', start: '2016-11-03', end: '2016-11-04' },
    ],
    provenance: provenance(['https://ngo-unesco.net/?page_id=358'], 'Also listed as docomomo.com event 1054 (URL not retained).'),
  },
  {
    ...base,
    id: 'ngo-forum-9-tunis-2018',
    kind: 'ngo-forum',
    title: titled('ngo-forum', { ar: '(التاسع)', en: '(9th)', es: '(9.º)', fr: '(9e)', ru: '(9-й)', zh: '（第九届）' }),
    theme: { en: 'New perspectives on Migration' },
    when: { allDay: true, startDate: '2018-09-26', endDate: '2018-09-27', timeZone: 'Africa/Tunis' },
    location: { mode: 'in-person', city: { en: 'Tunis', fr: 'Tunis', ar: 'تونس' }, country: 'TN' },
    organizers: [{ role: 'liaison-committee' }, { role: 'secretariat' }, { role: 'host-ngo', name: { en: 'Arab Institute for Human Rights' } }],
    phases: [{ phase: 'conduct', status: 'done', start: '2018-09-26', end: '2018-09-27' }],
    provenance: provenance(['https://ngo-unesco.net/?cat=6'], 'Also reported by ANSAmed (URL not retained).'),
  },
  {
    ...base,
    id: 'ngo-forum-11-paris-2019',
    kind: 'ngo-forum',
    title: titled('ngo-forum', { ar: '(الحادي عشر)', en: '(11th)', es: '(11.º)', fr: '(11e)', ru: '(11-й)', zh: '（第十一届）' }),
    theme: { en: 'Challenging inequalities' },
    when: { allDay: true, startDate: '2019-12-16', endDate: '2019-12-17', timeZone: 'Europe/Paris' },
    location: {
      mode: 'in-person',
      venue: { en: 'UNESCO Headquarters', fr: 'Siège de l’UNESCO' },
      city: { en: 'Paris', fr: 'Paris' },
      country: 'FR',
    },
    organizers: [{ role: 'liaison-committee' }, { role: 'secretariat' }],
    phases: [{ phase: 'conduct', status: 'done', start: '2019-12-16', end: '2019-12-17' }],
    provenance: provenance(['https://ngo-unesco.net/?author=2']),
  },
  {
    ...base,
    id: 'gc-39-ngo-space-2017',
    kind: 'gc-ngo-space',
    title: titled('gc-ngo-space', { ar: '(الدورة 39)', en: '(39th session)', es: '(39.ª reunión)', fr: '(39e session)', ru: '(39-я сессия)', zh: '（第39届）' }),
    description: {
      en: 'Open during the 39th General Conference (30 October – 14 November 2017) for collective work only, with no individual stands.',
    },
    when: { allDay: true, startDate: '2017-10-31', endDate: '2017-11-11', timeZone: 'Europe/Paris' },
    sessionId: 'gc-39',
    location: { mode: 'in-person', venue: { en: 'UNESCO Headquarters', fr: 'Siège de l’UNESCO' }, city: { en: 'Paris', fr: 'Paris' }, country: 'FR' },
    organizers: [{ role: 'secretariat' }, { role: 'liaison-committee' }],
    provenance: provenance(['https://ngo-unesco.net/?p=571'], `Run by the Desk for IGOs/NGOs and the Liaison Committee. ${HQ_NOTE}`),
  },
  {
    ...base,
    id: 'gc-41-ngo-desk-2021',
    kind: 'gc-ngo-space',
    title: titled('gc-ngo-space', { ar: '(الدورة 41)', en: '(41st session)', es: '(41.ª reunión)', fr: '(41e session)', ru: '(41-я сессия)', zh: '（第41届）' }),
    description: {
      en: 'The "NGO Desk" of the 41st General Conference. NGOs in official partnership may attend the General Conference as observers; contact: Unit for Civil Society Partnerships.',
    },
    when: { allDay: true, startDate: '2021-11-09', endDate: '2021-11-20', timeZone: 'Europe/Paris' },
    sessionId: 'gc-41',
    location: {
      mode: 'in-person',
      venue: { en: 'Salle des pas perdus, UNESCO Headquarters', fr: 'Salle des pas perdus, Siège de l’UNESCO' },
      city: { en: 'Paris', fr: 'Paris' },
      country: 'FR',
    },
    organizers: [{ role: 'secretariat' }],
    provenance: provenance(['https://www.unesco.org/en/general-conference/41/ngo-desk'], HQ_NOTE),
  },
  {
    ...base,
    id: 'ngp-212-ex-2021',
    kind: 'ngp-session',
    title: {
      ar: 'لجنة الشركاء غير الحكوميين – الدورة 212 للمجلس التنفيذي',
      en: 'Committee on Non-Governmental Partners – 212th session of the Executive Board',
      es: 'Comité de Asociados No Gubernamentales – 212.ª reunión del Consejo Ejecutivo',
      fr: 'Comité sur les partenaires non gouvernementaux – 212e session du Conseil exécutif',
      ru: 'Комитет по неправительственным партнерам – 212-я сессия Исполнительного совета',
      zh: '非政府伙伴委员会——执行局第212届会议',
    },
    description: {
      en: 'Thematic NGO–Member State debates had been planned but were postponed because of the pandemic; Finland proposed parallel NGO events during the General Conference.',
    },
    when: { allDay: true, startDate: '2021-10-08', endDate: '2021-10-08', timeZone: 'Europe/Paris' },
    sessionId: 'ngp-212',
    organizers: [{ role: 'executive-board' }],
    provenance: provenance(['https://soroptimistinternational.org/unesco-partnership-with-ngos']),
  },
];
