import type { Certainty } from '../schemas/certainty.js';
import type { Country, ElectoralGroup, StatedDate, UnescoRegion } from '../schemas/country.js';
import { MEMBERSHIP_PERIODS } from './membership-periods.js';

/*
 * UNESCO's Member States and its Associate Members as far as the sources name them, curated
 * from the project reference notes (unesco-domain.md §3d, §3f). Membership is NOT derived from
 * UN membership: Israel and Liechtenstein are UN members but not UNESCO members, while the Cook
 * Islands, Niue and Palestine are UNESCO members but not UN members.
 *
 * Membership has dates, as data (schemas/country.ts, countries/membership.ts): 194 Member
 * States from the USA's return on 10 July 2023 until 31 December 2026, 192 from 1 January
 * 2027, when the withdrawals of the United States and Nicaragua take effect. A withdrawn state
 * stays in this list (old records still resolve); it is simply not a member after that day.
 *
 * Names: UN short names (UNTERM style), not colloquial CLDR ones. `en` and `fr` are curated.
 * `ar`, `es`, `ru` and `zh` started from CLDR (Node's Intl.DisplayNames) and were overridden
 * where UN usage differs (Türkiye, Czechia, Republic of Korea, Viet Nam, Netherlands (Kingdom
 * of the), Bolivia (Plurinational State of), ...). Those four languages still need checking
 * against UNTERM (https://unterm.un.org) before they are shown as authoritative.
 *
 * Certainty (see schemas/certainty.ts):
 * - membership of Member States is `verified` (Wikipedia "Member states of UNESCO", July 2023);
 * - electoral groups I, II and III are `verified` (Appendix 2 to the Rules of Procedure of the
 *   General Conference, 40th session), except the four states the reference adds to complete
 *   Group III (`inferred`: SR, TT, UY, VE); the USA's Group I is `verified` by UNESCO's own
 *   country page;
 * - Group V(b) follows the reference's own unverified list; Groups IV and V(a) were not
 *   retrieved at all and come from general knowledge (`unverified`);
 * - the UNESCO region is a curated value per row, NOT computed from the electoral group: it is
 *   `verified` where a source assigns the country to a region (REGION_EVIDENCE), otherwise
 *   `inferred` from geography and the region UNESCO's offices serve the country from. It
 *   differs from the group's usual region for Central Asia: Tajikistan and Uzbekistan sit in
 *   Group II, yet UNESCO works with all five Central Asian states from Asia and the Pacific
 *   (the Almaty office; the Asia and the Pacific Section of External Relations).
 * `sourceUrl` points at the source for the group where the group is verified, otherwise at the
 * source for membership.
 */

const VER: Certainty = 'verified';
const INF: Certainty = 'inferred';
const UNV: Certainty = 'unverified';

const AFR: UnescoRegion = 'africa';
const ARB: UnescoRegion = 'arab-states';
const AP: UnescoRegion = 'asia-pacific';
const ENA: UnescoRegion = 'europe-north-america';
const LAC: UnescoRegion = 'latin-america-caribbean';

/** States membership (194 Member States, 12 Associate Members). */
const WIKIPEDIA_MEMBERS = 'https://en.wikipedia.org/wiki/Member_states_of_UNESCO';
/** Appendix to the Rules of Procedure of the General Conference: composition of the electoral groups. */
const GC_RULES_APPENDIX =
  'http://portal.unesco.org/en/ev.php-URL_ID=48894&URL_DO=DO_TOPIC&URL_SECTION=201.html';
/** UNESCO's country page for the USA (archived June 2023): "Europe and North America", "Group I"; left in 1984, back in October 2003, out again from 2018. */
const UNESCO_US_PAGE = 'https://webarchive.unesco.org/web/20230621221654/https://www.unesco.org/es/countries/us';

// Sources for Associate Members and their year of admission.
/** UN E/2016/49 (as excerpted): Anguilla 2013, British Virgin Islands 1983, Cayman Islands 1999, Montserrat 2015, Tokelau 2001. */
const E_2016_49 = 'https://overseasreview.blogspot.com/2016_08_16_archive.html';
/** UNESCO's member list (Arabic site): Aruba joined 20/10/1987 (also Anguilla, Tokelau, Faroes). */
const UNESCO_AR_COUNTRY_LIST = 'https://ar.unesco.org/countries/%D8%A8';
/** Curaçao and Sint Maarten admitted on 25 October 2011 (36th General Conference). */
const SINT_MAARTEN_CURACAO_2011 =
  'https://pearlfmradio.sx/2011/10/25/st-maarten-admitted-as-associate-member-of-unesco';
/** UNESCO press release "Faroes join UNESCO": Associate Member on 12 October 2009. */
const FAROES_2009 =
  'https://webarchive.unesco.org/web/20151225060528/http://portal.unesco.org/en/ev.php-URL_ID=46684&URL_DO=DO_TOPIC&URL_SECTION=201.html';
/**
 * 29 C/28 (1997), "Definition of regions with a view to the execution of regional activities"
 * (copy of the UNESDOC document): the United Kingdom, back on 1 July 1997, asks to belong to the
 * Europe region; Nauru (member since 17 October 1996) and Macao (Associate Member since 25 October
 * 1995) to Asia and the Pacific. It names only these three; it is no table of every country.
 */
const GC_29_C_28 =
  'https://deploy.studylib.es/doc/5580943/definici%C3%B3n-de-las-regiones-con-miras-a-la---unesdoc';
/** New Caledonia admitted at the 39th General Conference (30 October 2017). */
const NEW_CALEDONIA_2017 =
  'https://cooperation-regionale.gouv.nc/fr/news/31-10-2017/la-caledonie-membre-associe-de-lunesco';
/**
 * "UNESCO in Central Asia" (UNESCO, 2008), written for the Asia and the Pacific Section of the
 * Sector for External Relations with the Central Asian Member States; copy of the UNESDOC PDF.
 */
const CENTRAL_ASIA_2008 =
  'https://fdocuments.in/document/unesco-in-central-asia-unesdoc-in-central-asia-at-the-dawn-of-the-third-millenium.html';

/**
 * Regions a source speaks to. The rest of the table is curated from geography and the offices
 * that serve each country (`inferred`, no per-country source found).
 */
