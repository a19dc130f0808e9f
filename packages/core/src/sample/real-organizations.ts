import type {
  Identifier,
  Organization,
  PartnershipEntry,
} from '../schemas/organization.js';
import type { SectorCode } from '../schemas/sector.js';
import type { LocalizedText, PartialLocalizedText } from '../schemas/localized-text.js';

/*
 * Real UNESCO NGO partners, limited to what the public sources listed in
 * /work/shared/reference/unesco-domain.md §6 state. Rules followed here:
 * - no contacts, people, e-mails or phone numbers (`contacts: []`);
 * - no status, admission year or renewal date that a source does not state;
 * - `verified: false` throughout: the facts come through the compiled reference and
 *   have not each been re-checked against the pages by hand;
 * - French names only where they are the organisation's own; otherwise the proper name repeats.
 *
 * Left out because the reference did not retain a source URL (add them once a page is found):
 * - WOSM (World Organization of the Scout Movement): "source URL not retained; verify".
 * - ISC (International Science Council): "source URL not retained; verify".
 * - ANCEFA (Africa Network Campaign on Education for All): "source URL not retained (CCNGO material); verify".
 * - FAWE (Forum for African Women Educationalists): "source URL not retained; verify".
 * - IUGS (International Union of Geological Sciences): "source URL not retained; verify".
 */

const AS_OF = '2026-11-26';

const NGO_DB = 'http://ngo-db.unesco.org/r/or/en/';
const UNESCO_DIRECTORY = 'https://en.unesco.org/partnerships/non-governmental-organizations/';
const LIAISON_COMMITTEE_PAGE = 'https://en.unesco.org/partnerships/icngo-liaison-committee';
const LC_PROPOSAL_LIST = 'https://ngo-unesco.net/?page_id=43';

const PRE_2011_NOTE =
  'The source predates the 2011 Directives, which replaced the 1995 categories with consultative and associate status; ' +
  'the current category is not stated by the sources found, so the current status is left unverified.';

interface RealInput {
  id: string;
  name: LocalizedText;
  acronym?: PartialLocalizedText;
  headquarters?: { city?: string; country?: string };
  founded?: number;
  website?: string;
  sectors: SectorCode[];
  fieldsOfInterest: string[];
  partnership: PartnershipEntry[];
  identifiers?: Identifier[];
  sourceUrls: string[];
  note?: string;
}

/** Builds a record with the fixed parts every real organisation shares. */
function real({ sourceUrls, note, identifiers = [], ...fields }: RealInput): Organization {
  return {
    kind: 'ngo',
    ...fields,
    contacts: [],
    identifiers,
    provenance: {
      sourceUrls,
      asOf: AS_OF,
      verified: false,
      fictional: false,
      ...(note === undefined ? {} : { note }),
    },
  };
}

/** Same text in English and French (a proper name, or no French name of the organisation's own was sourced). */
function sameName(name: string): LocalizedText {
  return { en: name, fr: name };
}

/** An acronym that appears only on the Liaison Committee proposal list. */
function lcListOnly(acronym: string): Organization {
  return real({
    id: acronym.toLowerCase(),
    name: sameName(acronym),
    acronym: { en: acronym },
    sectors: [],
    fieldsOfInterest: [],
    partnership: [{ status: 'unverified', sourceUrl: LC_PROPOSAL_LIST }],
    sourceUrls: [LC_PROPOSAL_LIST],
    note:
      'Listed only by acronym on the NGO-UNESCO Liaison Committee proposal list; the source does not expand the name, ' +
      'so the acronym stands in for it and no full name is guessed.',
  });
}

// ---------------------------------------------------------------------------------------------
// Explicitly associate (§6)
// ---------------------------------------------------------------------------------------------

