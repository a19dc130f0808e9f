import type { UnescoRegion } from '../schemas/country.js';
import type { CompleteLocalizedText } from '../schemas/localized-text.js';

/**
 * Names of UNESCO's five regions for programme work, in the six languages. English as in
 * the field-office pages of the domain notes (§3f); the other languages are our
 * translations following UN usage, to be checked against UNTERM.
 */
export const REGION_NAMES: Readonly<Record<UnescoRegion, CompleteLocalizedText>> = {
  africa: { ar: 'أفريقيا', en: 'Africa', es: 'África', fr: 'Afrique', ru: 'Африка', zh: '非洲' },
  'arab-states': {
    ar: 'الدول العربية',
    en: 'Arab States',
    es: 'Estados Árabes',
    fr: 'États arabes',
    ru: 'Арабские государства',
    zh: '阿拉伯国家',
  },
  'asia-pacific': {
    ar: 'آسيا والمحيط الهادئ',
    en: 'Asia and the Pacific',
    es: 'Asia y el Pacífico',
    fr: 'Asie et Pacifique',
    ru: 'Азия и Тихий океан',
    zh: '亚洲及太平洋',
  },
  'europe-north-america': {
    ar: 'أوروبا وأمريكا الشمالية',
    en: 'Europe and North America',
    es: 'Europa y América del Norte',
    fr: 'Europe et Amérique du Nord',
    ru: 'Европа и Северная Америка',
    zh: '欧洲和北美',
  },
  'latin-america-caribbean': {
    ar: 'أمريكا اللاتينية والكاريبي',
    en: 'Latin America and the Caribbean',
    es: 'América Latina y el Caribe',
    fr: 'Amérique latine et Caraïbes',
    ru: 'Латинская Америка и Карибский бассейн',
    zh: '拉丁美洲和加勒比',
  },
};