const REGION_EVIDENCE: Readonly<Record<string, { certainty: Certainty; sourceUrl: string }>> = {
  GB: { certainty: VER, sourceUrl: GC_29_C_28 },
  NR: { certainty: VER, sourceUrl: GC_29_C_28 },
  MO: { certainty: VER, sourceUrl: GC_29_C_28 },
  US: { certainty: VER, sourceUrl: UNESCO_US_PAGE },
  // Central Asia: Asia and the Pacific, as the Almaty office and the Section for the region.
  KZ: { certainty: INF, sourceUrl: CENTRAL_ASIA_2008 },
  KG: { certainty: INF, sourceUrl: CENTRAL_ASIA_2008 },
  TJ: { certainty: INF, sourceUrl: CENTRAL_ASIA_2008 },
  TM: { certainty: INF, sourceUrl: CENTRAL_ASIA_2008 },
  UZ: { certainty: INF, sourceUrl: CENTRAL_ASIA_2008 },
};

type Names = readonly [en: string, fr: string, ar: string, es: string, ru: string, zh: string];

type MemberRow = readonly [
  code: string,
  alpha3: string,
  group: ElectoralGroup,
  groupCertainty: Certainty,
  region: UnescoRegion,
  ...names: Names,
];

type AssociateRow = readonly [
  code: string,
  alpha3: string,
  admitted: StatedDate,
  region: UnescoRegion,
  sourceUrl: string,
  ...names: Names,
];

/**
 * Member States: code, alpha-3, electoral group, its certainty, UNESCO region (curated: see
 * REGION_EVIDENCE), then names en, fr, ar, es, ru, zh.
 */