const ASSOCIATE: Organization[] = [
  real({
    id: 'icom',
    name: { en: 'International Council of Museums', fr: 'Conseil international des musées' },
    acronym: { en: 'ICOM' },
    headquarters: { city: 'Paris', country: 'FR' },
    sectors: ['CLT'],
    fieldsOfInterest: ['museums', 'heritage'],
    partnership: [{ status: 'associate', sourceUrl: `${NGO_DB}1100048611` }],
    identifiers: [
      { scheme: 'UNESCO-NGO-DB', value: '1100048611' },
      { scheme: 'UIA', value: '1100048611' },
    ],
    sourceUrls: [`${NGO_DB}1100048611`],
  }),
  real({
    id: 'cioff',
    name: {
      en: 'International Council of Organizations of Folklore Festivals and Folk Arts',
      fr: "Conseil international des organisations de festivals de folklore et d'arts traditionnels",
    },
    acronym: { en: 'CIOFF' },
    headquarters: { city: 'Confolens', country: 'FR' },
    website: 'https://cioff.org/',
    sectors: ['CLT'],
    fieldsOfInterest: ['intangible-heritage', 'folklore'],
    partnership: [
      { status: 'consultative', sourceUrl: 'https://cioff.org/' },
      {
        status: 'associate',
        from: 2015,
        sourceUrl: 'http://cioff.de/en/press-archives/38-cioff-has-been-awarded-the-unesco-associate-partner-status-as-ngo',
      },
    ],
    identifiers: [
      { scheme: 'UNESCO-NGO-DB', value: '1100029537' },
      { scheme: 'UIA', value: '1100029537' },
    ],
    sourceUrls: [
      'https://cioff.org/',
      `${NGO_DB}1100029537`,
      'http://cioff.de/en/press-archives/38-cioff-has-been-awarded-the-unesco-associate-partner-status-as-ngo',
    ],
  }),
  real({
    id: 'auf',
    name: sameName('Agence universitaire de la Francophonie'),
    acronym: { en: 'AUF' },
    headquarters: { city: 'Montreal', country: 'CA' },
    sectors: ['ED'],
    fieldsOfInterest: ['higher-education'],
    partnership: [
      {
        status: 'associate',
        from: 2012,
        decidedBy: 'EB',
        decisionRef: '189 EX/NGP/2',
        sourceUrl: 'https://abcdocz.com/doc/17234',
      },
    ],
    sourceUrls: ['https://abcdocz.com/doc/17234'],
    note: 'Admitted to associate status at the 189th Executive Board (2012); individual fact sheet in 189 EX/NGP/2.',
  }),
  real({
    id: 'ifj',
    name: { en: 'International Federation of Journalists', fr: 'Fédération internationale des journalistes' },
    acronym: { en: 'IFJ' },
    headquarters: { city: 'Brussels', country: 'BE' },
    sectors: ['CI'],
    fieldsOfInterest: ['press-freedom', 'journalism'],
    partnership: [{ status: 'associate', sourceUrl: 'https://www.radiovop.com/ifj-attains-unesco-associate-status/' }],
    sourceUrls: ['https://www.radiovop.com/ifj-attains-unesco-associate-status/'],
    note: 'The reference also cites a piglix (Wikipedia mirror) page whose exact URL was not retained.',
  }),
  real({
    id: 'wan-ifra',
    name: sameName('World Association of News Publishers'),
    acronym: { en: 'WAN-IFRA' },
    sectors: ['CI'],
    fieldsOfInterest: ['press-freedom'],
    partnership: [
      {
        status: 'official-unspecified',
        legacyStatus: 'formal-associate',
        from: 2002,
        sourceUrl:
          'https://webarchive.unesco.org/web/20170201142107/http://portal.unesco.org/ci/en/ev.php-URL_ID=5760&URL_DO=DO_TOPIC&URL_SECTION=201.html',
      },
      { status: 'unverified' },
    ],
    sourceUrls: [
      'https://webarchive.unesco.org/web/20170201142107/http://portal.unesco.org/ci/en/ev.php-URL_ID=5760&URL_DO=DO_TOPIC&URL_SECTION=201.html',
    ],
    note:
      'The source is a 2002 UNESCO news item granting the then World Association of Newspapers "Associate Relations" ' +
      '(1995 Directives). ' +
      PRE_2011_NOTE +
      ' Headquarters left empty: the sources conflict (Paris vs Frankfurt).',
  }),
  real({
    id: 'wfuca',
    name: {
      en: 'World Federation of UNESCO Clubs, Centres and Associations',
      fr: 'Fédération mondiale des associations, centres et clubs UNESCO',
    },
    acronym: { en: 'WFUCA', fr: 'FMACU' },
    headquarters: { city: 'Paris', country: 'FR' },
    website: 'https://wfuca-fmacu.org/',
    sectors: [],
    fieldsOfInterest: ['unesco-clubs', 'youth'],
    partnership: [{ status: 'associate', sourceUrl: 'https://wfuca-fmacu.org/about-us/' }],
    identifiers: [{ scheme: 'UIA', value: '1100024413' }],
    sourceUrls: ['https://wfuca-fmacu.org/about-us/', 'https://uia.org/s/or/en/1100024413'],
    note: 'Cross-sector: the sources name no single programme sector.',
  }),
  real({
    id: 'wfeo',
    name: sameName('World Federation of Engineering Organizations'),
    acronym: { en: 'WFEO' },
    headquarters: { city: 'Paris', country: 'FR' },
    website: 'https://wfeo.org/',
    sectors: ['SC'],
    fieldsOfInterest: ['engineering'],
    partnership: [
      {
        status: 'associate',
        from: 2021,
        to: 2029,
        decidedBy: 'EB',
        decisionRef: '212 EX (October 2021)',
        sourceUrl: 'https://www.wfeo.org/unesco-renewal-of-the-associate-status-of-wfeo/',
      },
    ],
    sourceUrls: ['https://www.wfeo.org/unesco-renewal-of-the-associate-status-of-wfeo/'],
    note: 'Associate status renewed for 8 years, to 2029, at the 212th session of the Executive Board (NGP Committee, October 2021).',
  }),
  real({
    id: 'iti',
    name: { en: 'International Theatre Institute', fr: 'Institut international du théâtre' },
    acronym: { en: 'ITI' },
    sectors: ['CLT'],
    fieldsOfInterest: ['performing-arts'],
    partnership: [
      {
        status: 'official-unspecified',
        legacyStatus: 'formal-associate',
        sourceUrl: 'https://ifacca.org/whats-on/sector-events/31st-unesco-iti-world-congress-and-theatre/',
      },
      { status: 'unverified' },
    ],
    sourceUrls: ['https://ifacca.org/whats-on/sector-events/31st-unesco-iti-world-congress-and-theatre/'],
    note:
      'A 2006 IFACCA listing states "formal associate relations" with UNESCO. ' +
      PRE_2011_NOTE +
      ' Headquarters left empty: the sources conflict (Shanghai vs Paris).',
  }),
];

