import type { NationalCommission } from '../schemas/national-commission.js';
import { COUNTRIES } from './countries.js';

/*
 * National Commissions for UNESCO (Constitution, Art. VII). UNESCO counts 199 of them
 * (ar.unesco.org/node/6082) for 194 Member States and 12 Associate Members, so a few
 * states have none: every Member State and Associate Member gets an entry here, `verified`
 * only where a cited page states the commission's name. The others are `unverified`
 * (expected under Art. VII, name not sourced) and carry no name rather than a guessed one.
 * No officers' names, e-mail addresses or telephone numbers, by rule (domain notes §3e).
 */
const VERIFIED: readonly NationalCommission[] = [
  {
    country: 'CA',
    name: { en: 'Canadian Commission for UNESCO' },
    established: 1957,
    website: 'https://en.ccunesco.ca/',
    certainty: 'verified',
    sourceUrls: ['https://canadacouncil.ca/about/canadian-commission-for-unesco', 'https://en.wikipedia.org/wiki/Canadian_Commission_for_UNESCO'],
  },
  {
    country: 'DE',
    name: { en: 'German Commission for UNESCO' },
    nativeName: { lang: 'de', text: 'Deutsche UNESCO-Kommission' },
    established: 1950,
    website: 'https://www.unesco.de/',
    certainty: 'verified',
    sourceUrls: [
      'https://www.unesco.de/ueber-uns/ueber-die-deutsche-unesco-kommission/jubilaeum-75-jahre',
      'https://www.yumpu.com/en/document/view/15598891/download-unesco-deutschland/9',
    ],
  },
  {
    country: 'FR',
    name: { fr: "Commission nationale française pour l'UNESCO" },
    established: 1946,
    certainty: 'verified',
    sourceUrls: ['https://unesco.delegfrance.org/Les-missions-de-la-Commission-nationale-francaise-pour-l-UNESCO'],
  },
  {
    country: 'GB',
    name: { en: 'UK National Commission for UNESCO' },
    established: 1946,
    website: 'https://www.unesco.org.uk/',
    certainty: 'verified',
    sourceUrls: ['https://www.unesco.org.uk/about-us/'],
  },
  {
    country: 'KR',
    name: { en: 'Korean National Commission for UNESCO' },
    established: 1954,
    website: 'https://www.unesco.or.kr/',
    certainty: 'verified',
    sourceUrls: ['http://eng.unesco.or.kr/wp/foundation/'],
  },
];

const byCountry = new Map(VERIFIED.map((commission) => [commission.country, commission]));

/** One entry per Member State and Associate Member, in the order of COUNTRIES. */
export const NATIONAL_COMMISSIONS: readonly NationalCommission[] = COUNTRIES.map(
  ({ code }) => byCountry.get(code) ?? { country: code, certainty: 'unverified', sourceUrls: [] },
);