// prettier-ignore
const MEMBER_ROWS: readonly MemberRow[] = [
  ['AD', 'AND', 'I', VER, ENA, 'Andorra', 'Andorre', 'أندورا', 'Andorra', 'Андорра', '安道尔'],
  ['AE', 'ARE', 'Vb', UNV, ARB, 'United Arab Emirates', 'Émirats arabes unis', 'الإمارات العربية المتحدة', 'Emiratos Árabes Unidos', 'Объединенные Арабские Эмираты', '阿拉伯联合酋长国'],
  ['AF', 'AFG', 'IV', UNV, AP, 'Afghanistan', 'Afghanistan', 'أفغانستان', 'Afganistán', 'Афганистан', '阿富汗'],
  ['AG', 'ATG', 'III', VER, LAC, 'Antigua and Barbuda', 'Antigua-et-Barbuda', 'أنتيغوا وبربودا', 'Antigua y Barbuda', 'Антигуа и Барбуда', '安提瓜和巴布达'],
  ['AL', 'ALB', 'II', VER, ENA, 'Albania', 'Albanie', 'ألبانيا', 'Albania', 'Албания', '阿尔巴尼亚'],
  ['AM', 'ARM', 'II', VER, ENA, 'Armenia', 'Arménie', 'أرمينيا', 'Armenia', 'Армения', '亚美尼亚'],
  ['AO', 'AGO', 'Va', UNV, AFR, 'Angola', 'Angola', 'أنغولا', 'Angola', 'Ангола', '安哥拉'],
  ['AR', 'ARG', 'III', VER, LAC, 'Argentina', 'Argentine', 'الأرجنتين', 'Argentina', 'Аргентина', '阿根廷'],
  ['AT', 'AUT', 'I', VER, ENA, 'Austria', 'Autriche', 'النمسا', 'Austria', 'Австрия', '奥地利'],
  ['AU', 'AUS', 'IV', UNV, AP, 'Australia', 'Australie', 'أستراليا', 'Australia', 'Австралия', '澳大利亚'],
  ['AZ', 'AZE', 'II', VER, ENA, 'Azerbaijan', 'Azerbaïdjan', 'أذربيجان', 'Azerbaiyán', 'Азербайджан', '阿塞拜疆'],
  ['BA', 'BIH', 'II', VER, ENA, 'Bosnia and Herzegovina', 'Bosnie-Herzégovine', 'البوسنة والهرسك', 'Bosnia y Herzegovina', 'Босния и Герцеговина', '波斯尼亚和黑塞哥维那'],
  ['BB', 'BRB', 'III', VER, LAC, 'Barbados', 'Barbade', 'بربادوس', 'Barbados', 'Барбадос', '巴巴多斯'],
  ['BD', 'BGD', 'IV', UNV, AP, 'Bangladesh', 'Bangladesh', 'بنغلاديش', 'Bangladesh', 'Бангладеш', '孟加拉国'],
  ['BE', 'BEL', 'I', VER, ENA, 'Belgium', 'Belgique', 'بلجيكا', 'Bélgica', 'Бельгия', '比利时'],
  ['BF', 'BFA', 'Va', UNV, AFR, 'Burkina Faso', 'Burkina Faso', 'بوركينا فاسو', 'Burkina Faso', 'Буркина-Фасо', '布基纳法索'],
  ['BG', 'BGR', 'II', VER, ENA, 'Bulgaria', 'Bulgarie', 'بلغاريا', 'Bulgaria', 'Болгария', '保加利亚'],
  ['BH', 'BHR', 'Vb', UNV, ARB, 'Bahrain', 'Bahreïn', 'البحرين', 'Bahrein', 'Бахрейн', '巴林'],
  ['BI', 'BDI', 'Va', UNV, AFR, 'Burundi', 'Burundi', 'بوروندي', 'Burundi', 'Бурунди', '布隆迪'],
  ['BJ', 'BEN', 'Va', UNV, AFR, 'Benin', 'Bénin', 'بنين', 'Benin', 'Бенин', '贝宁'],
  ['BN', 'BRN', 'IV', UNV, AP, 'Brunei Darussalam', 'Brunéi Darussalam', 'بروني دار السلام', 'Brunei Darussalam', 'Бруней-Даруссалам', '文莱达鲁萨兰国'],
  ['BO', 'BOL', 'III', VER, LAC, 'Bolivia (Plurinational State of)', 'Bolivie (État plurinational de)', 'بوليفيا (دولة - المتعددة القوميات)', 'Bolivia (Estado Plurinacional de)', 'Боливия (Многонациональное Государство)', '多民族玻利维亚国'],
  ['BR', 'BRA', 'III', VER, LAC, 'Brazil', 'Brésil', 'البرازيل', 'Brasil', 'Бразилия', '巴西'],
  ['BS', 'BHS', 'III', VER, LAC, 'Bahamas', 'Bahamas', 'جزر البهاما', 'Bahamas', 'Багамские Острова', '巴哈马'],
  ['BT', 'BTN', 'IV', UNV, AP, 'Bhutan', 'Bhoutan', 'بوتان', 'Bután', 'Бутан', '不丹'],
  ['BW', 'BWA', 'Va', UNV, AFR, 'Botswana', 'Botswana', 'بوتسوانا', 'Botswana', 'Ботсвана', '博茨瓦纳'],
  ['BY', 'BLR', 'II', VER, ENA, 'Belarus', 'Bélarus', 'بيلاروس', 'Belarús', 'Беларусь', '白俄罗斯'],
  ['BZ', 'BLZ', 'III', VER, LAC, 'Belize', 'Belize', 'بليز', 'Belice', 'Белиз', '伯利兹'],
  ['CA', 'CAN', 'I', VER, ENA, 'Canada', 'Canada', 'كندا', 'Canadá', 'Канада', '加拿大'],
  ['CD', 'COD', 'Va', UNV, AFR, 'Democratic Republic of the Congo', 'République démocratique du Congo', 'جمهورية الكونغو الديمقراطية', 'República Democrática del Congo', 'Демократическая Республика Конго', '刚果民主共和国'],
  ['CF', 'CAF', 'Va', UNV, AFR, 'Central African Republic', 'République centrafricaine', 'جمهورية أفريقيا الوسطى', 'República Centroafricana', 'Центрально-Африканская Республика', '中非共和国'],
  ['CG', 'COG', 'Va', UNV, AFR, 'Congo', 'Congo', 'الكونغو', 'Congo', 'Конго', '刚果'],
  ['CH', 'CHE', 'I', VER, ENA, 'Switzerland', 'Suisse', 'سويسرا', 'Suiza', 'Швейцария', '瑞士'],
  ['CI', 'CIV', 'Va', UNV, AFR, 'Côte d\'Ivoire', 'Côte d\'Ivoire', 'كوت ديفوار', 'Côte d\'Ivoire', 'Кот-д\'Ивуар', '科特迪瓦'],
  ['CK', 'COK', 'IV', UNV, AP, 'Cook Islands', 'Îles Cook', 'جزر كوك', 'Islas Cook', 'Острова Кука', '库克群岛'],
  ['CL', 'CHL', 'III', VER, LAC, 'Chile', 'Chili', 'تشيلي', 'Chile', 'Чили', '智利'],
  ['CM', 'CMR', 'Va', UNV, AFR, 'Cameroon', 'Cameroun', 'الكاميرون', 'Camerún', 'Камерун', '喀麦隆'],
  ['CN', 'CHN', 'IV', UNV, AP, 'China', 'Chine', 'الصين', 'China', 'Китай', '中国'],
  ['CO', 'COL', 'III', VER, LAC, 'Colombia', 'Colombie', 'كولومبيا', 'Colombia', 'Колумбия', '哥伦比亚'],
  ['CR', 'CRI', 'III', VER, LAC, 'Costa Rica', 'Costa Rica', 'كوستاريكا', 'Costa Rica', 'Коста-Рика', '哥斯达黎加'],
  ['CU', 'CUB', 'III', VER, LAC, 'Cuba', 'Cuba', 'كوبا', 'Cuba', 'Куба', '古巴'],
  ['CV', 'CPV', 'Va', UNV, AFR, 'Cabo Verde', 'Cabo Verde', 'كابو فيردي', 'Cabo Verde', 'Кабо-Верде', '佛得角'],
  ['CY', 'CYP', 'I', VER, ENA, 'Cyprus', 'Chypre', 'قبرص', 'Chipre', 'Кипр', '塞浦路斯'],
  ['CZ', 'CZE', 'II', VER, ENA, 'Czechia', 'Tchéquie', 'تشيكيا', 'Chequia', 'Чехия', '捷克'],
  ['DE', 'DEU', 'I', VER, ENA, 'Germany', 'Allemagne', 'ألمانيا', 'Alemania', 'Германия', '德国'],
  ['DJ', 'DJI', 'Va', UNV, AFR, 'Djibouti', 'Djibouti', 'جيبوتي', 'Djibouti', 'Джибути', '吉布提'],
  ['DK', 'DNK', 'I', VER, ENA, 'Denmark', 'Danemark', 'الدانمرك', 'Dinamarca', 'Дания', '丹麦'],
  ['DM', 'DMA', 'III', VER, LAC, 'Dominica', 'Dominique', 'دومينيكا', 'Dominica', 'Доминика', '多米尼克'],
  ['DO', 'DOM', 'III', VER, LAC, 'Dominican Republic', 'République dominicaine', 'جمهورية الدومينيكان', 'República Dominicana', 'Доминиканская Республика', '多米尼加共和国'],
  ['DZ', 'DZA', 'Vb', UNV, ARB, 'Algeria', 'Algérie', 'الجزائر', 'Argelia', 'Алжир', '阿尔及利亚'],
  ['EC', 'ECU', 'III', VER, LAC, 'Ecuador', 'Équateur', 'الإكوادور', 'Ecuador', 'Эквадор', '厄瓜多尔'],
  ['EE', 'EST', 'II', VER, ENA, 'Estonia', 'Estonie', 'إستونيا', 'Estonia', 'Эстония', '爱沙尼亚'],
  ['EG', 'EGY', 'Vb', UNV, ARB, 'Egypt', 'Égypte', 'مصر', 'Egipto', 'Египет', '埃及'],
  ['ER', 'ERI', 'Va', UNV, AFR, 'Eritrea', 'Érythrée', 'إريتريا', 'Eritrea', 'Эритрея', '厄立特里亚'],
  ['ES', 'ESP', 'I', VER, ENA, 'Spain', 'Espagne', 'إسبانيا', 'España', 'Испания', '西班牙'],
  ['ET', 'ETH', 'Va', UNV, AFR, 'Ethiopia', 'Éthiopie', 'إثيوبيا', 'Etiopía', 'Эфиопия', '埃塞俄比亚'],
  ['FI', 'FIN', 'I', VER, ENA, 'Finland', 'Finlande', 'فنلندا', 'Finlandia', 'Финляндия', '芬兰'],
  ['FJ', 'FJI', 'IV', UNV, AP, 'Fiji', 'Fidji', 'فيجي', 'Fiji', 'Фиджи', '斐济'],
  ['FM', 'FSM', 'IV', UNV, AP, 'Micronesia (Federated States of)', 'Micronésie (États fédérés de)', 'ميكرونيزيا (ولايات - الموحدة)', 'Micronesia (Estados Federados de)', 'Микронезия (Федеративные Штаты)', '密克罗尼西亚联邦'],
  ['FR', 'FRA', 'I', VER, ENA, 'France', 'France', 'فرنسا', 'Francia', 'Франция', '法国'],
  ['GA', 'GAB', 'Va', UNV, AFR, 'Gabon', 'Gabon', 'الغابون', 'Gabón', 'Габон', '加蓬'],
  ['GB', 'GBR', 'I', VER, ENA, 'United Kingdom of Great Britain and Northern Ireland', 'Royaume-Uni de Grande-Bretagne et d\'Irlande du Nord', 'المملكة المتحدة لبريطانيا العظمى وأيرلندا الشمالية', 'Reino Unido de Gran Bretaña e Irlanda del Norte', 'Соединенное Королевство Великобритании и Северной Ирландии', '大不列颠及北爱尔兰联合王国'],
  ['GD', 'GRD', 'III', VER, LAC, 'Grenada', 'Grenade', 'غرينادا', 'Granada', 'Гренада', '格林纳达'],
  ['GE', 'GEO', 'II', VER, ENA, 'Georgia', 'Géorgie', 'جورجيا', 'Georgia', 'Грузия', '格鲁吉亚'],
  ['GH', 'GHA', 'Va', UNV, AFR, 'Ghana', 'Ghana', 'غانا', 'Ghana', 'Гана', '加纳'],
  ['GM', 'GMB', 'Va', UNV, AFR, 'Gambia', 'Gambie', 'غامبيا', 'Gambia', 'Гамбия', '冈比亚'],
  ['GN', 'GIN', 'Va', UNV, AFR, 'Guinea', 'Guinée', 'غينيا', 'Guinea', 'Гвинея', '几内亚'],
  ['GQ', 'GNQ', 'Va', UNV, AFR, 'Equatorial Guinea', 'Guinée équatoriale', 'غينيا الاستوائية', 'Guinea Ecuatorial', 'Экваториальная Гвинея', '赤道几内亚'],
  ['GR', 'GRC', 'I', VER, ENA, 'Greece', 'Grèce', 'اليونان', 'Grecia', 'Греция', '希腊'],
  ['GT', 'GTM', 'III', VER, LAC, 'Guatemala', 'Guatemala', 'غواتيمالا', 'Guatemala', 'Гватемала', '危地马拉'],
  ['GW', 'GNB', 'Va', UNV, AFR, 'Guinea-Bissau', 'Guinée-Bissau', 'غينيا - بيساو', 'Guinea-Bissau', 'Гвинея-Бисау', '几内亚比绍'],
  ['GY', 'GUY', 'III', VER, LAC, 'Guyana', 'Guyana', 'غيانا', 'Guyana', 'Гайана', '圭亚那'],
  ['HN', 'HND', 'III', VER, LAC, 'Honduras', 'Honduras', 'هندوراس', 'Honduras', 'Гондурас', '洪都拉斯'],
  ['HR', 'HRV', 'II', VER, ENA, 'Croatia', 'Croatie', 'كرواتيا', 'Croacia', 'Хорватия', '克罗地亚'],
  ['HT', 'HTI', 'III', VER, LAC, 'Haiti', 'Haïti', 'هايتي', 'Haití', 'Гаити', '海地'],
  ['HU', 'HUN', 'II', VER, ENA, 'Hungary', 'Hongrie', 'هنغاريا', 'Hungría', 'Венгрия', '匈牙利'],
  ['ID', 'IDN', 'IV', UNV, AP, 'Indonesia', 'Indonésie', 'إندونيسيا', 'Indonesia', 'Индонезия', '印度尼西亚'],
  ['IE', 'IRL', 'I', VER, ENA, 'Ireland', 'Irlande', 'أيرلندا', 'Irlanda', 'Ирландия', '爱尔兰'],
  ['IN', 'IND', 'IV', UNV, AP, 'India', 'Inde', 'الهند', 'India', 'Индия', '印度'],
  ['IQ', 'IRQ', 'Vb', UNV, ARB, 'Iraq', 'Iraq', 'العراق', 'Iraq', 'Ирак', '伊拉克'],
  ['IR', 'IRN', 'IV', UNV, AP, 'Iran (Islamic Republic of)', 'Iran (République islamique d\')', 'إيران (جمهورية - الإسلامية)', 'Irán (República Islámica del)', 'Иран (Исламская Республика)', '伊朗伊斯兰共和国'],
  ['IS', 'ISL', 'I', VER, ENA, 'Iceland', 'Islande', 'آيسلندا', 'Islandia', 'Исландия', '冰岛'],
  ['IT', 'ITA', 'I', VER, ENA, 'Italy', 'Italie', 'إيطاليا', 'Italia', 'Италия', '意大利'],
  ['JM', 'JAM', 'III', VER, LAC, 'Jamaica', 'Jamaïque', 'جامايكا', 'Jamaica', 'Ямайка', '牙买加'],
  ['JO', 'JOR', 'Vb', UNV, ARB, 'Jordan', 'Jordanie', 'الأردن', 'Jordania', 'Иордания', '约旦'],
  ['JP', 'JPN', 'IV', UNV, AP, 'Japan', 'Japon', 'اليابان', 'Japón', 'Япония', '日本'],
  ['KE', 'KEN', 'Va', UNV, AFR, 'Kenya', 'Kenya', 'كينيا', 'Kenya', 'Кения', '肯尼亚'],
  ['KG', 'KGZ', 'IV', UNV, AP, 'Kyrgyzstan', 'Kirghizistan', 'قيرغيزستان', 'Kirguistán', 'Кыргызстан', '吉尔吉斯斯坦'],
  ['KH', 'KHM', 'IV', UNV, AP, 'Cambodia', 'Cambodge', 'كمبوديا', 'Camboya', 'Камбоджа', '柬埔寨'],
  ['KI', 'KIR', 'IV', UNV, AP, 'Kiribati', 'Kiribati', 'كيريباتي', 'Kiribati', 'Кирибати', '基里巴斯'],
  ['KM', 'COM', 'Va', UNV, AFR, 'Comoros', 'Comores', 'جزر القمر', 'Comoras', 'Коморские Острова', '科摩罗'],
  ['KN', 'KNA', 'III', VER, LAC, 'Saint Kitts and Nevis', 'Saint-Kitts-et-Nevis', 'سانت كيتس ونيفيس', 'Saint Kitts y Nevis', 'Сент-Китс и Невис', '圣基茨和尼维斯'],
  ['KP', 'PRK', 'IV', UNV, AP, 'Democratic People\'s Republic of Korea', 'République populaire démocratique de Corée', 'جمهورية كوريا الشعبية الديمقراطية', 'República Popular Democrática de Corea', 'Корейская Народно-Демократическая Республика', '朝鲜民主主义人民共和国'],
  ['KR', 'KOR', 'IV', UNV, AP, 'Republic of Korea', 'République de Corée', 'جمهورية كوريا', 'República de Corea', 'Республика Корея', '大韩民国'],
  ['KW', 'KWT', 'Vb', UNV, ARB, 'Kuwait', 'Koweït', 'الكويت', 'Kuwait', 'Кувейт', '科威特'],
  ['KZ', 'KAZ', 'IV', UNV, AP, 'Kazakhstan', 'Kazakhstan', 'كازاخستان', 'Kazajstán', 'Казахстан', '哈萨克斯坦'],
  ['LA', 'LAO', 'IV', UNV, AP, 'Lao People\'s Democratic Republic', 'République démocratique populaire lao', 'جمهورية لاو الديمقراطية الشعبية', 'República Democrática Popular Lao', 'Лаосская Народно-Демократическая Республика', '老挝人民民主共和国'],
  ['LB', 'LBN', 'Vb', UNV, ARB, 'Lebanon', 'Liban', 'لبنان', 'Líbano', 'Ливан', '黎巴嫩'],
  ['LC', 'LCA', 'III', VER, LAC, 'Saint Lucia', 'Sainte-Lucie', 'سانت لوسيا', 'Santa Lucía', 'Сент-Люсия', '圣卢西亚'],
  ['LK', 'LKA', 'IV', UNV, AP, 'Sri Lanka', 'Sri Lanka', 'سريلانكا', 'Sri Lanka', 'Шри-Ланка', '斯里兰卡'],
  ['LR', 'LBR', 'Va', UNV, AFR, 'Liberia', 'Libéria', 'ليبيريا', 'Liberia', 'Либерия', '利比里亚'],
  ['LS', 'LSO', 'Va', UNV, AFR, 'Lesotho', 'Lesotho', 'ليسوتو', 'Lesotho', 'Лесото', '莱索托'],
  ['LT', 'LTU', 'II', VER, ENA, 'Lithuania', 'Lituanie', 'ليتوانيا', 'Lituania', 'Литва', '立陶宛'],
  ['LU', 'LUX', 'I', VER, ENA, 'Luxembourg', 'Luxembourg', 'لوكسمبورغ', 'Luxemburgo', 'Люксембург', '卢森堡'],
  ['LV', 'LVA', 'II', VER, ENA, 'Latvia', 'Lettonie', 'لاتفيا', 'Letonia', 'Латвия', '拉脱维亚'],
  ['LY', 'LBY', 'Vb', UNV, ARB, 'Libya', 'Libye', 'ليبيا', 'Libia', 'Ливия', '利比亚'],
  ['MA', 'MAR', 'Vb', UNV, ARB, 'Morocco', 'Maroc', 'المغرب', 'Marruecos', 'Марокко', '摩洛哥'],
  ['MC', 'MCO', 'I', VER, ENA, 'Monaco', 'Monaco', 'موناكو', 'Mónaco', 'Монако', '摩纳哥'],
  ['MD', 'MDA', 'II', VER, ENA, 'Republic of Moldova', 'République de Moldova', 'جمهورية مولدوفا', 'República de Moldova', 'Республика Молдова', '摩尔多瓦共和国'],
  ['ME', 'MNE', 'II', VER, ENA, 'Montenegro', 'Monténégro', 'الجبل الأسود', 'Montenegro', 'Черногория', '黑山'],
  ['MG', 'MDG', 'Va', UNV, AFR, 'Madagascar', 'Madagascar', 'مدغشقر', 'Madagascar', 'Мадагаскар', '马达加斯加'],
  ['MH', 'MHL', 'IV', UNV, AP, 'Marshall Islands', 'Îles Marshall', 'جزر مارشال', 'Islas Marshall', 'Маршалловы Острова', '马绍尔群岛'],
  ['MK', 'MKD', 'II', VER, ENA, 'North Macedonia', 'Macédoine du Nord', 'مقدونيا الشمالية', 'Macedonia del Norte', 'Северная Македония', '北马其顿'],
  ['ML', 'MLI', 'Va', UNV, AFR, 'Mali', 'Mali', 'مالي', 'Malí', 'Мали', '马里'],
  ['MM', 'MMR', 'IV', UNV, AP, 'Myanmar', 'Myanmar', 'ميانمار', 'Myanmar', 'Мьянма', '缅甸'],
  ['MN', 'MNG', 'IV', UNV, AP, 'Mongolia', 'Mongolie', 'منغوليا', 'Mongolia', 'Монголия', '蒙古'],
  ['MR', 'MRT', 'Vb', UNV, ARB, 'Mauritania', 'Mauritanie', 'موريتانيا', 'Mauritania', 'Мавритания', '毛里塔尼亚'],
  ['MT', 'MLT', 'I', VER, ENA, 'Malta', 'Malte', 'مالطا', 'Malta', 'Мальта', '马耳他'],
  ['MU', 'MUS', 'Va', UNV, AFR, 'Mauritius', 'Maurice', 'موريشيوس', 'Mauricio', 'Маврикий', '毛里求斯'],
  ['MV', 'MDV', 'IV', UNV, AP, 'Maldives', 'Maldives', 'ملديف', 'Maldivas', 'Мальдивы', '马尔代夫'],
  ['MW', 'MWI', 'Va', UNV, AFR, 'Malawi', 'Malawi', 'ملاوي', 'Malawi', 'Малави', '马拉维'],
  ['MX', 'MEX', 'III', VER, LAC, 'Mexico', 'Mexique', 'المكسيك', 'México', 'Мексика', '墨西哥'],
  ['MY', 'MYS', 'IV', UNV, AP, 'Malaysia', 'Malaisie', 'ماليزيا', 'Malasia', 'Малайзия', '马来西亚'],
  ['MZ', 'MOZ', 'Va', UNV, AFR, 'Mozambique', 'Mozambique', 'موزمبيق', 'Mozambique', 'Мозамбик', '莫桑比克'],
  ['NA', 'NAM', 'Va', UNV, AFR, 'Namibia', 'Namibie', 'ناميبيا', 'Namibia', 'Намибия', '纳米比亚'],
  ['NE', 'NER', 'Va', UNV, AFR, 'Niger', 'Niger', 'النيجر', 'Níger', 'Нигер', '尼日尔'],
  ['NG', 'NGA', 'Va', UNV, AFR, 'Nigeria', 'Nigéria', 'نيجيريا', 'Nigeria', 'Нигерия', '尼日利亚'],
  ['NI', 'NIC', 'III', VER, LAC, 'Nicaragua', 'Nicaragua', 'نيكاراغوا', 'Nicaragua', 'Никарагуа', '尼加拉瓜'],
  ['NL', 'NLD', 'I', VER, ENA, 'Netherlands (Kingdom of the)', 'Pays-Bas (Royaume des)', 'هولندا (مملكة -)', 'Países Bajos (Reino de los)', 'Нидерланды (Королевство)', '荷兰王国'],
  ['NO', 'NOR', 'I', VER, ENA, 'Norway', 'Norvège', 'النرويج', 'Noruega', 'Норвегия', '挪威'],
  ['NP', 'NPL', 'IV', UNV, AP, 'Nepal', 'Népal', 'نيبال', 'Nepal', 'Непал', '尼泊尔'],
  ['NR', 'NRU', 'IV', UNV, AP, 'Nauru', 'Nauru', 'ناورو', 'Nauru', 'Науру', '瑙鲁'],
  ['NU', 'NIU', 'IV', UNV, AP, 'Niue', 'Nioué', 'نيوي', 'Niue', 'Ниуэ', '纽埃'],
  ['NZ', 'NZL', 'IV', UNV, AP, 'New Zealand', 'Nouvelle-Zélande', 'نيوزيلندا', 'Nueva Zelanda', 'Новая Зеландия', '新西兰'],
  ['OM', 'OMN', 'Vb', UNV, ARB, 'Oman', 'Oman', 'عُمان', 'Omán', 'Оман', '阿曼'],
  ['PA', 'PAN', 'III', VER, LAC, 'Panama', 'Panama', 'بنما', 'Panamá', 'Панама', '巴拿马'],
  ['PE', 'PER', 'III', VER, LAC, 'Peru', 'Pérou', 'بيرو', 'Perú', 'Перу', '秘鲁'],
  ['PG', 'PNG', 'IV', UNV, AP, 'Papua New Guinea', 'Papouasie-Nouvelle-Guinée', 'بابوا غينيا الجديدة', 'Papúa Nueva Guinea', 'Папуа — Новая Гвинея', '巴布亚新几内亚'],
  ['PH', 'PHL', 'IV', UNV, AP, 'Philippines', 'Philippines', 'الفلبين', 'Filipinas', 'Филиппины', '菲律宾'],
  ['PK', 'PAK', 'IV', UNV, AP, 'Pakistan', 'Pakistan', 'باكستان', 'Pakistán', 'Пакистан', '巴基斯坦'],
  ['PL', 'POL', 'II', VER, ENA, 'Poland', 'Pologne', 'بولندا', 'Polonia', 'Польша', '波兰'],
  ['PS', 'PSE', 'Vb', UNV, ARB, 'Palestine', 'Palestine', 'فلسطين', 'Palestina', 'Палестина', '巴勒斯坦'],
  ['PT', 'PRT', 'I', VER, ENA, 'Portugal', 'Portugal', 'البرتغال', 'Portugal', 'Португалия', '葡萄牙'],
  ['PW', 'PLW', 'IV', UNV, AP, 'Palau', 'Palaos', 'بالاو', 'Palau', 'Палау', '帕劳'],
  ['PY', 'PRY', 'III', VER, LAC, 'Paraguay', 'Paraguay', 'باراغواي', 'Paraguay', 'Парагвай', '巴拉圭'],
  ['QA', 'QAT', 'Vb', UNV, ARB, 'Qatar', 'Qatar', 'قطر', 'Qatar', 'Катар', '卡塔尔'],
  ['RO', 'ROU', 'II', VER, ENA, 'Romania', 'Roumanie', 'رومانيا', 'Rumanía', 'Румыния', '罗马尼亚'],
  ['RS', 'SRB', 'II', VER, ENA, 'Serbia', 'Serbie', 'صربيا', 'Serbia', 'Сербия', '塞尔维亚'],
  ['RU', 'RUS', 'II', VER, ENA, 'Russian Federation', 'Fédération de Russie', 'الاتحاد الروسي', 'Federación de Rusia', 'Российская Федерация', '俄罗斯联邦'],
  ['RW', 'RWA', 'Va', UNV, AFR, 'Rwanda', 'Rwanda', 'رواندا', 'Rwanda', 'Руанда', '卢旺达'],
  ['SA', 'SAU', 'Vb', UNV, ARB, 'Saudi Arabia', 'Arabie saoudite', 'المملكة العربية السعودية', 'Arabia Saudita', 'Саудовская Аравия', '沙特阿拉伯'],
  ['SB', 'SLB', 'IV', UNV, AP, 'Solomon Islands', 'Îles Salomon', 'جزر سليمان', 'Islas Salomón', 'Соломоновы Острова', '所罗门群岛'],
  ['SC', 'SYC', 'Va', UNV, AFR, 'Seychelles', 'Seychelles', 'سيشيل', 'Seychelles', 'Сейшельские Острова', '塞舌尔'],
  ['SD', 'SDN', 'Vb', UNV, ARB, 'Sudan', 'Soudan', 'السودان', 'Sudán', 'Судан', '苏丹'],
  ['SE', 'SWE', 'I', VER, ENA, 'Sweden', 'Suède', 'السويد', 'Suecia', 'Швеция', '瑞典'],
  ['SG', 'SGP', 'IV', UNV, AP, 'Singapore', 'Singapour', 'سنغافورة', 'Singapur', 'Сингапур', '新加坡'],
  ['SI', 'SVN', 'II', VER, ENA, 'Slovenia', 'Slovénie', 'سلوفينيا', 'Eslovenia', 'Словения', '斯洛文尼亚'],
  ['SK', 'SVK', 'II', VER, ENA, 'Slovakia', 'Slovaquie', 'سلوفاكيا', 'Eslovaquia', 'Словакия', '斯洛伐克'],
  ['SL', 'SLE', 'Va', UNV, AFR, 'Sierra Leone', 'Sierra Leone', 'سيراليون', 'Sierra Leona', 'Сьерра-Леоне', '塞拉利昂'],
  ['SM', 'SMR', 'I', VER, ENA, 'San Marino', 'Saint-Marin', 'سان مارينو', 'San Marino', 'Сан-Марино', '圣马力诺'],
  ['SN', 'SEN', 'Va', UNV, AFR, 'Senegal', 'Sénégal', 'السنغال', 'Senegal', 'Сенегал', '塞内加尔'],
  ['SO', 'SOM', 'Va', UNV, AFR, 'Somalia', 'Somalie', 'الصومال', 'Somalia', 'Сомали', '索马里'],
  ['SR', 'SUR', 'III', INF, LAC, 'Suriname', 'Suriname', 'سورينام', 'Suriname', 'Суринам', '苏里南'],
  ['SS', 'SSD', 'Va', UNV, AFR, 'South Sudan', 'Soudan du Sud', 'جنوب السودان', 'Sudán del Sur', 'Южный Судан', '南苏丹'],
  ['ST', 'STP', 'Va', UNV, AFR, 'Sao Tome and Principe', 'Sao Tomé-et-Principe', 'ساو تومي وبرينسيبي', 'Santo Tomé y Príncipe', 'Сан-Томе и Принсипи', '圣多美和普林西比'],
  ['SV', 'SLV', 'III', VER, LAC, 'El Salvador', 'El Salvador', 'السلفادور', 'El Salvador', 'Сальвадор', '萨尔瓦多'],
  ['SY', 'SYR', 'Vb', UNV, ARB, 'Syrian Arab Republic', 'République arabe syrienne', 'الجمهورية العربية السورية', 'República Árabe Siria', 'Сирийская Арабская Республика', '阿拉伯叙利亚共和国'],
  ['SZ', 'SWZ', 'Va', UNV, AFR, 'Eswatini', 'Eswatini', 'إسواتيني', 'Eswatini', 'Эсватини', '斯威士兰'],
  ['TD', 'TCD', 'Va', UNV, AFR, 'Chad', 'Tchad', 'تشاد', 'Chad', 'Чад', '乍得'],
  ['TG', 'TGO', 'Va', UNV, AFR, 'Togo', 'Togo', 'توغو', 'Togo', 'Того', '多哥'],
  ['TH', 'THA', 'IV', UNV, AP, 'Thailand', 'Thaïlande', 'تايلاند', 'Tailandia', 'Таиланд', '泰国'],
  ['TJ', 'TJK', 'II', VER, AP, 'Tajikistan', 'Tadjikistan', 'طاجيكستان', 'Tayikistán', 'Таджикистан', '塔吉克斯坦'],
  ['TL', 'TLS', 'IV', UNV, AP, 'Timor-Leste', 'Timor-Leste', 'تيمور - ليشتي', 'Timor-Leste', 'Тимор-Лесте', '东帝汶'],
  ['TM', 'TKM', 'IV', UNV, AP, 'Turkmenistan', 'Turkménistan', 'تركمانستان', 'Turkmenistán', 'Туркменистан', '土库曼斯坦'],
  ['TN', 'TUN', 'Vb', UNV, ARB, 'Tunisia', 'Tunisie', 'تونس', 'Túnez', 'Тунис', '突尼斯'],
  ['TO', 'TON', 'IV', UNV, AP, 'Tonga', 'Tonga', 'تونغا', 'Tonga', 'Тонга', '汤加'],
  ['TR', 'TUR', 'I', VER, ENA, 'Türkiye', 'Türkiye', 'تركيا', 'Türkiye', 'Турция', '土耳其'],
  ['TT', 'TTO', 'III', INF, LAC, 'Trinidad and Tobago', 'Trinité-et-Tobago', 'ترينيداد وتوباغو', 'Trinidad y Tobago', 'Тринидад и Тобаго', '特立尼达和多巴哥'],
  ['TV', 'TUV', 'IV', UNV, AP, 'Tuvalu', 'Tuvalu', 'توفالو', 'Tuvalu', 'Тувалу', '图瓦卢'],
  ['TZ', 'TZA', 'Va', UNV, AFR, 'United Republic of Tanzania', 'République-Unie de Tanzanie', 'جمهورية تنزانيا المتحدة', 'República Unida de Tanzanía', 'Объединенная Республика Танзания', '坦桑尼亚联合共和国'],
  ['UA', 'UKR', 'II', VER, ENA, 'Ukraine', 'Ukraine', 'أوكرانيا', 'Ucrania', 'Украина', '乌克兰'],
  ['UG', 'UGA', 'Va', UNV, AFR, 'Uganda', 'Ouganda', 'أوغندا', 'Uganda', 'Уганда', '乌干达'],
  ['US', 'USA', 'I', VER, ENA, 'United States of America', 'États-Unis d\'Amérique', 'الولايات المتحدة الأمريكية', 'Estados Unidos de América', 'Соединенные Штаты Америки', '美利坚合众国'],
  ['UY', 'URY', 'III', INF, LAC, 'Uruguay', 'Uruguay', 'أوروغواي', 'Uruguay', 'Уругвай', '乌拉圭'],
  ['UZ', 'UZB', 'II', VER, AP, 'Uzbekistan', 'Ouzbékistan', 'أوزبكستان', 'Uzbekistán', 'Узбекистан', '乌兹别克斯坦'],
  ['VC', 'VCT', 'III', VER, LAC, 'Saint Vincent and the Grenadines', 'Saint-Vincent-et-les Grenadines', 'سانت فنسنت وجزر غرينادين', 'San Vicente y las Granadinas', 'Сент-Винсент и Гренадины', '圣文森特和格林纳丁斯'],
  ['VE', 'VEN', 'III', INF, LAC, 'Venezuela (Bolivarian Republic of)', 'Venezuela (République bolivarienne du)', 'فنزويلا (جمهورية - البوليفارية)', 'Venezuela (República Bolivariana de)', 'Венесуэла (Боливарианская Республика)', '委内瑞拉玻利瓦尔共和国'],
  ['VN', 'VNM', 'IV', UNV, AP, 'Viet Nam', 'Viet Nam', 'فييت نام', 'Viet Nam', 'Вьетнам', '越南'],
  ['VU', 'VUT', 'IV', UNV, AP, 'Vanuatu', 'Vanuatu', 'فانواتو', 'Vanuatu', 'Вануату', '瓦努阿图'],
  ['WS', 'WSM', 'IV', UNV, AP, 'Samoa', 'Samoa', 'ساموا', 'Samoa', 'Самоа', '萨摩亚'],
  ['YE', 'YEM', 'Vb', UNV, ARB, 'Yemen', 'Yémen', 'اليمن', 'Yemen', 'Йемен', '也门'],
  ['ZA', 'ZAF', 'Va', UNV, AFR, 'South Africa', 'Afrique du Sud', 'جنوب أفريقيا', 'Sudáfrica', 'Южная Африка', '南非'],
  ['ZM', 'ZMB', 'Va', UNV, AFR, 'Zambia', 'Zambie', 'زامبيا', 'Zambia', 'Замбия', '赞比亚'],
  ['ZW', 'ZWE', 'Va', UNV, AFR, 'Zimbabwe', 'Zimbabwe', 'زيمبابوي', 'Zimbabwe', 'Зимбабве', '津巴布韦'],
];