// ---------------------------------------------------------------------------------------------
// Explicitly consultative (§6)
// ---------------------------------------------------------------------------------------------

const CONSULTATIVE: Organization[] = [
  real({
    id: 'iaa',
    name: { en: 'International Association of Art', fr: 'Association internationale des arts plastiques' },
    acronym: { en: 'IAA', fr: 'AIAP' },
    headquarters: { city: 'Paris', country: 'FR' },
    sectors: ['CLT'],
    fieldsOfInterest: ['visual-arts'],
    partnership: [
      {
        status: 'consultative',
        sourceUrl: 'https://iaa-europe.eu/index.php/about-iaa-europe/iaa-international-association-of-art',
      },
    ],
    sourceUrls: [
      'https://igbk.de/de/wir-vernetzen/iaa',
      'https://iaa-europe.eu/index.php/about-iaa-europe/iaa-international-association-of-art',
    ],
  }),
  real({
    id: 'isocarp',
    name: sameName('International Society of City and Regional Planners'),
    acronym: { en: 'ISOCARP' },
    headquarters: { city: 'The Hague', country: 'NL' },
    website: 'https://isocarp.org/',
    sectors: ['SC', 'SHS'],
    fieldsOfInterest: ['urban-planning'],
    partnership: [{ status: 'consultative', sourceUrl: 'https://isocarp.org/about-isocarp/' }],
    sourceUrls: ['https://isocarp.org/about-isocarp/'],
    note:
      'The page says "formal consultative status", wording that may date from the 1995 categories; kept as consultative ' +
      'as the reference lists it, pending a check.',
  }),
  real({
    id: 'ifhe',
    name: sameName('International Federation for Home Economics'),
    acronym: { en: 'IFHE' },
    headquarters: { city: 'Bonn', country: 'DE' },
    website: 'https://ifhe.org/',
    sectors: ['ED', 'SHS'],
    fieldsOfInterest: ['home-economics'],
    partnership: [
      { status: 'consultative', from: 1965, sourceUrl: 'https://www.ifhe.org/united-nations/consultative-status/' },
    ],
    sourceUrls: ['https://www.ifhe.org/united-nations/consultative-status/'],
    note: 'IFHE states consultative status with UNESCO since 1965 (a year before the 2011 categories existed).',
  }),
  real({
    id: 'dianova-international',
    name: sameName('Dianova International'),
    website: 'https://dianova.org/',
    sectors: ['SHS'],
    fieldsOfInterest: ['addiction', 'youth', 'social-inclusion'],
    partnership: [
      {
        status: 'consultative',
        sourceUrl: 'https://www.dianova.org/news/dianova-in-qconsultative-statusq-with-unesco/',
      },
    ],
    sourceUrls: [
      'https://www.dianova.org/news/dianova-in-qconsultative-statusq-with-unesco/',
      'https://www.dianova.it/dianova-ottiene-lo-qstatuto-consultivo-dallunesco/',
    ],
    note: 'Reclassified to consultative status after the 2011 Directives; the year is not stated. Headquarters not given by the sources.',
  }),
  real({
    id: 'pen-international',
    name: sameName('PEN International'),
    headquarters: { city: 'London', country: 'GB' },
    sectors: ['CLT', 'CI'],
    fieldsOfInterest: ['literature', 'freedom-of-expression'],
    partnership: [
      {
        status: 'official-unspecified',
        legacyStatus: 'formal-consultative',
        sourceUrl: 'https://pen.org/about/the-pen-world/',
      },
      { status: 'unverified' },
    ],
    sourceUrls: ['https://pen.org/about/the-pen-world/'],
    note: 'PEN America describes PEN International as "in formal consultative relations with UNESCO". ' + PRE_2011_NOTE,
  }),
  real({
    id: 'jci',
    name: { en: 'Junior Chamber International', fr: 'Jeune Chambre internationale' },
    acronym: { en: 'JCI' },
    headquarters: { city: 'St. Louis', country: 'US' },
    sectors: ['SHS', 'ED'],
    fieldsOfInterest: ['youth'],
    partnership: [
      {
        status: 'official-unspecified',
        from: 2010,
        sourceUrl: 'https://www.jcicurepipe.org/news/jci/strengthening-partnerships-unesco/',
      },
      { status: 'unverified' },
    ],
    sourceUrls: ['https://www.jcicurepipe.org/news/jci/strengthening-partnerships-unesco/'],
    note:
      'The 2010 source says JCI was "admitted to official relations with UNESCO" and joined the CCNGO/EFA; it does not name ' +
      'a category. ' +
      PRE_2011_NOTE,
  }),
  real({
    id: 'fede',
    name: sameName('Fédération européenne des écoles'),
    acronym: { en: 'FEDE' },
    website: 'https://fede.education/',
    sectors: ['ED'],
    fieldsOfInterest: [],
    partnership: [
      {
        status: 'consultative',
        from: 2020,
        sourceUrl: 'https://fede.education/en/2023/02/22/the-fede-becomes-an-official-partner-of-unesco',
      },
    ],
    sourceUrls: ['https://fede.education/en/2023/02/22/the-fede-becomes-an-official-partner-of-unesco'],
    note: 'Consultative status since 30 September 2020. Headquarters not given by the sources used.',
  }),
];

