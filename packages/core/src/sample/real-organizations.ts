import type {
  Evidence,
  EvidenceSource,
  Identifier,
  Organization,
  PartnershipEntry,
} from '../schemas/organization.js';
import type { SectorCode } from '../schemas/sector.js';
import type { PartialLocalizedText } from '../schemas/localized-text.js';
import type { NameText } from '../schemas/name-text.js';

/*
 * Real UNESCO NGO partners, limited to what public sources state (the sources compiled in
 * /work/shared/reference/unesco-domain.md §6, and the pages cited below). Rules followed here:
 * - no contacts, people, e-mails or phone numbers (`contacts: []`);
 * - a partnership category, year or end of term only where a source states it, each entry with
 *   its evidence (who says so, the page, the date read, the page's words where kept); where no
 *   source states the category the entry has none and shows as "not stated";
 * - an organisation that no source attests as an official partner has no partnership entry,
 *   only the pages that show its cooperation (`cooperation`): it is not listed among the
 *   official partners by default;
 * - names only in the languages a source gives them; a name repeated in another language
 *   needs its own source (`provenance.nameSources`);
 * - `verified: false` throughout: the facts come through the compiled reference and
 *   have not each been re-checked against the pages by hand.
 *
 * Left out because the reference did not retain a source URL (add them once a page is found):
 * - WOSM (World Organization of the Scout Movement): "source URL not retained; verify".
 * - ISC (International Science Council): "source URL not retained; verify".
 * - ANCEFA (Africa Network Campaign on Education for All): "source URL not retained (CCNGO material); verify".
 * - FAWE (Forum for African Women Educationalists): "source URL not retained; verify".
 * - IUGS (International Union of Geological Sciences): "source URL not retained; verify".
 */

/** Date the sources of the compiled reference were read. */
const AS_OF = '2026-11-26';
/** Date the sources added for the corrections of issue 11 were read. */
const CHECKED = '2026-12-03';

const NGO_DB = 'http://ngo-db.unesco.org/r/or/en/';
const UNESCO_DIRECTORY = 'https://en.unesco.org/partnerships/non-governmental-organizations/';
const LIAISON_COMMITTEE_PAGE = 'https://en.unesco.org/partnerships/icngo-liaison-committee';
const LC_PROPOSAL_LIST = 'https://ngo-unesco.net/?page_id=43';
/** UNESCO's page on NGOs and foundations: after the 189th Executive Board (2012) the partners not admitted as associates became consultative. */
const RECLASSIFICATION_2012 = 'https://www.unesco.org/new/en/member-states/ngos-and-foundations';

/** One source's statement. */
function says(source: EvidenceSource, url: string, quote?: string, asOf = AS_OF): Evidence {
  return { source, url, asOf, ...(quote === undefined ? {} : { quote }) };
}

/** An official partnership whose category no source found states. */
function categoryNotStated(...evidence: Evidence[]): PartnershipEntry[] {
  return [{ evidence }];
}

interface RealInput {
  id: string;
  name: NameText;
  acronym?: PartialLocalizedText;
  headquarters?: { city?: string; country?: string };
  founded?: number;
  website?: string;
  sectors: SectorCode[];
  fieldsOfInterest: string[];
  partnership: PartnershipEntry[];
  cooperation?: Evidence[];
  identifiers?: Identifier[];
  sourceUrls: string[];
  nameSources?: PartialLocalizedText;
  note?: string;
}

/** Builds a record with the fixed parts every real organisation shares. */
function real({ sourceUrls, nameSources, note, identifiers = [], ...fields }: RealInput): Organization {
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
      ...(nameSources === undefined ? {} : { nameSources }),
      ...(note === undefined ? {} : { note }),
    },
  };
}

/** An acronym that appears only on the Liaison Committee proposal list: not an official partner until a source says so. */
function lcListOnly(acronym: string): Organization {
  return real({
    id: acronym.toLowerCase(),
    name: { en: acronym },
    acronym: { en: acronym },
    sectors: [],
    fieldsOfInterest: [],
    partnership: [],
    cooperation: [says('third-party', LC_PROPOSAL_LIST)],
    sourceUrls: [LC_PROPOSAL_LIST],
    note:
      'Listed only by acronym on the NGO-UNESCO Liaison Committee proposal list; the source does not expand the name ' +
      'or state a partnership, so the acronym stands in for the name and no status is given.',
  });
}

