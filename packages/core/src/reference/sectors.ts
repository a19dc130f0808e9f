import type { Sector } from '../schemas/sector.js';

const SECRETARIAT_PAGE = 'https://web.archive.org/web/20170504000000*/unesco.org/new/en/unesco/about-us/who-we-are/secretariat';

/**
 * UNESCO's five programme sectors. English names and codes are stated by the Secretariat
 * page (archived 2017-05-04); the French name of SC by unesco.org/fr/node/349. The other
 * names are our translations, listed outside `verifiedLanguages` until checked on UNTERM.
 */
export const SECTORS: readonly Sector[] = [
  {
    code: 'ED',
    name: {
      ar: 'قطاع التربية',
      en: 'Education Sector',
      es: 'Sector de Educación',
      fr: "Secteur de l'éducation",
      ru: 'Сектор образования',
      zh: '教育部门',
    },
    sourceUrl: SECRETARIAT_PAGE,
    verifiedLanguages: ['en'],
  },
  {
    code: 'SC',
    name: {
      ar: 'قطاع العلوم الطبيعية',
      en: 'Natural Sciences Sector',
      es: 'Sector de Ciencias Exactas y Naturales',
      fr: 'Secteur des sciences exactes et naturelles',
      ru: 'Сектор естественных наук',
      zh: '自然科学部门',
    },
    sourceUrl: SECRETARIAT_PAGE,
    verifiedLanguages: ['en', 'fr'],
  },
  {
    code: 'SHS',
    name: {
      ar: 'قطاع العلوم الاجتماعية والإنسانية',
      en: 'Social and Human Sciences Sector',
      es: 'Sector de Ciencias Sociales y Humanas',
      fr: 'Secteur des sciences sociales et humaines',
      ru: 'Сектор социальных и гуманитарных наук',
      zh: '社会及人文科学部门',
    },
    sourceUrl: SECRETARIAT_PAGE,
    verifiedLanguages: ['en'],
  },
  {
    code: 'CLT',
    name: {
      ar: 'قطاع الثقافة',
      en: 'Culture Sector',
      es: 'Sector de Cultura',
      fr: 'Secteur de la culture',
      ru: 'Сектор культуры',
      zh: '文化部门',
    },
    sourceUrl: SECRETARIAT_PAGE,
    verifiedLanguages: ['en'],
  },
  {
    code: 'CI',
    name: {
      ar: 'قطاع الاتصال والمعلومات',
      en: 'Communication and Information Sector',
      es: 'Sector de Comunicación e Información',
      fr: "Secteur de la communication et de l'information",
      ru: 'Сектор коммуникации и информации',
      zh: '传播与信息部门',
    },
    sourceUrl: SECRETARIAT_PAGE,
    verifiedLanguages: ['en'],
  },
];