// ---------------------------------------------------------------------------------------------
// Official partner, category not stated in the sources found (§6)
// ---------------------------------------------------------------------------------------------

function officialUnspecified(sourceUrl: string): PartnershipEntry[] {
  return [{ status: 'official-unspecified', sourceUrl }];
}

const OFFICIAL_UNSPECIFIED: Organization[] = [
  real({
    id: 'imc',
    name: { en: 'International Music Council', fr: 'Conseil international de la musique' },
    acronym: { en: 'IMC' },
    headquarters: { city: 'Paris', country: 'FR' },
    sectors: ['CLT'],
    fieldsOfInterest: ['music'],
    partnership: officialUnspecified('https://accordions.com/cia/cia_imc.php'),
    sourceUrls: ['https://accordions.com/cia/cia_imc.php'],
  }),
  real({
    id: 'cid',
    name: { en: 'International Dance Council', fr: 'Conseil international de la danse' },
    acronym: { en: 'CID' },
    headquarters: { city: 'Paris', country: 'FR' },
    sectors: ['CLT'],
    fieldsOfInterest: ['dance'],
    partnership: officialUnspecified('http://cidcongress-spb.com/resolution/'),
    sourceUrls: ['http://cidcongress-spb.com/resolution/'],
    note: 'The congress resolution page reads "official partnership with UNESCO (consultative status)"; the reference has not yet adopted the category.',
  }),
  real({
    id: 'iau',
    name: { en: 'International Association of Universities', fr: 'Association internationale des universités' },
    acronym: { en: 'IAU' },
    headquarters: { city: 'Paris', country: 'FR' },
    website: 'https://iau.global/',
    sectors: ['ED'],
    fieldsOfInterest: ['higher-education'],
    partnership: officialUnspecified('https://iau.global/about'),
    sourceUrls: ['https://iau.global/about'],
    note: 'The IAU page reads "official partner of UNESCO (Associate status)"; the reference has not yet adopted the category.',
  }),
  real({
    id: 'icomos',
    name: { en: 'International Council on Monuments and Sites', fr: 'Conseil international des monuments et des sites' },
    acronym: { en: 'ICOMOS' },
    headquarters: { city: 'Paris', country: 'FR' },
    sectors: ['CLT'],
    fieldsOfInterest: ['heritage', 'world-heritage'],
    partnership: officialUnspecified('https://whc.unesco.org/en/advisorybodies/'),
    sourceUrls: ['https://whc.unesco.org/en/advisorybodies/'],
    note: 'Advisory body to the World Heritage Committee under the World Heritage Convention.',
  }),
  real({
    id: 'ifla',
    name: {
      en: 'International Federation of Library Associations and Institutions',
      fr: 'Fédération internationale des associations de bibliothécaires et des bibliothèques',
    },
    acronym: { en: 'IFLA' },
    headquarters: { city: 'The Hague', country: 'NL' },
    website: 'https://ifla.org/',
    sectors: ['CI'],
    fieldsOfInterest: ['libraries'],
    partnership: officialUnspecified('https://www.ifla.org/news/unesco-and-ifla-celebrating-75-years-of-partnership/'),
    sourceUrls: ['https://www.ifla.org/news/unesco-and-ifla-celebrating-75-years-of-partnership/'],
  }),
  real({
    id: 'ica',
    name: { en: 'International Council on Archives', fr: 'Conseil international des archives' },
    acronym: { en: 'ICA' },
    headquarters: { city: 'Paris', country: 'FR' },
    sectors: ['CI', 'CLT'],
    fieldsOfInterest: ['archives'],
    partnership: officialUnspecified('https://www.alaarchivos.org/'),
    sourceUrls: ['https://www.alaarchivos.org/'],
    note: 'The reference cites alaarchivos.org without the page address; the site root is given.',
  }),
  real({
    id: 'cipsh',
    name: {
      en: 'International Council for Philosophy and Human Sciences',
      fr: 'Conseil international de la philosophie et des sciences humaines',
    },
    acronym: { en: 'CIPSH' },
    website: 'https://cipsh.net/',
    sectors: ['SHS'],
    fieldsOfInterest: ['humanities'],
    partnership: officialUnspecified('http://www.cipsh.net/web/aboutus.html'),
    sourceUrls: ['http://www.cipsh.net/web/aboutus.html'],
    note: 'Describes itself as "a non-governmental organisation within UNESCO". Headquarters not given by the sources used.',
  }),
  real({
    id: 'atd-fourth-world',
    name: { en: 'International Movement ATD Fourth World', fr: 'Mouvement international ATD Quart Monde' },
    acronym: { en: 'ATD Fourth World', fr: 'ATD Quart Monde' },
    headquarters: { city: 'Pierrelaye', country: 'FR' },
    sectors: ['SHS', 'ED'],
    fieldsOfInterest: ['extreme-poverty'],
    partnership: officialUnspecified(`${UNESCO_DIRECTORY}mouvement-international-atd-quart-monde`),
    sourceUrls: [`${UNESCO_DIRECTORY}mouvement-international-atd-quart-monde`],
  }),
  real({
    id: 'clade',
    name: {
      en: 'Latin American Campaign for the Right to Education',
      es: 'Campaña Latinoamericana por el Derecho a la Educación',
      fr: 'Latin American Campaign for the Right to Education',
    },
    acronym: { en: 'CLADE' },
    headquarters: { city: 'São Paulo', country: 'BR' },
    sectors: ['ED'],
    fieldsOfInterest: ['right-to-education', 'human-rights'],
    partnership: officialUnspecified(`${UNESCO_DIRECTORY}latin-american-campaign-right-education`),
    sourceUrls: [`${UNESCO_DIRECTORY}latin-american-campaign-right-education`],
  }),
  real({
    id: 'bice',
    name: { en: 'International Catholic Child Bureau', fr: "Bureau international catholique de l'enfance" },
    acronym: { en: 'ICCB', fr: 'BICE' },
    headquarters: { city: 'Paris', country: 'FR' },
    website: 'https://bice.org/',
    sectors: ['SHS', 'ED'],
    fieldsOfInterest: ['childrens-rights'],
    partnership: officialUnspecified(`${UNESCO_DIRECTORY}international-catholic-child-bureau`),
    sourceUrls: [`${UNESCO_DIRECTORY}international-catholic-child-bureau`, 'https://bice.org/'],
  }),
  real({
    id: 'omep',
    name: {
      en: 'World Organization for Early Childhood Education',
      fr: "Organisation mondiale pour l'éducation préscolaire",
    },
    acronym: { en: 'OMEP' },
    website: 'https://omepworld.org/',
    sectors: ['ED'],
    fieldsOfInterest: ['early-childhood'],
    partnership: officialUnspecified('https://omepworld.org/omep-on-the-united-nations-unesco-2/'),
    sourceUrls: ['https://omepworld.org/omep-on-the-united-nations-unesco-2/'],
    note: 'OMEP names permanent representatives at UNESCO. The reference also cites its UN esango profile (URL not retained). Headquarters not given.',
  }),
  real({
    id: 'gwi',
    name: sameName('Graduate Women International'),
    acronym: { en: 'GWI' },
    headquarters: { city: 'Geneva', country: 'CH' },
    sectors: ['ED'],
    fieldsOfInterest: ['gender-equality'],
    partnership: officialUnspecified('http://womengraduatesunion.org/media_Details.php?NewsId=103'),
    sourceUrls: [
      'https://en.wikipedia.org/wiki/Graduate_Women_International',
      'http://womengraduatesunion.org/media_Details.php?NewsId=103',
    ],
    note: 'Described as "an NGO maintaining official relations with UNESCO".',
  }),
  real({
    id: 'icw',
    name: { en: 'International Council of Women', fr: 'Conseil international des femmes' },
    acronym: { en: 'ICW' },
    headquarters: { city: 'Paris', country: 'FR' },
    sectors: [],
    fieldsOfInterest: ['gender-equality'],
    partnership: officialUnspecified('https://en.wikipedia.org/wiki/International_Council_of_Women'),
    sourceUrls: ['https://en.wikipedia.org/wiki/International_Council_of_Women'],
  }),
  real({
    id: 'soroptimist-international',
    name: sameName('Soroptimist International'),
    acronym: { en: 'SI' },
    headquarters: { city: 'Cambridge', country: 'GB' },
    website: 'https://soroptimistinternational.org/',
    sectors: ['ED'],
    fieldsOfInterest: ['gender-equality'],
    partnership: officialUnspecified(
      'https://www.soroptimistinternational.org/advocacy/si-at-the-united-nations/paris/',
    ),
    sourceUrls: ['https://www.soroptimistinternational.org/advocacy/si-at-the-united-nations/paris/'],
    note: 'Soroptimist International names UN representatives at UNESCO.',
  }),
  real({
    id: 'acww',
    name: sameName('Associated Country Women of the World'),
    acronym: { en: 'ACWW' },
    headquarters: { city: 'London', country: 'GB' },
    sectors: [],
    fieldsOfInterest: ['gender-equality', 'rural-women'],
    partnership: officialUnspecified(LIAISON_COMMITTEE_PAGE),
    sourceUrls: [LIAISON_COMMITTEE_PAGE],
    note: 'Member of the NGO-UNESCO Liaison Committee for 2021-2022.',
  }),
  real({
    id: 'ccivs',
    name: {
      en: 'Coordinating Committee for International Voluntary Service',
      fr: 'Comité de coordination du service volontaire international',
    },
    acronym: { en: 'CCIVS' },
    headquarters: { city: 'Paris', country: 'FR' },
    founded: 1948,
    sectors: [],
    fieldsOfInterest: ['youth', 'volunteering'],
    partnership: officialUnspecified(LIAISON_COMMITTEE_PAGE),
    sourceUrls: [LIAISON_COMMITTEE_PAGE],
    note: 'Member of the NGO-UNESCO Liaison Committee for 2021-2022; created under UNESCO auspices in 1948.',
  }),
  real({
    id: 'fape',
    name: {
      en: "African Federation of Parents' Associations",
      fr: "Fédération africaine des associations de parents d'élèves et étudiants",
    },
    acronym: { en: 'FAPE' },
    sectors: ['ED'],
    fieldsOfInterest: ['parents'],
    partnership: officialUnspecified(LIAISON_COMMITTEE_PAGE),
    sourceUrls: [LIAISON_COMMITTEE_PAGE],
    note:
      'Member of the NGO-UNESCO Liaison Committee for 2021-2022, "based in Congo"; headquarters left empty until it is ' +
      'known which Congo (CG or CD).',
  }),
  real({
    id: 'cisv-international',
    name: sameName('CISV International'),
    acronym: { en: 'CISV' },
    sectors: ['ED'],
    fieldsOfInterest: ['youth', 'peace-education'],
    partnership: officialUnspecified('https://ngo-unesco.net/'),
    sourceUrls: ['https://ngo-unesco.net/'],
    note: 'Took part in a panel at the 2024 International Conference of NGOs (NGO-UNESCO Liaison Committee site; page address not retained). Headquarters not given.',
  }),
];

