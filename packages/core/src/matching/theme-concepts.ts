import type { SectorCode } from '../schemas/sector.js';

/**
 * The curated synonym map behind thematic matching: each concept has a label in the six UN
 * languages (shown in reasons), extra terms in any language, the sectors whose work it
 * belongs to, and at most one broader concept (a one-step hierarchy: "crafts" is part of
 * "intangible heritage", which is part of "heritage"). Tags are matched after
 * normalizeText, so accents, case and Arabic vowel marks do not matter.
 *
 * Kept small on purpose: it covers the fields of the sample organisations and the usual
 * vocabulary of UNESCO programmes. Labels in ar, es, ru and zh are our translations; check
 * them against UNTERM before presenting them as official.
 */
export interface ThemeConcept {
  id: string;
  sectors: readonly SectorCode[];
  broader?: string;
  /** en, fr, es, ar, ru, zh. */
  labels: readonly [string, string, string, string, string, string];
  /** More terms that mean the same, in any language. */
  terms?: readonly string[];
}

type Row = readonly [
  id: string,
  sectors: readonly SectorCode[],
  broader: string | null,
  labels: readonly [string, string, string, string, string, string],
  terms?: readonly string[],
];

// prettier-ignore
const ROWS: readonly Row[] = [
  // Education
  ['education', ['ED'], null, ['education', 'éducation', 'educación', 'التعليم', 'образование', '教育'], ['learning', 'apprentissage', 'schooling']],
  ['literacy', ['ED'], 'education', ['literacy', 'alphabétisation', 'alfabetización', 'محو الأمية', 'грамотность', '扫盲'], ['adult literacy', 'literacy education', 'alfabetizacion de adultos']],
  ['reading', ['ED'], 'literacy', ['reading', 'lecture', 'lectura', 'القراءة', 'чтение', '阅读'], ['reading promotion', 'reading circles']],
  ['adult-learning', ['ED'], 'education', ['adult learning', 'éducation des adultes', 'educación de adultos', 'تعليم الكبار', 'образование взрослых', '成人学习'], ['adult education', 'lifelong learning', 'apprentissage tout au long de la vie', 'basic and adult education', 'aprendizaje a lo largo de toda la vida']],
  ['early-childhood', ['ED'], 'education', ['early childhood', 'petite enfance', 'primera infancia', 'الطفولة المبكرة', 'раннее детство', '幼儿教育'], ['early childhood education', 'ecce', 'preschool']],
  ['higher-education', ['ED'], 'education', ['higher education', 'enseignement supérieur', 'educación superior', 'التعليم العالي', 'высшее образование', '高等教育'], ['universities', 'university', 'universités']],
  ['teachers', ['ED'], 'education', ['teachers', 'enseignants', 'docentes', 'المعلمون', 'учителя', '教师'], ['teacher', 'teacher training', 'formation des enseignants', 'teaching profession']],
  ['right-to-education', ['ED', 'SHS'], 'education', ['right to education', "droit à l'éducation", 'derecho a la educación', 'الحق في التعليم', 'право на образование', '受教育权'], ['education for all', 'efa']],
  ['peace-education', ['ED'], 'education', ['peace education', 'éducation à la paix', 'educación para la paz', 'التربية من أجل السلام', 'воспитание в духе мира', '和平教育']],
  ['science-education', ['ED', 'SC'], 'education', ['science education', 'enseignement des sciences', 'educación científica', 'تعليم العلوم', 'естественнонаучное образование', '科学教育'], ['stem', 'stem education']],
  ['global-citizenship', ['ED', 'SHS'], 'education', ['global citizenship education', 'éducation à la citoyenneté mondiale', 'educación para la ciudadanía mundial', 'التربية على المواطنة العالمية', 'воспитание глобальной гражданственности', '全球公民教育'], ['gced', 'global citizenship']],
  ['education-sustainable-development', ['ED'], 'education', ['education for sustainable development', 'éducation en vue du développement durable', 'educación para el desarrollo sostenible', 'التعليم من أجل التنمية المستدامة', 'образование в интересах устойчивого развития', '可持续发展教育'], ['esd']],
  ['home-economics', ['ED', 'SHS'], 'education', ['home economics', 'économie familiale', 'economía doméstica', 'الاقتصاد المنزلي', 'домоводство', '家政学']],
  ['parents', ['ED'], 'education', ['parents', 'parents', 'madres y padres', 'الآباء والأمهات', 'родители', '家长'], ['parents associations', 'parental engagement', 'associations de parents']],
  ['tvet', ['ED'], 'education', ['technical and vocational education', 'enseignement technique et professionnel', 'educación técnica y profesional', 'التعليم التقني والمهني', 'профессионально-техническое образование', '职业技术教育'], ['tvet', 'vocational training', 'skills development']],
  ['school-libraries', ['ED', 'CI'], 'libraries', ['school libraries', 'bibliothèques scolaires', 'bibliotecas escolares', 'المكتبات المدرسية', 'школьные библиотеки', '学校图书馆']],
  // Natural sciences
  ['science', ['SC'], null, ['science', 'science', 'ciencia', 'العلوم', 'наука', '科学'], ['sciences', 'natural sciences', 'sciences exactes et naturelles']],
  ['ocean-science', ['SC'], 'science', ['ocean science', 'sciences océaniques', 'ciencias oceánicas', 'علوم المحيطات', 'океанология', '海洋科学'], ['ocean', 'oceans', 'marine science', 'ocean literacy', 'océan']],
  ['water', ['SC'], 'science', ['water', 'eau', 'agua', 'المياه', 'водные ресурсы', '水资源'], ['water security', 'hydrology', 'freshwater', 'вода']],
  ['drylands', ['SC'], 'water', ['drylands', 'zones arides', 'tierras secas', 'الأراضي الجافة', 'засушливые земли', '旱地'], ['arid zones', 'desertification']],
  ['biodiversity', ['SC'], 'science', ['biodiversity', 'biodiversité', 'biodiversidad', 'التنوع البيولوجي', 'биоразнообразие', '生物多样性'], ['biosphere', 'ecosystems', 'nature conservation']],
  ['climate-change', ['SC'], 'science', ['climate change', 'changement climatique', 'cambio climático', 'تغير المناخ', 'изменение климата', '气候变化'], ['climate', 'climate action']],
  ['astronomy', ['SC'], 'science', ['astronomy', 'astronomie', 'astronomía', 'علم الفلك', 'астрономия', '天文学']],
  ['dark-skies', ['SC'], 'astronomy', ['dark skies', 'ciel nocturne', 'cielos oscuros', 'السماء المظلمة', 'тёмное небо', '暗夜星空'], ['dark sky', 'light pollution']],
  ['engineering', ['SC'], 'science', ['engineering', 'ingénierie', 'ingeniería', 'الهندسة', 'инженерное дело', '工程'], ['engineers']],
  ['appropriate-technology', ['SC'], 'engineering', ['appropriate technology', 'technologie appropriée', 'tecnología apropiada', 'التكنولوجيا الملائمة', 'соответствующие технологии', '适用技术']],
  ['citizen-science', ['SC'], 'science', ['citizen science', 'science participative', 'ciencia ciudadana', 'علم المواطن', 'гражданская наука', '公民科学']],
  ['geoscience', ['SC'], 'science', ['geosciences', 'géosciences', 'geociencias', 'علوم الأرض', 'науки о Земле', '地球科学'], ['geoscience', 'geology', 'geoparks', 'earth sciences']],
  ['disaster-risk', ['SC'], 'science', ['disaster risk reduction', 'réduction des risques de catastrophe', 'reducción del riesgo de desastres', 'الحد من مخاطر الكوارث', 'снижение риска бедствий', '减少灾害风险'], ['drr']],
  ['open-science', ['SC', 'CI'], 'science', ['open science', 'science ouverte', 'ciencia abierta', 'العلم المفتوح', 'открытая наука', '开放科学']],
  // Social and human sciences
  ['ethics', ['SHS'], null, ['ethics', 'éthique', 'ética', 'الأخلاقيات', 'этика', '伦理']],
  ['bioethics', ['SHS'], 'ethics', ['bioethics', 'bioéthique', 'bioética', 'أخلاقيات علم الأحياء', 'биоэтика', '生物伦理']],
  ['human-rights', ['SHS'], null, ['human rights', "droits de l'homme", 'derechos humanos', 'حقوق الإنسان', 'права человека', '人权'], ['droits humains']],
  ['childrens-rights', ['SHS'], 'human-rights', ["children's rights", "droits de l'enfant", 'derechos del niño', 'حقوق الطفل', 'права ребенка', '儿童权利'], ['child rights', 'child protection']],
  ['gender-equality', ['SHS'], null, ['gender equality', 'égalité des genres', 'igualdad de género', 'المساواة بين الجنسين', 'гендерное равенство', '性别平等'], ['gender', 'women', "women's rights", 'égalité femmes hommes', 'girls', 'empowerment of women']],
  ['rural-women', ['SHS'], 'gender-equality', ['rural women', 'femmes rurales', 'mujeres rurales', 'المرأة الريفية', 'сельские женщины', '农村妇女']],
  ['youth', ['SHS'], null, ['youth', 'jeunesse', 'juventud', 'الشباب', 'молодёжь', '青年'], ['young people', 'jeunes', 'youth engagement']],
  ['volunteering', ['SHS'], 'youth', ['volunteering', 'volontariat', 'voluntariado', 'التطوع', 'добровольчество', '志愿服务'], ['voluntary service', 'volunteers']],
  ['unesco-clubs', [], 'youth', ['UNESCO clubs', 'clubs UNESCO', 'clubes UNESCO', 'نوادي اليونسكو', 'клубы ЮНЕСКО', '教科文组织俱乐部'], ['unesco clubs centres and associations']],
  ['citizenship', ['SHS'], null, ['citizenship', 'citoyenneté', 'ciudadanía', 'المواطنة', 'гражданственность', '公民意识'], ['civic engagement', 'democracy']],
  ['public-debate', ['SHS'], 'citizenship', ['public debate', 'débat public', 'debate público', 'النقاش العام', 'общественная дискуссия', '公共辩论']],
  ['peace', ['SHS'], null, ['peace', 'paix', 'paz', 'السلام', 'мир', '和平'], ['culture of peace', 'peacebuilding', 'intercultural dialogue']],
  ['social-inclusion', ['SHS'], null, ['social inclusion', 'inclusion sociale', 'inclusión social', 'الإدماج الاجتماعي', 'социальная интеграция', '社会包容'], ['social development', 'inclusion', 'développement social']],
  ['extreme-poverty', ['SHS'], 'social-inclusion', ['extreme poverty', 'grande pauvreté', 'pobreza extrema', 'الفقر المدقع', 'крайняя нищета', '极端贫困'], ['poverty', 'pauvreté']],
  ['addiction', ['SHS'], 'social-inclusion', ['addiction', 'addictions', 'adicciones', 'الإدمان', 'зависимость', '成瘾'], ['drugs', 'substance use']],
  ['humanities', ['SHS'], null, ['humanities', 'sciences humaines', 'humanidades', 'العلوم الإنسانية', 'гуманитарные науки', '人文学科'], ['philosophy', 'human sciences', 'philosophie']],
  ['urban-planning', ['SHS', 'SC'], null, ['urban planning', 'urbanisme', 'planificación urbana', 'التخطيط الحضري', 'городское планирование', '城市规划'], ['cities', 'regional planning', 'city planning']],
  ['sport', ['SHS'], null, ['sport', 'sport', 'deporte', 'الرياضة', 'спорт', '体育'], ['physical education']],
  // Culture
  ['heritage', ['CLT'], null, ['heritage', 'patrimoine', 'patrimonio', 'التراث', 'наследие', '遗产'], ['cultural heritage', 'patrimoine culturel']],
  ['world-heritage', ['CLT'], 'heritage', ['World Heritage', 'patrimoine mondial', 'patrimonio mundial', 'التراث العالمي', 'всемирное наследие', '世界遗产'], ['monuments', 'monuments and sites', 'heritage sites']],
  ['intangible-heritage', ['CLT'], 'heritage', ['intangible cultural heritage', 'patrimoine culturel immatériel', 'patrimonio cultural inmaterial', 'التراث الثقافي غير المادي', 'нематериальное культурное наследие', '非物质文化遗产'], ['intangible heritage', 'living heritage', 'ich', 'patrimoine immatériel']],
  ['museums', ['CLT'], 'heritage', ['museums', 'musées', 'museos', 'المتاحف', 'музеи', '博物馆'], ['museum']],
  ['crafts', ['CLT'], 'intangible-heritage', ['crafts', 'artisanat', 'artesanía', 'الحرف اليدوية', 'ремёсла', '手工艺'], ['craftsmanship', 'traditional craftsmanship', 'handicrafts']],
  ['folklore', ['CLT'], 'intangible-heritage', ['folklore', 'folklore', 'folclore', 'الفولكلور', 'фольклор', '民俗'], ['folk arts', 'folk festivals', 'folklore festivals']],
  ['oral-history', ['CLT'], 'intangible-heritage', ['oral history', 'histoire orale', 'historia oral', 'التاريخ الشفوي', 'устная история', '口述历史'], ['oral traditions', 'traditions orales']],
  ['storytelling', ['CLT'], 'intangible-heritage', ['storytelling', 'art du conte', 'narración oral', 'فن الحكي', 'сказительство', '讲故事'], ['tales', 'contes']],
  ['performing-arts', ['CLT'], null, ['performing arts', 'arts du spectacle', 'artes escénicas', 'فنون الأداء', 'исполнительские искусства', '表演艺术'], ['theatre', 'theater', 'théâtre']],
  ['dance', ['CLT'], 'performing-arts', ['dance', 'danse', 'danza', 'الرقص', 'танец', '舞蹈']],
  ['music', ['CLT'], 'performing-arts', ['music', 'musique', 'música', 'الموسيقى', 'музыка', '音乐']],
  ['visual-arts', ['CLT'], null, ['visual arts', 'arts visuels', 'artes visuales', 'الفنون البصرية', 'изобразительное искусство', '视觉艺术'], ['fine arts', 'arts plastiques']],
  ['literature', ['CLT'], null, ['literature', 'littérature', 'literatura', 'الأدب', 'литература', '文学'], ['books', 'writers', 'poetry']],
  ['creative-industries', ['CLT'], null, ['creative industries', 'industries créatives', 'industrias creativas', 'الصناعات الإبداعية', 'креативные индустрии', '创意产业'], ['cultural industries', 'creative economy']],
  ['languages', ['CLT', 'ED'], null, ['languages', 'langues', 'lenguas', 'اللغات', 'языки', '语言'], ['indigenous languages', 'multilingualism', 'linguistic diversity', 'mother tongue']],
  // Communication and information
  ['freedom-of-expression', ['CI'], null, ['freedom of expression', "liberté d'expression", 'libertad de expresión', 'حرية التعبير', 'свобода выражения мнений', '言论自由']],
  ['press-freedom', ['CI'], 'freedom-of-expression', ['press freedom', 'liberté de la presse', 'libertad de prensa', 'حرية الصحافة', 'свобода прессы', '新闻自由'], ['safety of journalists', 'freedom of the press']],
  ['media', ['CI'], null, ['media', 'médias', 'medios de comunicación', 'وسائل الإعلام', 'СМИ', '媒体'], ['media development']],
  ['journalism', ['CI'], 'media', ['journalism', 'journalisme', 'periodismo', 'الصحافة', 'журналистика', '新闻业'], ['journalists']],
  ['community-media', ['CI'], 'media', ['community media', 'médias communautaires', 'medios comunitarios', 'الإعلام المجتمعي', 'общественные СМИ', '社区媒体'], ['community radio', 'radio communautaire']],
  ['media-literacy', ['CI', 'ED'], 'media', ['media and information literacy', "éducation aux médias et à l'information", 'alfabetización mediática e informacional', 'الدراية الإعلامية والمعلوماتية', 'медийная и информационная грамотность', '媒体与信息素养'], ['media literacy', 'mil']],
  ['access-to-information', ['CI'], null, ['access to information', "accès à l'information", 'acceso a la información', 'الحصول على المعلومات', 'доступ к информации', '获取信息']],
  ['libraries', ['CI'], 'access-to-information', ['libraries', 'bibliothèques', 'bibliotecas', 'المكتبات', 'библиотеки', '图书馆'], ['library']],
  ['open-access', ['CI'], 'access-to-information', ['open access', 'libre accès', 'acceso abierto', 'الوصول المفتوح', 'открытый доступ', '开放获取']],
  ['documentary-heritage', ['CI'], null, ['documentary heritage', 'patrimoine documentaire', 'patrimonio documental', 'التراث الوثائقي', 'документальное наследие', '文献遗产'], ['memory of the world', 'mémoire du monde']],
  ['archives', ['CI', 'CLT'], 'documentary-heritage', ['archives', 'archives', 'archivos', 'المحفوظات', 'архивы', '档案']],
  ['digitisation', ['CI'], 'documentary-heritage', ['digitisation', 'numérisation', 'digitalización', 'الرقمنة', 'оцифровка', '数字化'], ['digitization', 'digital preservation']],
];

export const THEME_CONCEPTS: readonly ThemeConcept[] = ROWS.map(([id, sectors, broader, labels, terms]) => ({
  id,
  sectors,
  ...(broader ? { broader } : {}),
  labels,
  ...(terms ? { terms } : {}),
}));