// ---------------------------------------------------------------------------------------------
// Associate status stated by a source (or, before 2011, associate relations)
// ---------------------------------------------------------------------------------------------

const ASSOCIATE: Organization[] = [
  real({
    id: 'icom',
    name: { en: 'International Council of Museums', fr: 'Conseil international des musées' },
    acronym: { en: 'ICOM' },
    headquarters: { city: 'Paris', country: 'FR' },
    sectors: ['CLT'],
    fieldsOfInterest: ['museums', 'heritage'],
    partnership: [{ category: 'associate', evidence: [says('unesco-page', `${NGO_DB}1100048611`, 'UNESCO Associate Status')] }],
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
      { category: 'consultative', evidence: [says('organization', 'https://cioff.org/')] },
      {
        category: 'associate',
        from: 2015,
        evidence: [
          says('organization', 'http://cioff.de/en/press-archives/38-cioff-has-been-awarded-the-unesco-associate-partner-status-as-ngo'),
        ],
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
    name: { fr: 'Agence universitaire de la Francophonie' },
    acronym: { fr: 'AUF' },
    headquarters: { city: 'Montreal', country: 'CA' },
    sectors: ['ED'],
    fieldsOfInterest: ['higher-education'],
    partnership: [
      {
        evidence: [says('unesco-decision', 'https://abcdocz.com/doc/17234')],
      },
      {
        category: 'associate',
        from: 2012,
        decidedBy: 'EB',
        decisionRef: '189 EX/NGP/2',
        evidence: [says('unesco-decision', 'https://abcdocz.com/doc/17234')],
      },
    ],
    sourceUrls: ['https://abcdocz.com/doc/17234'],
    note:
      'Admitted to associate status at the 189th Executive Board (2012); its fact sheet in 189 EX/NGP/2 gives the ' +
      'previous status and the year of official relations, which the copy used here does not let us read: the earlier ' +
      'relation is recorded without category or year until they are read from the document.',
  }),
  real({
    id: 'ifj',
    name: { en: 'International Federation of Journalists', fr: 'Fédération internationale des journalistes' },
    acronym: { en: 'IFJ' },
    headquarters: { city: 'Brussels', country: 'BE' },
    sectors: ['CI'],
    fieldsOfInterest: ['press-freedom', 'journalism'],
    partnership: [{ category: 'associate', evidence: [says('third-party', 'https://www.radiovop.com/ifj-attains-unesco-associate-status/')] }],
    sourceUrls: ['https://www.radiovop.com/ifj-attains-unesco-associate-status/'],
    note: 'The reference also cites a piglix (Wikipedia mirror) page whose exact URL was not retained.',
  }),
  real({
    id: 'wan-ifra',
    name: { en: 'World Association of News Publishers' },
    acronym: { en: 'WAN-IFRA' },
    sectors: ['CI'],
    fieldsOfInterest: ['press-freedom'],
    partnership: [
      {
        category: 'formal-associate',
        from: 2002,
        evidence: [
          says(
            'unesco-page',
            'https://webarchive.unesco.org/web/20170201142107/http://portal.unesco.org/ci/en/ev.php-URL_ID=5760&URL_DO=DO_TOPIC&URL_SECTION=201.html',
            'Associate Relations',
          ),
        ],
      },
    ],
    sourceUrls: [
      'https://webarchive.unesco.org/web/20170201142107/http://portal.unesco.org/ci/en/ev.php-URL_ID=5760&URL_DO=DO_TOPIC&URL_SECTION=201.html',
    ],
    note:
      'A 2002 UNESCO news item grants the then World Association of Newspapers associate relations under the 1995 ' +
      'Directives; no source found states its category since the 2011–2012 reclassification. Headquarters left empty: ' +
      'the sources conflict (Paris vs Frankfurt).',
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
    partnership: [{ category: 'associate', evidence: [says('organization', 'https://wfuca-fmacu.org/about-us/')] }],
    identifiers: [{ scheme: 'UIA', value: '1100024413' }],
    sourceUrls: ['https://wfuca-fmacu.org/about-us/', 'https://uia.org/s/or/en/1100024413'],
    note: 'Cross-sector: the sources name no single programme sector.',
  }),
  real({
    id: 'wfeo',
    name: { en: 'World Federation of Engineering Organizations', fr: "Fédération mondiale des organisations d'ingénieurs" },
    acronym: { en: 'WFEO', fr: 'FMOI' },
    headquarters: { city: 'Paris', country: 'FR' },
    website: 'https://wfeo.org/',
    sectors: ['SC'],
    fieldsOfInterest: ['engineering'],
    partnership: [
      {
        category: 'associate',
        from: 2021,
        to: 2029,
        decidedBy: 'EB',
        decisionRef: '212 EX (October 2021)',
        evidence: [says('organization', 'https://www.wfeo.org/unesco-renewal-of-the-associate-status-of-wfeo/')],
      },
    ],
    sourceUrls: ['https://www.wfeo.org/unesco-renewal-of-the-associate-status-of-wfeo/'],
    nameSources: {
      fr: 'http://www.sia.ch/fr/la-sia/groupes-professionnels/genie-civil-old/articles-contributions/detail/article/empoigner-les-defis-au-niveau-mondial/',
    },
    note:
      'Associate status renewed for 8 years, to 2029, at the 212th session of the Executive Board (NGP Committee, ' +
      'October 2021). French name and acronym as the Swiss engineers\' society SIA writes them.',
  }),
  real({
    id: 'iti',
    name: { en: 'International Theatre Institute', fr: 'Institut international du théâtre' },
    acronym: { en: 'ITI' },
    sectors: ['CLT'],
    fieldsOfInterest: ['performing-arts'],
    partnership: [
      {
        category: 'formal-associate',
        evidence: [
          says('third-party', 'https://ifacca.org/whats-on/sector-events/31st-unesco-iti-world-congress-and-theatre/', 'formal associate relations'),
        ],
      },
    ],
    sourceUrls: ['https://ifacca.org/whats-on/sector-events/31st-unesco-iti-world-congress-and-theatre/'],
    note:
      'A 2006 IFACCA listing states formal associate relations (1995 Directives); no source found states the category ' +
      'since the 2011–2012 reclassification. Headquarters left empty: the sources conflict (Shanghai vs Paris).',
  }),
  real({
    id: 'iau',
    name: { en: 'International Association of Universities', fr: 'Association internationale des universités' },
    acronym: { en: 'IAU' },
    headquarters: { city: 'Paris', country: 'FR' },
    website: 'https://iau.global/',
    sectors: ['ED'],
    fieldsOfInterest: ['higher-education'],
    partnership: [
      { category: 'associate', evidence: [says('organization', 'https://iau.global/about', 'official partner of UNESCO (Associate status)')] },
    ],
    sourceUrls: ['https://iau.global/about'],
  }),
];

// ---------------------------------------------------------------------------------------------
// Consultative status stated by a source (or, before 2011, consultative relations)
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
        category: 'consultative',
        evidence: [says('organization', 'https://iaa-europe.eu/index.php/about-iaa-europe/iaa-international-association-of-art')],
      },
    ],
    sourceUrls: [
      'https://igbk.de/de/wir-vernetzen/iaa',
      'https://iaa-europe.eu/index.php/about-iaa-europe/iaa-international-association-of-art',
    ],
  }),
  real({
    id: 'isocarp',
    name: { en: 'International Society of City and Regional Planners' },
    acronym: { en: 'ISOCARP' },
    headquarters: { city: 'The Hague', country: 'NL' },
    website: 'https://isocarp.org/',
    sectors: ['SC', 'SHS'],
    fieldsOfInterest: ['urban-planning'],
    partnership: [
      { category: 'consultative', evidence: [says('organization', 'https://isocarp.org/about-isocarp/', 'formal consultative status')] },
    ],
    sourceUrls: ['https://isocarp.org/about-isocarp/'],
    note:
      'The page says "formal consultative status", wording that may date from the 1995 categories; kept as consultative ' +
      'as the reference lists it, with the page\'s words, pending a check.',
  }),
  real({
    id: 'ifhe',
    name: { en: 'International Federation for Home Economics' },
    acronym: { en: 'IFHE' },
    headquarters: { city: 'Bonn', country: 'DE' },
    website: 'https://ifhe.org/',
    sectors: ['ED', 'SHS'],
    fieldsOfInterest: ['home-economics'],
    partnership: [
      {
        from: 1965,
        evidence: [says('organization', 'https://www.ifhe.org/united-nations/consultative-status/', 'consultative status with UNESCO since 1965')],
      },
      {
        category: 'consultative',
        from: 2012,
        evidence: [
          says('organization', 'https://www.ifhe.org/united-nations/consultative-status/'),
          says('unesco-page', RECLASSIFICATION_2012),
        ],
      },
    ],
    sourceUrls: ['https://www.ifhe.org/united-nations/consultative-status/', RECLASSIFICATION_2012],
    note:
      'IFHE dates its relation with UNESCO from 1965, under the earlier Directives, whose category it does not name; ' +
      'consultative status, a category of the 2011 Directives, dates from the 2012 reclassification.',
  }),
  real({
    id: 'dianova-international',
    name: { en: 'Dianova International' },
    website: 'https://dianova.org/',
    sectors: ['SHS'],
    fieldsOfInterest: ['addiction', 'youth', 'social-inclusion'],
    partnership: [
      {
        category: 'consultative',
        evidence: [says('organization', 'https://www.dianova.org/news/dianova-in-qconsultative-statusq-with-unesco/')],
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
    name: { en: 'PEN International' },
    headquarters: { city: 'London', country: 'GB' },
    sectors: ['CLT', 'CI'],
    fieldsOfInterest: ['literature', 'freedom-of-expression'],
    partnership: [
      {
        category: 'formal-consultative',
        evidence: [says('third-party', 'https://pen.org/about/the-pen-world/', 'in formal consultative relations with UNESCO')],
      },
    ],
    sourceUrls: ['https://pen.org/about/the-pen-world/'],
    note:
      'PEN America describes PEN International as in formal consultative relations with UNESCO, a category of the 1995 ' +
      'Directives; no source found states its category since the 2011–2012 reclassification.',
  }),
  real({
    id: 'jci',
    name: { en: 'Junior Chamber International', fr: 'Jeune Chambre internationale' },
    acronym: { en: 'JCI' },
    headquarters: { city: 'Chesterfield, Missouri', country: 'US' },
    sectors: ['SHS', 'ED'],
    fieldsOfInterest: ['youth'],
    partnership: [
      {
        from: 2010,
        evidence: [
          says('organization', 'https://www.jcicurepipe.org/news/jci/strengthening-partnerships-unesco/', 'admitted to official relations with UNESCO'),
        ],
      },
    ],
    sourceUrls: [
      'https://www.jcicurepipe.org/news/jci/strengthening-partnerships-unesco/',
      'https://en.wikipedia.org/wiki/Junior_Chamber_International',
    ],
    note:
      'A JCI chapter wrote in 2010 that JCI was admitted to official relations with UNESCO and joined the CCNGO/EFA, ' +
      'without naming a category. Headquarters in Chesterfield, Missouri, as Wikipedia states it (the 2010-era ' +
      'sources said St. Louis).',
  }),
  real({
    id: 'fede',
    name: { fr: 'Fédération européenne des écoles' },
    acronym: { fr: 'FEDE' },
    website: 'https://fede.education/',
    sectors: ['ED'],
    fieldsOfInterest: [],
    partnership: [
      {
        category: 'consultative',
        from: 2020,
        evidence: [says('organization', 'https://fede.education/en/2023/02/22/the-fede-becomes-an-official-partner-of-unesco')],
      },
    ],
    sourceUrls: ['https://fede.education/en/2023/02/22/the-fede-becomes-an-official-partner-of-unesco'],
    note: 'Consultative status since 30 September 2020. Headquarters not given by the sources used.',
  }),
  real({
    id: 'cid',
    name: { en: 'International Dance Council', fr: 'Conseil international de la danse' },
    acronym: { en: 'CID' },
    headquarters: { city: 'Paris', country: 'FR' },
    sectors: ['CLT'],
    fieldsOfInterest: ['dance'],
    partnership: [
      {
        category: 'consultative',
        evidence: [says('organization', 'http://cidcongress-spb.com/resolution/', 'official partnership with UNESCO (consultative status)')],
      },
    ],
    sourceUrls: ['http://cidcongress-spb.com/resolution/'],
  }),
];

// ---------------------------------------------------------------------------------------------
// Official partner, category not stated by the sources found
// ---------------------------------------------------------------------------------------------

const CATEGORY_NOT_STATED: Organization[] = [
  real({
    id: 'imc',
    name: { en: 'International Music Council', fr: 'Conseil international de la musique' },
    acronym: { en: 'IMC' },
    headquarters: { city: 'Paris', country: 'FR' },
    sectors: ['CLT'],
    fieldsOfInterest: ['music'],
    partnership: categoryNotStated(says('third-party', 'https://accordions.com/cia/cia_imc.php')),
    sourceUrls: ['https://accordions.com/cia/cia_imc.php'],
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
    partnership: categoryNotStated(says('organization', 'https://www.ifla.org/news/unesco-and-ifla-celebrating-75-years-of-partnership/')),
    sourceUrls: ['https://www.ifla.org/news/unesco-and-ifla-celebrating-75-years-of-partnership/'],
  }),
  real({
    id: 'ica',
    name: { en: 'International Council on Archives', fr: 'Conseil international des archives' },
    acronym: { en: 'ICA' },
    headquarters: { city: 'Paris', country: 'FR' },
    sectors: ['CI', 'CLT'],
    fieldsOfInterest: ['archives'],
    partnership: categoryNotStated(says('third-party', 'https://www.alaarchivos.org/')),
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
    partnership: categoryNotStated(says('organization', 'http://www.cipsh.net/web/aboutus.html', 'a non-governmental organisation within UNESCO')),
    sourceUrls: ['http://www.cipsh.net/web/aboutus.html'],
    note: 'Headquarters not given by the sources used.',
  }),
  real({
    id: 'atd-fourth-world',
    name: { en: 'International Movement ATD Fourth World', fr: 'Mouvement international ATD Quart Monde' },
    acronym: { en: 'ATD Fourth World', fr: 'ATD Quart Monde' },
    headquarters: { city: 'Pierrelaye', country: 'FR' },
    sectors: ['SHS', 'ED'],
    fieldsOfInterest: ['extreme-poverty'],
    partnership: categoryNotStated(says('unesco-page', `${UNESCO_DIRECTORY}mouvement-international-atd-quart-monde`)),
    sourceUrls: [`${UNESCO_DIRECTORY}mouvement-international-atd-quart-monde`],
  }),
  real({
    id: 'clade',
    name: {
      en: 'Latin American Campaign for the Right to Education',
      es: 'Campaña Latinoamericana por el Derecho a la Educación',
    },
    acronym: { en: 'CLADE' },
    headquarters: { city: 'São Paulo', country: 'BR' },
    sectors: ['ED'],
    fieldsOfInterest: ['right-to-education', 'human-rights'],
    partnership: categoryNotStated(says('unesco-page', `${UNESCO_DIRECTORY}latin-american-campaign-right-education`)),
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
    partnership: [
      {
        category: 'operational',
        evidence: [
          says(
            'third-party',
            'http://www.laityfamilylife.va/content/laityfamilylife/en/sezione-laici/repertorio/uff-cattolicoinfanzia.html',
            'operational relations with UNESCO',
            CHECKED,
          ),
        ],
      },
      { evidence: [says('unesco-page', `${UNESCO_DIRECTORY}international-catholic-child-bureau`)] },
    ],
    sourceUrls: [
      `${UNESCO_DIRECTORY}international-catholic-child-bureau`,
      'https://bice.org/',
      'http://www.laityfamilylife.va/content/laityfamilylife/en/sezione-laici/repertorio/uff-cattolicoinfanzia.html',
    ],
    note:
      'The Holy See\'s directory of international associations of the faithful states operational relations with ' +
      'UNESCO (a 1995 category; the year is not given); UNESCO\'s partner directory lists BICE, without its category.',
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
    partnership: categoryNotStated(says('organization', 'https://omepworld.org/omep-on-the-united-nations-unesco-2/')),
    sourceUrls: ['https://omepworld.org/omep-on-the-united-nations-unesco-2/'],
    note: 'OMEP names permanent representatives at UNESCO. The reference also cites its UN esango profile (URL not retained). Headquarters not given.',
  }),
  real({
    id: 'gwi',
    name: { en: 'Graduate Women International' },
    acronym: { en: 'GWI' },
    headquarters: { city: 'Geneva', country: 'CH' },
    sectors: ['ED'],
    fieldsOfInterest: ['gender-equality'],
    partnership: categoryNotStated(
      says('third-party', 'http://womengraduatesunion.org/media_Details.php?NewsId=103', 'an NGO maintaining official relations with UNESCO'),
    ),
    sourceUrls: [
      'https://en.wikipedia.org/wiki/Graduate_Women_International',
      'http://womengraduatesunion.org/media_Details.php?NewsId=103',
    ],
  }),
  real({
    id: 'icw',
    name: { en: 'International Council of Women', fr: 'Conseil international des femmes' },
    acronym: { en: 'ICW' },
    headquarters: { city: 'Paris', country: 'FR' },
    sectors: [],
    fieldsOfInterest: ['gender-equality'],
    partnership: categoryNotStated(says('third-party', 'https://en.wikipedia.org/wiki/International_Council_of_Women')),
    sourceUrls: ['https://en.wikipedia.org/wiki/International_Council_of_Women'],
  }),
  real({
    id: 'soroptimist-international',
    name: { en: 'Soroptimist International' },
    acronym: { en: 'SI' },
    headquarters: { city: 'Cambridge', country: 'GB' },
    website: 'https://soroptimistinternational.org/',
    sectors: ['ED'],
    fieldsOfInterest: ['gender-equality'],
    partnership: categoryNotStated(says('organization', 'https://www.soroptimistinternational.org/advocacy/si-at-the-united-nations/paris/')),
    sourceUrls: ['https://www.soroptimistinternational.org/advocacy/si-at-the-united-nations/paris/'],
    note: 'Soroptimist International names UN representatives at UNESCO.',
  }),
  real({
    id: 'acww',
    name: { en: 'Associated Country Women of the World', fr: 'Union mondiale des femmes rurales' },
    acronym: { en: 'ACWW' },
    headquarters: { city: 'London', country: 'GB' },
    sectors: [],
    fieldsOfInterest: ['gender-equality', 'rural-women'],
    partnership: categoryNotStated(says('unesco-page', LIAISON_COMMITTEE_PAGE, 'member of the NGO-UNESCO Liaison Committee')),
    sourceUrls: [LIAISON_COMMITTEE_PAGE],
    nameSources: { fr: 'https://fr.wikipedia.org/wiki/Union_mondiale_des_femmes_paysannes' },
    note:
      'Member of the NGO-UNESCO Liaison Committee for 2021-2022 (Committee members are NGOs in official partnership). ' +
      'French name as the French Wikipedia article writes it in its text (its title says "paysannes").',
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
    partnership: categoryNotStated(says('unesco-page', LIAISON_COMMITTEE_PAGE, 'member of the NGO-UNESCO Liaison Committee')),
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
    partnership: categoryNotStated(says('unesco-page', LIAISON_COMMITTEE_PAGE, 'member of the NGO-UNESCO Liaison Committee')),
    sourceUrls: [LIAISON_COMMITTEE_PAGE],
    note:
      'Member of the NGO-UNESCO Liaison Committee for 2021-2022, "based in Congo"; headquarters left empty until it is ' +
      'known which Congo (CG or CD).',
  }),
];

// ---------------------------------------------------------------------------------------------
// Cooperation attested, official partnership not: not listed among official partners by default
// ---------------------------------------------------------------------------------------------

const COOPERATION_ONLY: Organization[] = [
  real({
    id: 'icomos',
    name: { en: 'International Council on Monuments and Sites', fr: 'Conseil international des monuments et des sites' },
    acronym: { en: 'ICOMOS' },
    headquarters: { city: 'Charenton-le-Pont', country: 'FR' },
    sectors: ['CLT'],
    fieldsOfInterest: ['heritage', 'world-heritage'],
    partnership: [],
    cooperation: [
      says('unesco-page', 'https://whc.unesco.org/en/advisorybodies/', 'advisory body to the World Heritage Committee'),
      says(
        'unesco-page',
        'http://www.unesco.org/new/en/culture/themes/illicit-trafficking-of-cultural-property/partnerships/non-governmental-organizations/',
        'UNESCO works in partnership with non-governmental organizations specialized in the protection of the cultural heritage',
        CHECKED,
      ),
    ],
    sourceUrls: [
      'https://whc.unesco.org/en/advisorybodies/',
      'https://icomos.org/en/92-english-categories/about-icomos/governance',
    ],
    note:
      'Advisory body under the World Heritage Convention, a role that is not a category of partnership under the ' +
      'Directives; no source found states its partnership category. The International Secretariat is at ' +
      'Charenton-le-Pont, in Greater Paris (ICOMOS governance page).',
  }),
  real({
    id: 'cisv-international',
    name: { en: 'CISV International' },
    acronym: { en: 'CISV' },
    sectors: ['ED'],
    fieldsOfInterest: ['youth', 'peace-education'],
    partnership: [],
    cooperation: [says('third-party', 'https://ngo-unesco.net/')],
    sourceUrls: ['https://ngo-unesco.net/'],
    note:
      'Took part in a panel at the 2024 International Conference of NGOs (NGO-UNESCO Liaison Committee site; page ' +
      'address not retained); taking part does not state an official partnership. Headquarters not given.',
  }),
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
    partnership: [],
    cooperation: [
      says(
        'unesco-page',
        'https://en.unesco.org/events/another-perspective-migration-ninth-international-forum-ngos-official-partnership-unesco',
      ),
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
    partnership: [],
    cooperation: [
      says(
        'third-party',
        'https://histoire-du-scoutisme-laique.fr/2022/09/17/2022-08-notre-participation-a-l-universite-d-ete-a-becours-04-le-mouvement-a-l-unesco',
      ),
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
    partnership: [],
    cooperation: [says('organization', 'https://www.ei-ie.org/en/detail/2068/updated-memorandum-of-understanding-between-unesco-and-ei')],
    sourceUrls: ['https://www.ei-ie.org/en/detail/2068/updated-memorandum-of-understanding-between-unesco-and-ei'],
    note: 'UNESCO and EI signed a memorandum of understanding (renewed in 2012 for 2012-2020); no partnership category is stated.',
  }),
  real({
    id: 'aspbae',
    name: { en: 'Asia South Pacific Association for Basic and Adult Education' },
    acronym: { en: 'ASPBAE' },
    headquarters: { city: 'Mumbai', country: 'IN' },
    sectors: ['ED'],
    fieldsOfInterest: ['adult-learning'],
    partnership: [],
    cooperation: [
      says(
        'unesco-page',
        'https://webarchive.unesco.org/web/20160711133328/http://www.unescobkk.org/education/literacy-and-lifelong-learning/networks/aspbae/',
      ),
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

/**
 * Real organisations, as far as public sources state (44 records): 31 attested official
 * partners (7 associate, 6 consultative, 18 whose category in force no source states) and
 * 13 whose official partnership no source attests.
 */
export const REAL_ORGANIZATIONS: readonly Organization[] = [
  ...ASSOCIATE,
  ...CONSULTATIVE,
  ...CATEGORY_NOT_STATED,
  ...COOPERATION_ONLY,
  ...LC_PROPOSAL_LIST_NAMES,
];
