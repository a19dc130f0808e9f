import type { GoverningBodySession } from './governing-body-session.js';

/*
 * Real governing-body sessions of the NGO–UNESCO dialogue, with only what the cited pages
 * state (each read through the `search` tool's stored copy on the date below):
 * - dates and place as the pages give them; a place only where a page says where the session
 *   met, and no place for the 189th Board session (its page gives dates only);
 * - agenda items only with the number, title and documents a page gives, titles in the
 *   language of the page (English); the 212th Board session's NGP item is described on its
 *   pages without a number, so it is in the note, not in `agendaItems`;
 * - left out: the NGP Committee's meeting at the 189th session (documents 189 EX/NGP/…, no
 *   date found), and the 38th General Conference's NGO Space (no dates found; the session
 *   itself is here).
 * `verified: false`: the facts come from third-party copies of the pages, not UNESDOC.
 */

const AS_OF = '2026-11-26';
const PARIS = 'Europe/Paris';
const HEADQUARTERS = {
  venue: { en: 'UNESCO Headquarters', fr: 'Siège de l’UNESCO' },
  city: { en: 'Paris', fr: 'Paris' },
  country: 'FR',
} as const;
const PARIS_ONLY = { city: { en: 'Paris', fr: 'Paris' }, country: 'FR' } as const;

const provenance = (sourceUrls: string[], note?: string): GoverningBodySession['provenance'] => ({
  sourceUrls,
  asOf: AS_OF,
  verified: false,
  fictional: false,
  ...(note ? { note } : {}),
});

export const REAL_SESSIONS: readonly GoverningBodySession[] = [
  {
    id: 'gc-36',
    body: 'general-conference',
    number: 36,
    dates: { start: '2011-10-25', end: '2011-11-10' },
    timeZone: PARIS,
    place: HEADQUARTERS,
    agendaItems: [
      {
        number: '9.2',
        title: { en: 'New Directives concerning UNESCO’s partnership with non-governmental organizations' },
        documents: ['36 C/48'],
      },
    ],
    provenance: provenance(
      [
        'https://iite.unesco.org/news/639054/',
        'http://businessdocbox.com/Government/74644058-New-directives-concerning-unesco-s-partnership-with-non-governmental-organizations-outline.html',
      ],
      'The session adopted the 2011 Directives (36 C/Resolution 108). Item 9.2 and its document 36 C/48 (18 August 2011) as the document itself gives them.',
    ),
  },
  {
    id: 'ex-189',
    body: 'executive-board',
    number: 189,
    dates: { start: '2012-02-27', end: '2012-03-10' },
    timeZone: PARIS,
    agendaItems: [
      {
        number: '18',
        title: { en: 'Relations with Member States, intergovernmental organizations and non-governmental partners' },
        documents: ['189 EX/18 Part I', '189 EX/NGP/2'],
      },
    ],
    provenance: provenance(
      [
        'http://www.unesco.org/new/en/member-states/ngos-and-foundations/',
        'https://pdfslide.us/documents/executive-board-189-ex18-part-i-ex18-part-i-page-4-ii-admission-of-foundations.html',
      ],
      'Took note of the reclassification of NGOs in consultative status and admitted 63 NGOs to associate status. Part I of item 18 is "Relations with non-governmental partners"; 189 EX/18 Part I is to be considered with 189 EX/NGP/2.',
    ),
  },
  {
    id: 'gc-38',
    body: 'general-conference',
    number: 38,
    dates: { start: '2015-11-03', end: '2015-11-18' },
    timeZone: PARIS,
    place: PARIS_ONLY,
    agendaItems: [],
    provenance: provenance(['https://www.ispaweb.org/2015/12/01/ispa-at-the-38th-general-conference-of-unesco/']),
  },
  {
    id: 'gc-39',
    body: 'general-conference',
    number: 39,
    dates: { start: '2017-10-30', end: '2017-11-14' },
    timeZone: PARIS,
    place: PARIS_ONLY,
    agendaItems: [],
    provenance: provenance(['https://en.unesco.org/news/unesco-member-states-set-approve-programme-budget-and-appoint-new-director-general-general']),
  },
  {
    id: 'ex-212',
    body: 'executive-board',
    number: 212,
    dates: { start: '2021-10-06', end: '2021-10-20' },
    timeZone: PARIS,
    place: HEADQUARTERS,
    agendaItems: [],
    provenance: provenance(['https://www.wfeo.org/unesco-renewal-of-the-associate-status-of-wfeo/']),
  },
  {
    id: 'ngp-212',
    body: 'ngp-committee',
    number: 212,
    parentSessionId: 'ex-212',
    dates: { start: '2021-10-08', end: '2021-10-08' },
    timeZone: PARIS,
    agendaItems: [],
    provenance: provenance(
      ['https://www.wfeo.org/unesco-renewal-of-the-associate-status-of-wfeo/', 'https://www.soroptimistinternational.org/advocacy/si-at-the-united-nations/paris/'],
      'Considered the renewal of the associate status of 59 NGO partners, with the favourable advice of the Director-General (item "Relations with non-governmental partners"; its number is not given).',
    ),
  },
  {
    id: 'gc-41',
    body: 'general-conference',
    number: 41,
    dates: { start: '2021-11-09', end: '2021-11-24' },
    timeZone: PARIS,
    place: HEADQUARTERS,
    agendaItems: [
      {
        number: '1.6',
        title: {
          en: 'Admission to the 41st session of the General Conference of observers from non-governmental organizations (other than those in official partnership with UNESCO), foundations and similar institutions maintaining official relations with UNESCO, as well as from other international organizations, and recommendation of the Executive Board thereon',
        },
        documents: [],
      },
    ],
    provenance: provenance(['https://www.ifla.org/events/unesco-general-conference-2/', 'https://www.unesco.org/en/general-conference/41/plenary']),
  },
];
