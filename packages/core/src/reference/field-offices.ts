import type { Certainty } from '../schemas/certainty.js';
import type { FieldOffice, FieldOfficeType } from '../schemas/field-office.js';
import type { LocalizedText } from '../schemas/localized-text.js';

/*
 * UNESCO field offices, from the coverage table of the project reference (unesco-domain.md §3g).
 * No complete current list of the network was found, so this is a partial, sourced table:
 * - `certainty.coverage` is `verified` where the cited page lists the countries covered,
 *   `inferred` where we worked it out (a national office covers its host country; Kingston's
 *   "13 Member States, English/Dutch-speaking Caribbean" matches exactly thirteen states), and
 *   `unverified` where nothing was found;
 * - `certainty.type` is `inferred` where the published label had to be mapped onto the
 *   two-tier vocabulary (New Delhi's "Regional Office for South Asia" → multisectoral regional);
 * - several coverage lists come from the cluster-office page of the pre-2019 UNESCO site, before
 *   the two-tier reform: they say which office covered a country then, and the `note` says so.
 *
 * The reform's session and year (REFORM_SESSION_SOURCES): the Executive Board approved the
 * two-tier network at its 215th session, and offices took their new form in 2023 (New Delhi's
 * page). That page says "the 215th session ... in 2023", but the Board's calendar puts the
 * 215th session in the autumn of 2022: the 214th sat in April 2022 (214 EX/32 is dated
 * 12 April 2022), the 216th from 10 to 24 May 2023, and the Board meets twice a year, in
 * spring and autumn. The year of the session is therefore inferred, 2022; 2023 is the year
 * the new network took effect.
 * Names are descriptive ("UNESCO Office in Abuja") in the six languages, not official titles.
 */

const VER: Certainty = 'verified';
const INF: Certainty = 'inferred';
const UNV: Certainty = 'unverified';

const CLUSTER_PAGE = 'http://www.unesco.org/new/en/bfc/cluster-offices/';
const NETWORK_2009 = 'http://www.unesco.org/new/en/media-services/in-focus-articles/unesco-empowers-its-field-offices/';
const NEW_DELHI_PAGE = 'https://www.unesco.org/en/fieldoffice/newdelhi/about';
const TEHRAN_PAGE = 'https://en.unesco.org/fieldoffice/tehran/about';
const LAC_PAGE = 'https://agenda2030lac.org/';

/** The sources for the reform's session and year (see the comment at the top). */
export const REFORM_SESSION_SOURCES = {
  /** "The 215th session of the UNESCO's Executive Board approved the new organization of the field network, based on a two-tier System"; New Delhi renamed in 2023. */
  approval: 'http://www.hindi-lyrics.com/en/fieldoffice/newdelhi/about',
  /** 214 EX/32, Paris, 12 April 2022: the 214th session sat in April 2022. */
  session214: 'https://pdfprof.com/PDFV2/Documents1/14749/14/3',
  /** The 216th session was held from 10 to 24 May 2023. */
  session216: 'https://www.urdupoint.com/en/world/the-216th-session-of-the-unesco-executive-boa-1699817.html',
  /** The Board meets twice a year, in spring and in autumn. */
  twiceAYear: 'https://www.unesco.it/it/News/Detail/1840',
} as const;

const PRE_REFORM =
  'Coverage as listed on the cluster-office page of the pre-2019 UNESCO site, before the two-tier reform (215th session of the Executive Board, autumn 2022).';
const AFRICA_2014 =
  "Named a multisectoral regional office in UNESCO's 2014 announcement of the reform of field offices in sub-Saharan Africa " +
  '(unesco.org/new/en/africa/…; full address not retained). The countries it covers were not retained: host country only.';

/** City names: en, fr, es, ar, ru, zh. */
type City = readonly [en: string, fr: string, es: string, ar: string, ru: string, zh: string];

/** French needs "au Caire", not "à Le Caire". */
function frenchAt(city: string): string {
  return city.startsWith('Le ') ? `au ${city.slice(3)}` : `à ${city}`;
}

function officeName([en, fr, es, ar, ru, zh]: City, liaison: boolean): LocalizedText {
  // Russian and Chinese put the city in a form that needs no declension.
  return liaison
    ? {
        en: `UNESCO Liaison Office in ${en}`,
        fr: `Bureau de liaison de l'UNESCO ${frenchAt(fr)}`,
        es: `Oficina de Enlace de la UNESCO en ${es}`,
        ar: `مكتب اتصال اليونسكو في ${ar}`,
        ru: `Бюро связи ЮНЕСКО (${ru})`,
        zh: `教科文组织驻${zh}联络处`,
      }
    : {
        en: `UNESCO Office in ${en}`,
        fr: `Bureau de l'UNESCO ${frenchAt(fr)}`,
        es: `Oficina de la UNESCO en ${es}`,
        ar: `مكتب اليونسكو في ${ar}`,
        ru: `Бюро ЮНЕСКО (${ru})`,
        zh: `教科文组织${zh}办事处`,
      };
}