/**
 * Associate Members: code, alpha-3, admission (as precisely as the source dates it), region,
 * source, then names. Only those a cited source names are listed, so there are eleven. UNESCO
 * counted twelve by July 2023 (WIKIPEDIA_MEMBERS); no source found names the twelfth, so it is
 * not here: it is not guessed. Associate Members sit in no electoral group.
 */
// prettier-ignore
const ASSOCIATE_ROWS: readonly AssociateRow[] = [
  ['AI', 'AIA', '2013', LAC, E_2016_49, 'Anguilla', 'Anguilla', 'أنغويلا', 'Anguila', 'Ангилья', '安圭拉'],
  ['AW', 'ABW', '1987-10-20', LAC, UNESCO_AR_COUNTRY_LIST, 'Aruba', 'Aruba', 'أروبا', 'Aruba', 'Аруба', '阿鲁巴'],
  ['CW', 'CUW', '2011-10-25', LAC, SINT_MAARTEN_CURACAO_2011, 'Curaçao', 'Curaçao', 'كوراساو', 'Curaçao', 'Кюрасао', '库拉索'],
  ['FO', 'FRO', '2009-10-12', ENA, FAROES_2009, 'Faroe Islands', 'Îles Féroé', 'جزر فارو', 'Islas Feroe', 'Фарерские острова', '法罗群岛'],
  ['KY', 'CYM', '1999', LAC, E_2016_49, 'Cayman Islands', 'Îles Caïmanes', 'جزر كايمان', 'Islas Caimán', 'Каймановы острова', '开曼群岛'],
  ['MO', 'MAC', '1995-10-25', AP, GC_29_C_28, 'Macao, China', 'Macao, Chine', 'ماكاو، الصين', 'Macao, China', 'Макао, Китай', '中国澳门'],
  ['MS', 'MSR', '2015', LAC, E_2016_49, 'Montserrat', 'Montserrat', 'مونتسيرات', 'Montserrat', 'Монтсеррат', '蒙特塞拉特'],
  ['NC', 'NCL', '2017', AP, NEW_CALEDONIA_2017, 'New Caledonia', 'Nouvelle-Calédonie', 'كاليدونيا الجديدة', 'Nueva Caledonia', 'Новая Каледония', '新喀里多尼亚'],
  ['SX', 'SXM', '2011-10-25', LAC, SINT_MAARTEN_CURACAO_2011, 'Sint Maarten', 'Sint Maarten', 'سانت مارتن', 'Sint Maarten', 'Синт-Мартен', '荷属圣马丁'],
  ['TK', 'TKL', '2001', AP, E_2016_49, 'Tokelau', 'Tokélaou', 'توكيلاو', 'Tokelau', 'Токелау', '托克劳'],
  ['VG', 'VGB', '1983', LAC, E_2016_49, 'British Virgin Islands', 'Îles Vierges britanniques', 'جزر فرجن البريطانية', 'Islas Vírgenes Británicas', 'Британские Виргинские острова', '英属维尔京群岛'],
];

