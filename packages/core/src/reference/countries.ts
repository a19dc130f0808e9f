import type { Certainty } from '../schemas/certainty.js';
import type { Country, ElectoralGroup, UnescoRegion } from '../schemas/country.js';

/*
 * UNESCO's 194 Member States and 12 Associate Members (July 2023, after the USA rejoined),
 * curated from the project reference notes (unesco-domain.md §3d, §3f). Membership is NOT derived
 * from UN membership: Israel and Liechtenstein are UN members but not UNESCO members, while
 * the Cook Islands, Niue and Palestine are UNESCO members but not UN members.
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
 *   Group III (`inferred`: SR, TT, UY, VE) and the USA in Group I (`unverified`, rejoined 2023);
 * - Group V(b) follows the reference's own unverified list; Groups IV and V(a) were not
 *   retrieved at all and come from general knowledge (`unverified`);
 * - the UNESCO region is `inferred` everywhere: the reference maps I + II to Europe and North
 *   America, III to Latin America and the Caribbean, IV to Asia and the Pacific, V(a) to Africa
 *   and V(b) to the Arab States; Associate Members get the region of their geography.
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
/** 29 C/28 (1997): Macao admitted as an Associate Member on 25 October 1995 (copy of the UNESDOC document). */
const GC_29_C_28 =
  'https://deploy.studylib.es/doc/5580943/definici%C3%B3n-de-las-regiones-con-miras-a-la---unesdoc';
/** New Caledonia admitted at the 39th General Conference (30 October 2017). */
const NEW_CALEDONIA_2017 =
  'https://cooperation-regionale.gouv.nc/fr/news/31-10-2017/la-caledonie-membre-associe-de-lunesco';

const REGION_OF_GROUP: Record<ElectoralGroup, UnescoRegion> = {
  I: ENA,
  II: ENA,
  III: LAC,
  IV: AP,
  Va: AFR,
  Vb: ARB,
};

type Names = readonly [en: string, fr: string, ar: string, es: string, ru: string, zh: string];

type MemberRow = readonly [
  code: string,
  alpha3: string,
  group: ElectoralGroup,
  groupCertainty: Certainty,
  ...names: Names,
];

type AssociateRow = readonly [
  code: string,
  alpha3: string,
  since: number | null,
  membershipCertainty: Certainty,
  region: UnescoRegion,
  sourceUrl: string | null,
  ...names: Names,
];