// ---------------------------------------------------------------------------------------------
// Cooperation only (§6): status `unverified`
// ---------------------------------------------------------------------------------------------

const COOPERATION_ONLY: Organization[] = [
  real({
    id: 'arab-institute-for-human-rights',
    name: {
      ar: 'المعهد العربي لحقوق الإنسان',
      en: 'Arab Institute for Human Rights',
      fr: "Institut arabe des droits de l'homme",
    },
    headquarters: { city: 'Tunis', country: 'TN' },
    sectors: ['SHS'],
    fieldsOfInterest: ['human-rights'],
    partnership: [
      {
        status: 'unverified',
        sourceUrl:
          'https://en.unesco.org/events/another-perspective-migration-ninth-international-forum-ngos-official-partnership-unesco',
      },
    ],
    sourceUrls: [
      'https://en.unesco.org/events/another-perspective-migration-ninth-international-forum-ngos-official-partnership-unesco',
      'http://www.ngo-unesco.net/en/?page_id=743',
    ],
    note: 'Hosted the 9th International Forum of NGOs in official partnership with UNESCO (Tunis, 26-27 September 2018).',
  }),
  real({
    id: 'wagggs',
    name: {
      en: 'World Association of Girl Guides and Girl Scouts',
      fr: 'Association mondiale des guides et des éclaireuses',
    },
    acronym: { en: 'WAGGGS', fr: 'AMGE' },
    headquarters: { city: 'London', country: 'GB' },
    sectors: [],
    fieldsOfInterest: ['youth', 'gender-equality'],
    partnership: [
      {
        status: 'unverified',
        sourceUrl:
          'https://histoire-du-scoutisme-laique.fr/2022/09/17/2022-08-notre-participation-a-l-universite-d-ete-a-becours-04-le-mouvement-a-l-unesco',
      },
    ],
    sourceUrls: [
      'https://histoire-du-scoutisme-laique.fr/2022/09/17/2022-08-notre-participation-a-l-universite-d-ete-a-becours-04-le-mouvement-a-l-unesco',
    ],
  }),
  real({
    id: 'education-international',
    name: { en: 'Education International', fr: "Internationale de l'Éducation" },
    acronym: { en: 'EI', fr: 'IE' },
    headquarters: { city: 'Brussels', country: 'BE' },
    website: 'https://ei-ie.org/',
    sectors: ['ED'],
    fieldsOfInterest: ['teachers'],
    partnership: [
      {
        status: 'unverified',
        sourceUrl: 'https://www.ei-ie.org/en/detail/2068/updated-memorandum-of-understanding-between-unesco-and-ei',
      },
    ],
    sourceUrls: ['https://www.ei-ie.org/en/detail/2068/updated-memorandum-of-understanding-between-unesco-and-ei'],
    note: 'UNESCO and EI signed a memorandum of understanding (renewed in 2012 for 2012-2020); no partnership category is stated.',
  }),
  real({
    id: 'aspbae',
    name: sameName('Asia South Pacific Association for Basic and Adult Education'),
    acronym: { en: 'ASPBAE' },
    headquarters: { city: 'Mumbai', country: 'IN' },
    sectors: ['ED'],
    fieldsOfInterest: ['adult-learning'],
    partnership: [
      {
        status: 'unverified',
        sourceUrl:
          'https://webarchive.unesco.org/web/20160711133328/http://www.unescobkk.org/education/literacy-and-lifelong-learning/networks/aspbae/',
      },
    ],
    sourceUrls: [
      'https://webarchive.unesco.org/web/20160711133328/http://www.unescobkk.org/education/literacy-and-lifelong-learning/networks/aspbae/',
      'https://www.dvv-international.la/regional-project/aspbae',
    ],
    note: 'Listed among UNESCO Bangkok networks; headquarters in Mumbai as stated by DVV International.',
  }),
];

// ---------------------------------------------------------------------------------------------
// Names on the Liaison Committee proposal list (ngo-unesco.net/?page_id=43): acronym only
// ---------------------------------------------------------------------------------------------

const LC_PROPOSAL_LIST_NAMES: Organization[] = ['ISAPA', 'IMA', 'EUROALFA', 'IAC', 'IAW', 'ICBC', 'OMAEC'].map(lcListOnly);

/** Real partners of UNESCO, as far as public sources state (44 records). */
export const REAL_ORGANIZATIONS: readonly Organization[] = [
  ...ASSOCIATE,
  ...CONSULTATIVE,
  ...OFFICIAL_UNSPECIFIED,
  ...COOPERATION_ONLY,
  ...LC_PROPOSAL_LIST_NAMES,
];