interface Row {
  code: string;
  city: City;
  type: FieldOfficeType;
  publishedType: string;
  host: string;
  coverage: string[];
  certainty: [type: Certainty, coverage: Certainty];
  parent?: string;
  sourceUrl?: string;
  note?: string;
}

function office({ code, city, type, publishedType, host, coverage, certainty, parent, sourceUrl, note }: Row): FieldOffice {
  return {
    code,
    name: officeName(city, type === 'liaison'),
    type,
    publishedType,
    city: city[0],
    hostCountry: host,
    coverage,
    ...(parent ? { parentOffice: parent } : {}),
    certainty: { type: certainty[0], coverage: certainty[1] },
    ...(sourceUrl ? { sourceUrl } : {}),
    ...(note ? { note } : {}),
  };
}

const ROWS: readonly Row[] = [
  // Africa
  {
    code: 'abuja',
    city: ['Abuja', 'Abuja', 'Abuya', 'أبوجا', 'Абуджа', '阿布贾'],
    type: 'multisectoral-regional',
    publishedType: 'Multisectoral Regional Office for West Africa',
    host: 'NG',
    coverage: ['BJ', 'CI', 'GH', 'GN', 'LR', 'NG', 'SL', 'TG'],
    certainty: [VER, VER],
    sourceUrl: 'https://en.unesco.org/fieldoffice/abuja/about',
  },
  ...(
    [
      ['dakar', ['Dakar', 'Dakar', 'Dakar', 'داكار', 'Дакар', '达喀尔'], 'SN', 'West Africa (Sahel)'],
      ['nairobi', ['Nairobi', 'Nairobi', 'Nairobi', 'نيروبي', 'Найроби', '内罗毕'], 'KE', 'East Africa'],
      ['harare', ['Harare', 'Harare', 'Harare', 'هراري', 'Хараре', '哈拉雷'], 'ZW', 'Southern Africa'],
      ['yaounde', ['Yaoundé', 'Yaoundé', 'Yaundé', 'ياوندي', 'Яунде', '雅温得'], 'CM', 'Central Africa'],
    ] as const
  ).map(
    ([code, city, host, area]): Row => ({
      code,
      city,
      type: 'multisectoral-regional',
      publishedType: `Multisectoral Regional Office (${area})`,
      host,
      coverage: [host],
      certainty: [VER, INF],
      note: AFRICA_2014,
    }),
  ),
  // Arab States
  {
    code: 'beirut',
    city: ['Beirut', 'Beyrouth', 'Beirut', 'بيروت', 'Бейрут', '贝鲁特'],
    type: 'regional-bureau',
    publishedType: 'Regional Bureau for Education in the Arab States, and cluster office',
    host: 'LB',
    coverage: ['LB', 'SY', 'JO', 'IQ', 'PS'],
    certainty: [VER, VER],
    sourceUrl: CLUSTER_PAGE,
    note: PRE_REFORM,
  },
  {
    code: 'cairo',
    city: ['Cairo', 'Le Caire', 'El Cairo', 'القاهرة', 'Каир', '开罗'],
    type: 'regional-bureau',
    publishedType: 'Regional Bureau for Sciences in the Arab States, and cluster office',
    host: 'EG',
    coverage: ['EG', 'LY', 'SD'],
    certainty: [VER, VER],
    sourceUrl: CLUSTER_PAGE,
    note: PRE_REFORM,
  },
  {
    code: 'doha',
    city: ['Doha', 'Doha', 'Doha', 'الدوحة', 'Доха', '多哈'],
    type: 'cluster',
    publishedType: 'Cluster office',
    host: 'QA',
    coverage: ['BH', 'KW', 'OM', 'QA', 'SA', 'AE', 'YE'],
    certainty: [VER, VER],
    sourceUrl: CLUSTER_PAGE,
    note: PRE_REFORM,
  },
  {
    code: 'rabat',
    city: ['Rabat', 'Rabat', 'Rabat', 'الرباط', 'Рабат', '拉巴特'],
    type: 'cluster',
    publishedType: 'Cluster office',
    host: 'MA',
    coverage: ['DZ', 'MR', 'MA', 'TN'],
    certainty: [VER, VER],
    sourceUrl: CLUSTER_PAGE,
    note: PRE_REFORM,
  },
  // Asia and the Pacific
  {
    code: 'new-delhi',
    city: ['New Delhi', 'New Delhi', 'Nueva Delhi', 'نيودلهي', 'Нью-Дели', '新德里'],
    type: 'multisectoral-regional',
    publishedType: 'Regional Office for South Asia',
    host: 'IN',
    coverage: ['BD', 'BT', 'IN', 'MV', 'NP', 'LK'],
    certainty: [INF, VER],
    sourceUrl: NEW_DELHI_PAGE,
  },
  {
    code: 'dhaka',
    city: ['Dhaka', 'Dacca', 'Daca', 'دكا', 'Дакка', '达卡'],
    type: 'national',
    publishedType: 'National office',
    host: 'BD',
    coverage: ['BD'],
    certainty: [VER, INF],
    parent: 'new-delhi',
    sourceUrl: NEW_DELHI_PAGE,
  },
  {
    code: 'kathmandu',
    city: ['Kathmandu', 'Katmandou', 'Katmandú', 'كاتماندو', 'Катманду', '加德满都'],
    type: 'national',
    publishedType: 'National office',
    host: 'NP',
    coverage: ['NP'],
    certainty: [VER, INF],
    parent: 'new-delhi',
    sourceUrl: NEW_DELHI_PAGE,
  },
  {
    code: 'tehran',
    city: ['Tehran', 'Téhéran', 'Teherán', 'طهران', 'Тегеран', '德黑兰'],
    type: 'cluster',
    publishedType: 'Cluster office',
    host: 'IR',
    coverage: ['AF', 'IR', 'PK', 'TM'],
    certainty: [VER, VER],
    sourceUrl: TEHRAN_PAGE,
  },
  {
    code: 'kabul',
    city: ['Kabul', 'Kaboul', 'Kabul', 'كابول', 'Кабул', '喀布尔'],
    type: 'national',
    publishedType: 'Office in the Tehran cluster',
    host: 'AF',
    coverage: ['AF'],
    certainty: [INF, INF],
    parent: 'tehran',
    sourceUrl: TEHRAN_PAGE,
  },
  {
    code: 'islamabad',
    city: ['Islamabad', 'Islamabad', 'Islamabad', 'إسلام أباد', 'Исламабад', '伊斯兰堡'],
    type: 'national',
    publishedType: 'Office in the Tehran cluster',
    host: 'PK',
    coverage: ['PK'],
    certainty: [INF, INF],
    parent: 'tehran',
    sourceUrl: TEHRAN_PAGE,
  },
  {
    code: 'almaty',
    city: ['Almaty', 'Almaty', 'Almaty', 'ألماتي', 'Алматы', '阿拉木图'],
    type: 'cluster',
    publishedType: 'Cluster office',
    host: 'KZ',
    coverage: ['KZ', 'KG', 'TJ', 'UZ'],
    certainty: [VER, VER],
    sourceUrl: CLUSTER_PAGE,
    note: PRE_REFORM,
  },
  {
    code: 'apia',
    city: ['Apia', 'Apia', 'Apia', 'آبيا', 'Апиа', '阿皮亚'],
    type: 'cluster',
    publishedType: 'Cluster office for the Pacific',
    host: 'WS',
    coverage: ['AU', 'CK', 'FJ', 'KI', 'MH', 'FM', 'NR', 'NZ', 'NU', 'PW', 'PG', 'WS', 'SB', 'TO', 'TV', 'VU', 'TK'],
    certainty: [VER, VER],
    sourceUrl: CLUSTER_PAGE,
    note: `${PRE_REFORM} Includes Tokelau, an Associate Member.`,
  },
  {
    code: 'bangkok',
    city: ['Bangkok', 'Bangkok', 'Bangkok', 'بانكوك', 'Бангкок', '曼谷'],
    type: 'regional-bureau',
    publishedType: 'Regional Bureau for Education in Asia and the Pacific, and cluster office',
    host: 'TH',
    coverage: ['TH', 'MM', 'LA', 'SG', 'VN', 'KH'],
    certainty: [VER, VER],
    sourceUrl: CLUSTER_PAGE,
    note: PRE_REFORM,
  },
  {
    code: 'beijing',
    city: ['Beijing', 'Beijing', 'Beijing', 'بيجين', 'Пекин', '北京'],
    type: 'cluster',
    publishedType: 'Cluster office',
    host: 'CN',
    coverage: ['CN', 'KP', 'JP', 'MN', 'KR'],
    certainty: [VER, VER],
    sourceUrl: CLUSTER_PAGE,
    note: PRE_REFORM,
  },
  {
    code: 'jakarta',
    city: ['Jakarta', 'Jakarta', 'Yakarta', 'جاكرتا', 'Джакарта', '雅加达'],
    type: 'cluster',
    publishedType: 'Cluster office',
    host: 'ID',
    coverage: ['BN', 'ID', 'MY', 'PH', 'TL'],
    certainty: [VER, VER],
    sourceUrl: CLUSTER_PAGE,
    note: PRE_REFORM,
  },
  // Latin America and the Caribbean
  {
    code: 'havana',
    city: ['Havana', 'La Havane', 'La Habana', 'هافانا', 'Гавана', '哈瓦那'],
    type: 'regional-bureau',
    publishedType: 'Regional Bureau for Culture in Latin America and the Caribbean, and cluster office',
    host: 'CU',
    coverage: ['CU', 'DO', 'HT'],
    certainty: [VER, VER],
    sourceUrl: CLUSTER_PAGE,
    note: PRE_REFORM,
  },
  {
    code: 'kingston',
    city: ['Kingston', 'Kingston', 'Kingston', 'كينغستون', 'Кингстон', '金斯敦'],
    type: 'cluster',
    publishedType: 'Cluster office (English- and Dutch-speaking Caribbean)',
    host: 'JM',
    coverage: ['AG', 'BS', 'BB', 'BZ', 'DM', 'GD', 'GY', 'JM', 'KN', 'LC', 'VC', 'SR', 'TT'],
    certainty: [VER, INF],
    sourceUrl: CLUSTER_PAGE,
    note:
      `${PRE_REFORM} The page gives "13 Member States and 4 Associate Members" without naming them: ` +
      'the thirteen English- and Dutch-speaking Caribbean Member States are listed; the four Associate Members are left out.',
  },
  {
    code: 'santiago',
    city: ['Santiago', 'Santiago', 'Santiago', 'سانتياغو', 'Сантьяго', '圣地亚哥'],
    type: 'regional-bureau',
    publishedType: 'Regional Bureau for Education in Latin America and the Caribbean',
    host: 'CL',
    coverage: ['CL'],
    certainty: [VER, UNV],
    sourceUrl: LAC_PAGE,
    note: 'The countries it covers were not found: host country only.',
  },
  {
    code: 'montevideo',
    city: ['Montevideo', 'Montevideo', 'Montevideo', 'مونتيفيديو', 'Монтевидео', '蒙得维的亚'],
    type: 'regional-bureau',
    publishedType: 'Regional Bureau for Sciences in Latin America and the Caribbean',
    host: 'UY',
    coverage: ['UY'],
    certainty: [VER, UNV],
    sourceUrl: LAC_PAGE,
    note: 'The countries it covers were not found: host country only.',
  },
  // Liaison offices: they work with an organisation (UN, AU and ECA, EU), not a set of countries.
  {
    code: 'geneva',
    city: ['Geneva', 'Genève', 'Ginebra', 'جنيف', 'Женева', '日内瓦'],
    type: 'liaison',
    publishedType: 'Liaison office',
    host: 'CH',
    coverage: [],
    certainty: [VER, VER],
    sourceUrl: 'http://www.unesco.org/new/en/geneva/about-this-office/',
  },
  ...(
    [
      ['new-york', ['New York', 'New York', 'Nueva York', 'نيويورك', 'Нью-Йорк', '纽约'], 'US', 'United Nations'],
      ['addis-ababa', ['Addis Ababa', 'Addis-Abeba', 'Addis Abeba', 'أديس أبابا', 'Аддис-Абеба', '亚的斯亚贝巴'], 'ET', 'African Union and ECA'],
      ['brussels', ['Brussels', 'Bruxelles', 'Bruselas', 'بروكسل', 'Брюссель', '布鲁塞尔'], 'BE', 'European Union'],
    ] as const
  ).map(
    ([code, city, host, partner]): Row => ({
      code,
      city,
      type: 'liaison',
      publishedType: `Liaison office (${partner})`,
      host,
      coverage: [],
      certainty: [VER, VER],
      sourceUrl: NETWORK_2009,
      note: 'Listed among the four liaison offices in 2009.',
    }),
  ),
];

/** UNESCO field offices with the countries each covers, sorted by code. */
export const FIELD_OFFICES: readonly FieldOffice[] = ROWS.map(office).sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