/** Member States: code, alpha-3, electoral group, its certainty, then names en, fr, ar, es, ru, zh. */
// prettier-ignore
const MEMBER_ROWS: readonly MemberRow[] = [
  ['AD', 'AND', 'I', VER, 'Andorra', 'Andorre', 'أندورا', 'Andorra', 'Андорра', '安道尔'],
  ['AE', 'ARE', 'Vb', UNV, 'United Arab Emirates', 'Émirats arabes unis', 'الإمارات العربية المتحدة', 'Emiratos Árabes Unidos', 'Объединенные Арабские Эмираты', '阿拉伯联合酋长国'],
  ['AF', 'AFG', 'IV', UNV, 'Afghanistan', 'Afghanistan', 'أفغانستان', 'Afganistán', 'Афганистан', '阿富汗'],
  ['AG', 'ATG', 'III', VER, 'Antigua and Barbuda', 'Antigua-et-Barbuda', 'أنتيغوا وبربودا', 'Antigua y Barbuda', 'Антигуа и Барбуда', '安提瓜和巴布达'],
  ['AL', 'ALB', 'II', VER, 'Albania', 'Albanie', 'ألبانيا', 'Albania', 'Албания', '阿尔巴尼亚'],
  ['AM', 'ARM', 'II', VER, 'Armenia', 'Arménie', 'أرمينيا', 'Armenia', 'Армения', '亚美尼亚'],
  ['AO', 'AGO', 'Va', UNV, 'Angola', 'Angola', 'أنغولا', 'Angola', 'Ангола', '安哥拉'],
  ['AR', 'ARG', 'III', VER, 'Argentina', 'Argentine', 'الأرجنتين', 'Argentina', 'Аргентина', '阿根廷'],
  ['AT', 'AUT', 'I', VER, 'Austria', 'Autriche', 'النمسا', 'Austria', 'Австрия', '奥地利'],
  ['AU', 'AUS', 'IV', UNV, 'Australia', 'Australie', 'أستراليا', 'Australia', 'Австралия', '澳大利亚'],
  ['AZ', 'AZE', 'II', VER, 'Azerbaijan', 'Azerbaïdjan', 'أذربيجان', 'Azerbaiyán', 'Азербайджан', '阿塞拜疆'],
  ['BA', 'BIH', 'II', VER, 'Bosnia and Herzegovina', 'Bosnie-Herzégovine', 'البوسنة والهرسك', 'Bosnia y Herzegovina', 'Босния и Герцеговина', '波斯尼亚和黑塞哥维那'],
  ['BB', 'BRB', 'III', VER, 'Barbados', 'Barbade', 'بربادوس', 'Barbados', 'Барбадос', '巴巴多斯'],
  ['BD', 'BGD', 'IV', UNV, 'Bangladesh', 'Bangladesh', 'بنغلاديش', 'Bangladesh', 'Бангладеш', '孟加拉国'],
  ['BE', 'BEL', 'I', VER, 'Belgium', 'Belgique', 'بلجيكا', 'Bélgica', 'Бельгия', '比利时'],
  ['BF', 'BFA', 'Va', UNV, 'Burkina Faso', 'Burkina Faso', 'بوركينا فاسو', 'Burkina Faso', 'Буркина-Фасо', '布基纳法索'],
  ['BG', 'BGR', 'II', VER, 'Bulgaria', 'Bulgarie', 'بلغاريا', 'Bulgaria', 'Болгария', '保加利亚'],
  ['BH', 'BHR', 'Vb', UNV, 'Bahrain', 'Bahreïn', 'البحرين', 'Bahrein', 'Бахрейн', '巴林'],
  ['BI', 'BDI', 'Va', UNV, 'Burundi', 'Burundi', 'بوروندي', 'Burundi', 'Бурунди', '布隆迪'],
  ['BJ', 'BEN', 'Va', UNV, 'Benin', 'Bénin', 'بنين', 'Benin', 'Бенин', '贝宁'],
  ['BN', 'BRN', 'IV', UNV, 'Brunei Darussalam', 'Brunéi Darussalam', 'بروني دار السلام', 'Brunei Darussalam', 'Бруней-Даруссалам', '文莱达鲁萨兰国'],
  ['BO', 'BOL', 'III', VER, 'Bolivia (Plurinational State of)', 'Bolivie (État plurinational de)', 'بوليفيا (دولة - المتعددة القوميات)', 'Bolivia (Estado Plurinacional de)', 'Боливия (Многонациональное Государство)', '多民族玻利维亚国'],
  ['BR', 'BRA', 'III', VER, 'Brazil', 'Brésil', 'البرازيل', 'Brasil', 'Бразилия', '巴西'],
  ['BS', 'BHS', 'III', VER, 'Bahamas', 'Bahamas', 'جزر البهاما', 'Bahamas', 'Багамские Острова', '巴哈马'],
  ['BT', 'BTN', 'IV', UNV, 'Bhutan', 'Bhoutan', 'بوتان', 'Bután', 'Бутан', '不丹'],
  ['BW', 'BWA', 'Va', UNV, 'Botswana', 'Botswana', 'بوتسوانا', 'Botswana', 'Ботсвана', '博茨瓦纳'],
  ['BY', 'BLR', 'II', VER, 'Belarus', 'Bélarus', 'بيلاروس', 'Belarús', 'Беларусь', '白俄罗斯'],
  ['BZ', 'BLZ', 'III', VER, 'Belize', 'Belize', 'بليز', 'Belice', 'Белиз', '伯利兹'],
  ['CA', 'CAN', 'I', VER, 'Canada', 'Canada', 'كندا', 'Canadá', 'Канада', '加拿大'],
  ['CD', 'COD', 'Va', UNV, 'Democratic Republic of the Congo', 'République démocratique du Congo', 'جمهورية الكونغو الديمقراطية', 'República Democrática del Congo', 'Демократическая Республика Конго', '刚果民主共和国'],
  ['CF', 'CAF', 'Va', UNV, 'Central African Republic', 'République centrafricaine', 'جمهورية أفريقيا الوسطى', 'República Centroafricana', 'Центрально-Африканская Республика', '中非共和国'],
  ['CG', 'COG', 'Va', UNV, 'Congo', 'Congo', 'الكونغو', 'Congo', 'Конго', '刚果'],
  ['CH', 'CHE', 'I', VER, 'Switzerland', 'Suisse', 'سويسرا', 'Suiza', 'Швейцария', '瑞士'],
  ['CI', 'CIV', 'Va', UNV, 'Côte d\'Ivoire', 'Côte d\'Ivoire', 'كوت ديفوار', 'Côte d\'Ivoire', 'Кот-д\'Ивуар', '科特迪瓦'],
  ['CK', 'COK', 'IV', UNV, 'Cook Islands', 'Îles Cook', 'جزر كوك', 'Islas Cook', 'Острова Кука', '库克群岛'],
  ['CL', 'CHL', 'III', VER, 'Chile', 'Chili', 'تشيلي', 'Chile', 'Чили', '智利'],
  ['CM', 'CMR', 'Va', UNV, 'Cameroon', 'Cameroun', 'الكاميرون', 'Camerún', 'Камерун', '喀麦隆'],
  ['CN', 'CHN', 'IV', UNV, 'China', 'Chine', 'الصين', 'China', 'Китай', '中国'],
  ['CO', 'COL', 'III', VER, 'Colombia', 'Colombie', 'كولومبيا', 'Colombia', 'Колумбия', '哥伦比亚'],
  ['CR', 'CRI', 'III', VER, 'Costa Rica', 'Costa Rica', 'كوستاريكا', 'Costa Rica', 'Коста-Рика', '哥斯达黎加'],
  ['CU', 'CUB', 'III', VER, 'Cuba', 'Cuba', 'كوبا', 'Cuba', 'Куба', '古巴'],
  ['CV', 'CPV', 'Va', UNV, 'Cabo Verde', 'Cabo Verde', 'كابو فيردي', 'Cabo Verde', 'Кабо-Верде', '佛得角'],
  ['CY', 'CYP', 'I', VER, 'Cyprus', 'Chypre', 'قبرص', 'Chipre', 'Кипр', '塞浦路斯'],
  ['CZ', 'CZE', 'II', VER, 'Czechia', 'Tchéquie', 'تشيكيا', 'Chequia', 'Чехия', '捷克'],
  ['DE', 'DEU', 'I', VER, 'Germany', 'Allemagne', 'ألمانيا', 'Alemania', 'Германия', '德国'],
  ['DJ', 'DJI', 'Va', UNV, 'Djibouti', 'Djibouti', 'جيبوتي', 'Djibouti', 'Джибути', '吉布提'],
  ['DK', 'DNK', 'I', VER, 'Denmark', 'Danemark', 'الدانمرك', 'Dinamarca', 'Дания', '丹麦'],
  ['DM', 'DMA', 'III', VER, 'Dominica', 'Dominique', 'دومينيكا', 'Dominica', 'Доминика', '多米尼克'],
  ['DO', 'DOM', 'III', VER, 'Dominican Republic', 'République dominicaine', 'جمهورية الدومينيكان', 'República Dominicana', 'Доминиканская Республика', '多米尼加共和国'],
  ['DZ', 'DZA', 'Vb', UNV, 'Algeria', 'Algérie', 'الجزائر', 'Argelia', 'Алжир', '阿尔及利亚'],
  ['EC', 'ECU', 'III', VER, 'Ecuador', 'Équateur', 'الإكوادور', 'Ecuador', 'Эквадор', '厄瓜多尔'],
  ['EE', 'EST', 'II', VER, 'Estonia', 'Estonie', 'إستونيا', 'Estonia', 'Эстония', '爱沙尼亚'],
  ['EG', 'EGY', 'Vb', UNV, 'Egypt', 'Égypte', 'مصر', 'Egipto', 'Египет', '埃及'],
  ['ER', 'ERI', 'Va', UNV, 'Eritrea', 'Érythrée', 'إريتريا', 'Eritrea', 'Эритрея', '厄立特里亚'],
  ['ES', 'ESP', 'I', VER, 'Spain', 'Espagne', 'إسبانيا', 'España', 'Испания', '西班牙'],
  ['ET', 'ETH', 'Va', UNV, 'Ethiopia', 'Éthiopie', 'إثيوبيا', 'Etiopía', 'Эфиопия', '埃塞俄比亚'],
  ['FI', 'FIN', 'I', VER, 'Finland', 'Finlande', 'فنلندا', 'Finlandia', 'Финляндия', '芬兰'],
  ['FJ', 'FJI', 'IV', UNV, 'Fiji', 'Fidji', 'فيجي', 'Fiji', 'Фиджи', '斐济'],
  ['FM', 'FSM', 'IV', UNV, 'Micronesia (Federated States of)', 'Micronésie (États fédérés de)', 'ميكرونيزيا (ولايات - الموحدة)', 'Micronesia (Estados Federados de)', 'Микронезия (Федеративные Штаты)', '密克罗尼西亚联邦'],
  ['FR', 'FRA', 'I', VER, 'France', 'France', 'فرنسا', 'Francia', 'Франция', '法国'],
  ['GA', 'GAB', 'Va', UNV, 'Gabon', 'Gabon', 'الغابون', 'Gabón', 'Габон', '加蓬'],
  ['GB', 'GBR', 'I', VER, 'United Kingdom of Great Britain and Northern Ireland', 'Royaume-Uni de Grande-Bretagne et d\'Irlande du Nord', 'المملكة المتحدة لبريطانيا العظمى وأيرلندا الشمالية', 'Reino Unido de Gran Bretaña e Irlanda del Norte', 'Соединенное Королевство Великобритании и Северной Ирландии', '大不列颠及北爱尔兰联合王国'],
  ['GD', 'GRD', 'III', VER, 'Grenada', 'Grenade', 'غرينادا', 'Granada', 'Гренада', '格林纳达'],
  ['GE', 'GEO', 'II', VER, 'Georgia', 'Géorgie', 'جورجيا', 'Georgia', 'Грузия', '格鲁吉亚'],
  ['GH', 'GHA', 'Va', UNV, 'Ghana', 'Ghana', 'غانا', 'Ghana', 'Гана', '加纳'],
  ['GM', 'GMB', 'Va', UNV, 'Gambia', 'Gambie', 'غامبيا', 'Gambia', 'Гамбия', '冈比亚'],
  ['GN', 'GIN', 'Va', UNV, 'Guinea', 'Guinée', 'غينيا', 'Guinea', 'Гвинея', '几内亚'],
  ['GQ', 'GNQ', 'Va', UNV, 'Equatorial Guinea', 'Guinée équatoriale', 'غينيا الاستوائية', 'Guinea Ecuatorial', 'Экваториальная Гвинея', '赤道几内亚'],
  ['GR', 'GRC', 'I', VER, 'Greece', 'Grèce', 'اليونان', 'Grecia', 'Греция', '希腊'],
  ['GT', 'GTM', 'III', VER, 'Guatemala', 'Guatemala', 'غواتيمالا', 'Guatemala', 'Гватемала', '危地马拉'],
  ['GW', 'GNB', 'Va', UNV, 'Guinea-Bissau', 'Guinée-Bissau', 'غينيا - بيساو', 'Guinea-Bissau', 'Гвинея-Бисау', '几内亚比绍'],
  ['GY', 'GUY', 'III', VER, 'Guyana', 'Guyana', 'غيانا', 'Guyana', 'Гайана', '圭亚那'],
  ['HN', 'HND', 'III', VER, 'Honduras', 'Honduras', 'هندوراس', 'Honduras', 'Гондурас', '洪都拉斯'],
  ['HR', 'HRV', 'II', VER, 'Croatia', 'Croatie', 'كرواتيا', 'Croacia', 'Хорватия', '克罗地亚'],
  ['HT', 'HTI', 'III', VER, 'Haiti', 'Haïti', 'هايتي', 'Haití', 'Гаити', '海地'],
  ['HU', 'HUN', 'II', VER, 'Hungary', 'Hongrie', 'هنغاريا', 'Hungría', 'Венгрия', '匈牙利'],
  ['ID', 'IDN', 'IV', UNV, 'Indonesia', 'Indonésie', 'إندونيسيا', 'Indonesia', 'Индонезия', '印度尼西亚'],
  ['IE', 'IRL', 'I', VER, 'Ireland', 'Irlande', 'أيرلندا', 'Irlanda', 'Ирландия', '爱尔兰'],
  ['IN', 'IND', 'IV', UNV, 'India', 'Inde', 'الهند', 'India', 'Индия', '印度'],
  ['IQ', 'IRQ', 'Vb', UNV, 'Iraq', 'Iraq', 'العراق', 'Iraq', 'Ирак', '伊拉克'],
  ['IR', 'IRN', 'IV', UNV, 'Iran (Islamic Republic of)', 'Iran (République islamique d\')', 'إيران (جمهورية - الإسلامية)', 'Irán (República Islámica del)', 'Иран (Исламская Республика)', '伊朗伊斯兰共和国'],
  ['IS', 'ISL', 'I', VER, 'Iceland', 'Islande', 'آيسلندا', 'Islandia', 'Исландия', '冰岛'],
  ['IT', 'ITA', 'I', VER, 'Italy', 'Italie', 'إيطاليا', 'Italia', 'Италия', '意大利'],
  ['JM', 'JAM', 'III', VER, 'Jamaica', 'Jamaïque', 'جامايكا', 'Jamaica', 'Ямайка', '牙买加'],
  ['JO', 'JOR', 'Vb', UNV, 'Jordan', 'Jordanie', 'الأردن', 'Jordania', 'Иордания', '约旦'],
  ['JP', 'JPN', 'IV', UNV, 'Japan', 'Japon', 'اليابان', 'Japón', 'Япония', '日本'],
  ['KE', 'KEN', 'Va', UNV, 'Kenya', 'Kenya', 'كينيا', 'Kenya', 'Кения', '肯尼亚'],
  ['KG', 'KGZ', 'IV', UNV, 'Kyrgyzstan', 'Kirghizistan', 'قيرغيزستان', 'Kirguistán', 'Кыргызстан', '吉尔吉斯斯坦'],
  ['KH', 'KHM', 'IV', UNV, 'Cambodia', 'Cambodge', 'كمبوديا', 'Camboya', 'Камбоджа', '柬埔寨'],
  ['KI', 'KIR', 'IV', UNV, 'Kiribati', 'Kiribati', 'كيريباتي', 'Kiribati', 'Кирибати', '基里巴斯'],
  ['KM', 'COM', 'Va', UNV, 'Comoros', 'Comores', 'جزر القمر', 'Comoras', 'Коморские Острова', '科摩罗'],
  ['KN', 'KNA', 'III', VER, 'Saint Kitts and Nevis', 'Saint-Kitts-et-Nevis', 'سانت كيتس ونيفيس', 'Saint Kitts y Nevis', 'Сент-Китс и Невис', '圣基茨和尼维斯'],
  ['KP', 'PRK', 'IV', UNV, 'Democratic People\'s Republic of Korea', 'République populaire démocratique de Corée', 'جمهورية كوريا الشعبية الديمقراطية', 'República Popular Democrática de Corea', 'Корейская Народно-Демократическая Республика', '朝鲜民主主义人民共和国'],
  ['KR', 'KOR', 'IV', UNV, 'Republic of Korea', 'République de Corée', 'جمهورية كوريا', 'República de Corea', 'Республика Корея', '大韩民国'],
  ['KW', 'KWT', 'Vb', UNV, 'Kuwait', 'Koweït', 'الكويت', 'Kuwait', 'Кувейт', '科威特'],
  ['KZ', 'KAZ', 'IV', UNV, 'Kazakhstan', 'Kazakhstan', 'كازاخستان', 'Kazajstán', 'Казахстан', '哈萨克斯坦'],
  ['LA', 'LAO', 'IV', UNV, 'Lao People\'s Democratic Republic', 'République démocratique populaire lao', 'جمهورية لاو الديمقراطية الشعبية', 'República Democrática Popular Lao', 'Лаосская Народно-Демократическая Республика', '老挝人民民主共和国'],
  ['LB', 'LBN', 'Vb', UNV, 'Lebanon', 'Liban', 'لبنان', 'Líbano', 'Ливан', '黎巴嫩'],
  ['LC', 'LCA', 'III', VER, 'Saint Lucia', 'Sainte-Lucie', 'سانت لوسيا', 'Santa Lucía', 'Сент-Люсия', '圣卢西亚'],
  ['LK', 'LKA', 'IV', UNV, 'Sri Lanka', 'Sri Lanka', 'سريلانكا', 'Sri Lanka', 'Шри-Ланка', '斯里兰卡'],
  ['LR', 'LBR', 'Va', UNV, 'Liberia', 'Libéria', 'ليبيريا', 'Liberia', 'Либерия', '利比里亚'],
  ['LS', 'LSO', 'Va', UNV, 'Lesotho', 'Lesotho', 'ليسوتو', 'Lesotho', 'Лесото', '莱索托'],
  ['LT', 'LTU', 'II', VER, 'Lithuania', 'Lituanie', 'ليتوانيا', 'Lituania', 'Литва', '立陶宛'],
  ['LU', 'LUX', 'I', VER, 'Luxembourg', 'Luxembourg', 'لوكسمبورغ', 'Luxemburgo', 'Люксембург', '卢森堡'],
  ['LV', 'LVA', 'II', VER, 'Latvia', 'Lettonie', 'لاتفيا', 'Letonia', 'Латвия', '拉脱维亚'],
  ['LY', 'LBY', 'Vb', UNV, 'Libya', 'Libye', 'ليبيا', 'Libia', 'Ливия', '利比亚'],
  ['MA', 'MAR', 'Vb', UNV, 'Morocco', 'Maroc', 'المغرب', 'Marruecos', 'Марокко', '摩洛哥'],
  ['MC', 'MCO', 'I', VER, 'Monaco', 'Monaco', 'موناكو', 'Mónaco', 'Монако', '摩纳哥'],
  ['MD', 'MDA', 'II', VER, 'Republic of Moldova', 'République de Moldova', 'جمهورية مولدوفا', 'República de Moldova', 'Республика Молдова', '摩尔多瓦共和国'],
  ['ME', 'MNE', 'II', VER, 'Montenegro', 'Monténégro', 'الجبل الأسود', 'Montenegro', 'Черногория', '黑山'],
  ['MG', 'MDG', 'Va', UNV, 'Madagascar', 'Madagascar', 'مدغشقر', 'Madagascar', 'Мадагаскар', '马达加斯加'],
  ['MH', 'MHL', 'IV', UNV, 'Marshall Islands', 'Îles Marshall', 'جزر مارشال', 'Islas Marshall', 'Маршалловы Острова', '马绍尔群岛'],
  ['MK', 'MKD', 'II', VER, 'North Macedonia', 'Macédoine du Nord', 'مقدونيا الشمالية', 'Macedonia del Norte', 'Северная Македония', '北马其顿'],
  ['ML', 'MLI', 'Va', UNV, 'Mali', 'Mali', 'مالي', 'Malí', 'Мали', '马里'],
  ['MM', 'MMR', 'IV', UNV, 'Myanmar', 'Myanmar', 'ميانمار', 'Myanmar', 'Мьянма', '缅甸'],
  ['MN', 'MNG', 'IV', UNV, 'Mongolia', 'Mongolie', 'منغوليا', 'Mongolia', 'Монголия', '蒙古'],
  ['MR', 'MRT', 'Vb', UNV, 'Mauritania', 'Mauritanie', 'موريتانيا', 'Mauritania', 'Мавритания', '毛里塔尼亚'],
  ['MT', 'MLT', 'I', VER, 'Malta', 'Malte', 'مالطا', 'Malta', 'Мальта', '马耳他'],
  ['MU', 'MUS', 'Va', UNV, 'Mauritius', 'Maurice', 'موريشيوس', 'Mauricio', 'Маврикий', '毛里求斯'],
  ['MV', 'MDV', 'IV', UNV, 'Maldives', 'Maldives', 'ملديف', 'Maldivas', 'Мальдивы', '马尔代夫'],
  ['MW', 'MWI', 'Va', UNV, 'Malawi', 'Malawi', 'ملاوي', 'Malawi', 'Малави', '马拉维'],
  ['MX', 'MEX', 'III', VER, 'Mexico', 'Mexique', 'المكسيك', 'México', 'Мексика', '墨西哥'],
  ['MY', 'MYS', 'IV', UNV, 'Malaysia', 'Malaisie', 'ماليزيا', 'Malasia', 'Малайзия', '马来西亚'],
  ['MZ', 'MOZ', 'Va', UNV, 'Mozambique', 'Mozambique', 'موزمبيق', 'Mozambique', 'Мозамбик', '莫桑比克'],
  ['NA', 'NAM', 'Va', UNV, 'Namibia', 'Namibie', 'ناميبيا', 'Namibia', 'Намибия', '纳米比亚'],
  ['NE', 'NER', 'Va', UNV, 'Niger', 'Niger', 'النيجر', 'Níger', 'Нигер', '尼日尔'],
  ['NG', 'NGA', 'Va', UNV, 'Nigeria', 'Nigéria', 'نيجيريا', 'Nigeria', 'Нигерия', '尼日利亚'],
  ['NI', 'NIC', 'III', VER, 'Nicaragua', 'Nicaragua', 'نيكاراغوا', 'Nicaragua', 'Никарагуа', '尼加拉瓜'],
  ['NL', 'NLD', 'I', VER, 'Netherlands (Kingdom of the)', 'Pays-Bas (Royaume des)', 'هولندا (مملكة -)', 'Países Bajos (Reino de los)', 'Нидерланды (Королевство)', '荷兰王国'],
  ['NO', 'NOR', 'I', VER, 'Norway', 'Norvège', 'النرويج', 'Noruega', 'Норвегия', '挪威'],
  ['NP', 'NPL', 'IV', UNV, 'Nepal', 'Népal', 'نيبال', 'Nepal', 'Непал', '尼泊尔'],
  ['NR', 'NRU', 'IV', UNV, 'Nauru', 'Nauru', 'ناورو', 'Nauru', 'Науру', '瑙鲁'],
  ['NU', 'NIU', 'IV', UNV, 'Niue', 'Nioué', 'نيوي', 'Niue', 'Ниуэ', '纽埃'],
  ['NZ', 'NZL', 'IV', UNV, 'New Zealand', 'Nouvelle-Zélande', 'نيوزيلندا', 'Nueva Zelanda', 'Новая Зеландия', '新西兰'],
  ['OM', 'OMN', 'Vb', UNV, 'Oman', 'Oman', 'عُمان', 'Omán', 'Оман', '阿曼'],
  ['PA', 'PAN', 'III', VER, 'Panama', 'Panama', 'بنما', 'Panamá', 'Панама', '巴拿马'],
  ['PE', 'PER', 'III', VER, 'Peru', 'Pérou', 'بيرو', 'Perú', 'Перу', '秘鲁'],
  ['PG', 'PNG', 'IV', UNV, 'Papua New Guinea', 'Papouasie-Nouvelle-Guinée', 'بابوا غينيا الجديدة', 'Papúa Nueva Guinea', 'Папуа — Новая Гвинея', '巴布亚新几内亚'],
  ['PH', 'PHL', 'IV', UNV, 'Philippines', 'Philippines', 'الفلبين', 'Filipinas', 'Филиппины', '菲律宾'],
  ['PK', 'PAK', 'IV', UNV, 'Pakistan', 'Pakistan', 'باكستان', 'Pakistán', 'Пакистан', '巴基斯坦'],
  ['PL', 'POL', 'II', VER, 'Poland', 'Pologne', 'بولندا', 'Polonia', 'Польша', '波兰'],
  ['PS', 'PSE', 'Vb', UNV, 'Palestine', 'Palestine', 'فلسطين', 'Palestina', 'Палестина', '巴勒斯坦'],
  ['PT', 'PRT', 'I', VER, 'Portugal', 'Portugal', 'البرتغال', 'Portugal', 'Португалия', '葡萄牙'],
  ['PW', 'PLW', 'IV', UNV, 'Palau', 'Palaos', 'بالاو', 'Palau', 'Палау', '帕劳'],
  ['PY', 'PRY', 'III', VER, 'Paraguay', 'Paraguay', 'باراغواي', 'Paraguay', 'Парагвай', '巴拉圭'],
  ['QA', 'QAT', 'Vb', UNV, 'Qatar', 'Qatar', 'قطر', 'Qatar', 'Катар', '卡塔尔'],
  ['RO', 'ROU', 'II', VER, 'Romania', 'Roumanie', 'رومانيا', 'Rumanía', 'Румыния', '罗马尼亚'],
  ['RS', 'SRB', 'II', VER, 'Serbia', 'Serbie', 'صربيا', 'Serbia', 'Сербия', '塞尔维亚'],
  ['RU', 'RUS', 'II', VER, 'Russian Federation', 'Fédération de Russie', 'الاتحاد الروسي', 'Federación de Rusia', 'Российская Федерация', '俄罗斯联邦'],
  ['RW', 'RWA', 'Va', UNV, 'Rwanda', 'Rwanda', 'رواندا', 'Rwanda', 'Руанда', '卢旺达'],
  ['SA', 'SAU', 'Vb', UNV, 'Saudi Arabia', 'Arabie saoudite', 'المملكة العربية السعودية', 'Arabia Saudita', 'Саудовская Аравия', '沙特阿拉伯'],
  ['SB', 'SLB', 'IV', UNV, 'Solomon Islands', 'Îles Salomon', 'جزر سليمان', 'Islas Salomón', 'Соломоновы Острова', '所罗门群岛'],
  ['SC', 'SYC', 'Va', UNV, 'Seychelles', 'Seychelles', 'سيشيل', 'Seychelles', 'Сейшельские Острова', '塞舌尔'],
  ['SD', 'SDN', 'Vb', UNV, 'Sudan', 'Soudan', 'السودان', 'Sudán', 'Судан', '苏丹'],
  ['SE', 'SWE', 'I', VER, 'Sweden', 'Suède', 'السويد', 'Suecia', 'Швеция', '瑞典'],
  ['SG', 'SGP', 'IV', UNV, 'Singapore', 'Singapour', 'سنغافورة', 'Singapur', 'Сингапур', '新加坡'],
  ['SI', 'SVN', 'II', VER, 'Slovenia', 'Slovénie', 'سلوفينيا', 'Eslovenia', 'Словения', '斯洛文尼亚'],
  ['SK', 'SVK', 'II', VER, 'Slovakia', 'Slovaquie', 'سلوفاكيا', 'Eslovaquia', 'Словакия', '斯洛伐克'],
  ['SL', 'SLE', 'Va', UNV, 'Sierra Leone', 'Sierra Leone', 'سيراليون', 'Sierra Leona', 'Сьерра-Леоне', '塞拉利昂'],
  ['SM', 'SMR', 'I', VER, 'San Marino', 'Saint-Marin', 'سان مارينو', 'San Marino', 'Сан-Марино', '圣马力诺'],
  ['SN', 'SEN', 'Va', UNV, 'Senegal', 'Sénégal', 'السنغال', 'Senegal', 'Сенегал', '塞内加尔'],
  ['SO', 'SOM', 'Va', UNV, 'Somalia', 'Somalie', 'الصومال', 'Somalia', 'Сомали', '索马里'],
  ['SR', 'SUR', 'III', INF, 'Suriname', 'Suriname', 'سورينام', 'Suriname', 'Суринам', '苏里南'],
  ['SS', 'SSD', 'Va', UNV, 'South Sudan', 'Soudan du Sud', 'جنوب السودان', 'Sudán del Sur', 'Южный Судан', '南苏丹'],
  ['ST', 'STP', 'Va', UNV, 'Sao Tome and Principe', 'Sao Tomé-et-Principe', 'ساو تومي وبرينسيبي', 'Santo Tomé y Príncipe', 'Сан-Томе и Принсипи', '圣多美和普林西比'],
  ['SV', 'SLV', 'III', VER, 'El Salvador', 'El Salvador', 'السلفادور', 'El Salvador', 'Сальвадор', '萨尔瓦多'],
  ['SY', 'SYR', 'Vb', UNV, 'Syrian Arab Republic', 'République arabe syrienne', 'الجمهورية العربية السورية', 'República Árabe Siria', 'Сирийская Арабская Республика', '阿拉伯叙利亚共和国'],
  ['SZ', 'SWZ', 'Va', UNV, 'Eswatini', 'Eswatini', 'إسواتيني', 'Eswatini', 'Эсватини', '斯威士兰'],
  ['TD', 'TCD', 'Va', UNV, 'Chad', 'Tchad', 'تشاد', 'Chad', 'Чад', '乍得'],
  ['TG', 'TGO', 'Va', UNV, 'Togo', 'Togo', 'توغو', 'Togo', 'Того', '多哥'],
  ['TH', 'THA', 'IV', UNV, 'Thailand', 'Thaïlande', 'تايلاند', 'Tailandia', 'Таиланд', '泰国'],
  ['TJ', 'TJK', 'II', VER, 'Tajikistan', 'Tadjikistan', 'طاجيكستان', 'Tayikistán', 'Таджикистан', '塔吉克斯坦'],
  ['TL', 'TLS', 'IV', UNV, 'Timor-Leste', 'Timor-Leste', 'تيمور - ليشتي', 'Timor-Leste', 'Тимор-Лесте', '东帝汶'],
  ['TM', 'TKM', 'IV', UNV, 'Turkmenistan', 'Turkménistan', 'تركمانستان', 'Turkmenistán', 'Туркменистан', '土库曼斯坦'],
  ['TN', 'TUN', 'Vb', UNV, 'Tunisia', 'Tunisie', 'تونس', 'Túnez', 'Тунис', '突尼斯'],
  ['TO', 'TON', 'IV', UNV, 'Tonga', 'Tonga', 'تونغا', 'Tonga', 'Тонга', '汤加'],
  ['TR', 'TUR', 'I', VER, 'Türkiye', 'Türkiye', 'تركيا', 'Türkiye', 'Турция', '土耳其'],
  ['TT', 'TTO', 'III', INF, 'Trinidad and Tobago', 'Trinité-et-Tobago', 'ترينيداد وتوباغو', 'Trinidad y Tobago', 'Тринидад и Тобаго', '特立尼达和多巴哥'],
  ['TV', 'TUV', 'IV', UNV, 'Tuvalu', 'Tuvalu', 'توفالو', 'Tuvalu', 'Тувалу', '图瓦卢'],
  ['TZ', 'TZA', 'Va', UNV, 'United Republic of Tanzania', 'République-Unie de Tanzanie', 'جمهورية تنزانيا المتحدة', 'República Unida de Tanzanía', 'Объединенная Республика Танзания', '坦桑尼亚联合共和国'],
  ['UA', 'UKR', 'II', VER, 'Ukraine', 'Ukraine', 'أوكرانيا', 'Ucrania', 'Украина', '乌克兰'],
  ['UG', 'UGA', 'Va', UNV, 'Uganda', 'Ouganda', 'أوغندا', 'Uganda', 'Уганда', '乌干达'],
  ['US', 'USA', 'I', UNV, 'United States of America', 'États-Unis d\'Amérique', 'الولايات المتحدة الأمريكية', 'Estados Unidos de América', 'Соединенные Штаты Америки', '美利坚合众国'],
  ['UY', 'URY', 'III', INF, 'Uruguay', 'Uruguay', 'أوروغواي', 'Uruguay', 'Уругвай', '乌拉圭'],
  ['UZ', 'UZB', 'II', VER, 'Uzbekistan', 'Ouzbékistan', 'أوزبكستان', 'Uzbekistán', 'Узбекистан', '乌兹别克斯坦'],
  ['VC', 'VCT', 'III', VER, 'Saint Vincent and the Grenadines', 'Saint-Vincent-et-les Grenadines', 'سانت فنسنت وجزر غرينادين', 'San Vicente y las Granadinas', 'Сент-Винсент и Гренадины', '圣文森特和格林纳丁斯'],
  ['VE', 'VEN', 'III', INF, 'Venezuela (Bolivarian Republic of)', 'Venezuela (République bolivarienne du)', 'فنزويلا (جمهورية - البوليفارية)', 'Venezuela (República Bolivariana de)', 'Венесуэла (Боливарианская Республика)', '委内瑞拉玻利瓦尔共和国'],
  ['VN', 'VNM', 'IV', UNV, 'Viet Nam', 'Viet Nam', 'فييت نام', 'Viet Nam', 'Вьетнам', '越南'],
  ['VU', 'VUT', 'IV', UNV, 'Vanuatu', 'Vanuatu', 'فانواتو', 'Vanuatu', 'Вануату', '瓦努阿图'],
  ['WS', 'WSM', 'IV', UNV, 'Samoa', 'Samoa', 'ساموا', 'Samoa', 'Самоа', '萨摩亚'],
  ['YE', 'YEM', 'Vb', UNV, 'Yemen', 'Yémen', 'اليمن', 'Yemen', 'Йемен', '也门'],
  ['ZA', 'ZAF', 'Va', UNV, 'South Africa', 'Afrique du Sud', 'جنوب أفريقيا', 'Sudáfrica', 'Южная Африка', '南非'],
  ['ZM', 'ZMB', 'Va', UNV, 'Zambia', 'Zambie', 'زامبيا', 'Zambia', 'Замбия', '赞比亚'],
  ['ZW', 'ZWE', 'Va', UNV, 'Zimbabwe', 'Zimbabwe', 'زيمبابوي', 'Zimbabwe', 'Зимбабве', '津巴布韦'],
];