function localized([en, fr, ar, es, ru, zh]: Names): Country['name'] {
  return { ar, en, es, fr, ru, zh };
}

function region(code: string, value: UnescoRegion): NonNullable<Country['region']> {
  const evidence = REGION_EVIDENCE[code];
  return evidence ? { value, ...evidence } : { value, certainty: INF };
}

function member([code, alpha3, group, groupCertainty, regionValue, ...names]: MemberRow): Country {
  const periods = MEMBERSHIP_PERIODS[code];
  return {
    code,
    alpha3,
    name: localized(names),
    membership: { kind: 'member', certainty: VER, ...(periods ? { periods } : {}) },
    region: region(code, regionValue),
    electoralGroup: { value: group, certainty: groupCertainty },
    sourceUrl: code === 'US' ? UNESCO_US_PAGE : groupCertainty === VER ? GC_RULES_APPENDIX : WIKIPEDIA_MEMBERS,
  };
}

function associate([code, alpha3, admitted, regionValue, sourceUrl, ...names]: AssociateRow): Country {
  return {
    code,
    alpha3,
    name: localized(names),
    membership: { kind: 'associate-member', certainty: VER, periods: [{ joined: admitted, sourceUrl }] },
    region: region(code, regionValue),
    electoralGroup: null,
    sourceUrl,
  };
}

/** UNESCO's Member States (also those whose withdrawal has taken effect) and Associate Members, sorted by ISO 3166-1 alpha-2 code. */
export const COUNTRIES: readonly Country[] = [...MEMBER_ROWS.map(member), ...ASSOCIATE_ROWS.map(associate)].sort(
  (a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
);