/**
 * Associate Members: code, alpha-3, year admitted, certainty of membership, region, source,
 * then names. Eleven are confirmed by a source; the twelfth could not be identified (the count
 * rose from 11 in January 2020 to 12 by July 2023). They sit in no electoral group.
 */
// prettier-ignore
const ASSOCIATE_ROWS: readonly AssociateRow[] = [
  ['AI', 'AIA', 2013, VER, LAC, E_2016_49, 'Anguilla', 'Anguilla', 'أنغويلا', 'Anguila', 'Ангилья', '安圭拉'],
  ['AW', 'ABW', 1987, VER, LAC, UNESCO_AR_COUNTRY_LIST, 'Aruba', 'Aruba', 'أروبا', 'Aruba', 'Аруба', '阿鲁巴'],
  ['CW', 'CUW', 2011, VER, LAC, SINT_MAARTEN_CURACAO_2011, 'Curaçao', 'Curaçao', 'كوراساو', 'Curaçao', 'Кюрасао', '库拉索'],
  ['FO', 'FRO', 2009, VER, ENA, FAROES_2009, 'Faroe Islands', 'Îles Féroé', 'جزر فارو', 'Islas Feroe', 'Фарерские острова', '法罗群岛'],
  ['KY', 'CYM', 1999, VER, LAC, E_2016_49, 'Cayman Islands', 'Îles Caïmanes', 'جزر كايمان', 'Islas Caimán', 'Каймановы острова', '开曼群岛'],
  ['MO', 'MAC', 1995, VER, AP, GC_29_C_28, 'Macao, China', 'Macao, Chine', 'ماكاو، الصين', 'Macao, China', 'Макао, Китай', '中国澳门'],
  ['MS', 'MSR', 2015, VER, LAC, E_2016_49, 'Montserrat', 'Montserrat', 'مونتسيرات', 'Montserrat', 'Монтсеррат', '蒙特塞拉特'],
  ['NC', 'NCL', 2017, VER, AP, NEW_CALEDONIA_2017, 'New Caledonia', 'Nouvelle-Calédonie', 'كاليدونيا الجديدة', 'Nueva Caledonia', 'Новая Каледония', '新喀里多尼亚'],
  // 12th Associate Member: unidentified; French Polynesia is only our best guess, no source found
  ['PF', 'PYF', null, UNV, AP, null, 'French Polynesia', 'Polynésie française', 'بولينيزيا الفرنسية', 'Polinesia Francesa', 'Французская Полинезия', '法属波利尼西亚'],
  ['SX', 'SXM', 2011, VER, LAC, SINT_MAARTEN_CURACAO_2011, 'Sint Maarten', 'Sint Maarten', 'سانت مارتن', 'Sint Maarten', 'Синт-Мартен', '荷属圣马丁'],
  ['TK', 'TKL', 2001, VER, AP, E_2016_49, 'Tokelau', 'Tokélaou', 'توكيلاو', 'Tokelau', 'Токелау', '托克劳'],
  ['VG', 'VGB', 1983, VER, LAC, E_2016_49, 'British Virgin Islands', 'Îles Vierges britanniques', 'جزر فرجن البريطانية', 'Islas Vírgenes Británicas', 'Британские Виргинские острова', '英属维尔京群岛'],
];

function localized([en, fr, ar, es, ru, zh]: Names): Country['name'] {
  return { ar, en, es, fr, ru, zh };
}

function member([code, alpha3, group, groupCertainty, ...names]: MemberRow): Country {
  return {
    code,
    alpha3,
    name: localized(names),
    membership: { kind: 'member', certainty: VER },
    region: { value: REGION_OF_GROUP[group], certainty: INF },
    electoralGroup: { value: group, certainty: groupCertainty },
    sourceUrl: groupCertainty === VER ? GC_RULES_APPENDIX : WIKIPEDIA_MEMBERS,
  };
}

function associate([code, alpha3, since, certainty, region, sourceUrl, ...names]: AssociateRow): Country {
  return {
    code,
    alpha3,
    name: localized(names),
    membership: { kind: 'associate-member', ...(since === null ? {} : { since }), certainty },
    region: { value: region, certainty: INF },
    electoralGroup: null,
    ...(sourceUrl === null ? {} : { sourceUrl }),
  };
}

/** UNESCO's Member States and Associate Members, sorted by ISO 3166-1 alpha-2 code. */
export const COUNTRIES: readonly Country[] = [...MEMBER_ROWS.map(member), ...ASSOCIATE_ROWS.map(associate)].sort(
  (a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
);
