import type { Language } from '../i18n/languages.js';
import type { SectorCode } from '../schemas/sector.js';

/**
 * Other words for a concept, per language: plurals and inflected forms people type ("ingénieurs"
 * for engineering), narrower terms that are not concepts of their own, and acronyms.
 */
export type Synonyms = { readonly [L in Language]?: readonly string[] };

/**
 * One concept of the controlled vocabulary for fields of action and programme themes. Its
 * labels in the six languages live in `labels/<lang>.ts` (one module per language, so a widget
 * loads only its viewer's); its id is also listed in CONCEPT_IDS, which orders those tables.
 */
export interface ConceptRecord {
  /** Stable id: what records store and filters send ("engineering"). Never renamed. */
  readonly id: string;
  /** Sectors whose work the concept belongs to. */
  readonly sectors: readonly SectorCode[];
  /** At most one broader concept: a one-step hierarchy ("crafts" ⊂ "intangible-heritage" ⊂ "heritage"). */
  readonly broader?: string;
  readonly synonyms: Synonyms;
}

type Row = readonly [id: string, sectors: readonly SectorCode[], broader: string | null, synonyms?: Synonyms];

/*
 * The vocabulary grew out of matching's synonym map: it covers the fields of the sample
 * organisations, the usual vocabulary of UNESCO programmes and the synthetic directory's tags.
 * Labels and synonyms outside English are our translations, not UNTERM's: check them before
 * presenting them as official. A term (label or synonym, after normalizeText) belongs to one
 * concept only, so a tag never maps to two concepts (createVocabulary enforces it).
 */
// prettier-ignore
const ROWS: readonly Row[] = [
  // Education
  ['education', ['ED'], null, { en: ['learning', 'schooling'], fr: ['apprentissage', 'enseignement'], es: ['enseñanza', 'aprendizaje'], ar: ['التربية'], ru: ['обучение'], zh: ['学习'] }],
  ['literacy', ['ED'], 'education', { en: ['adult literacy', 'literacy education'], es: ['alfabetización de adultos'], ar: ['الأمية'], ru: ['ликвидация неграмотности'] }],
  ['reading', ['ED'], 'literacy', { en: ['reading promotion', 'reading circles'], fr: ['cercles de lecture'], es: ['círculos de lectura'] }],
  ['adult-learning', ['ED'], 'education', { en: ['adult education', 'lifelong learning', 'basic and adult education'], fr: ['apprentissage tout au long de la vie'], es: ['aprendizaje a lo largo de toda la vida'], ru: ['обучение на протяжении всей жизни'], zh: ['终身学习', '成人教育'] }],
  ['early-childhood', ['ED'], 'education', { en: ['early childhood education', 'ecce', 'preschool'], fr: ['préscolaire', 'éducation préscolaire'], es: ['educación preescolar', 'preescolar'], ru: ['дошкольное образование'], zh: ['学前教育'] }],
  ['higher-education', ['ED'], 'education', { en: ['universities', 'university'], fr: ['universités', 'université'], es: ['universidades', 'universidad'], ar: ['الجامعات'], ru: ['университеты'], zh: ['大学'] }],
  ['teachers', ['ED'], 'education', { en: ['teacher', 'teacher training', 'teaching profession'], fr: ['enseignant', 'formation des enseignants'], es: ['docente', 'maestros', 'profesores'], ar: ['المعلمين'], ru: ['учитель', 'педагоги'], zh: ['教员'] }],
  ['right-to-education', ['ED', 'SHS'], 'education', { en: ['education for all', 'efa'], fr: ['éducation pour tous'], es: ['educación para todos'] }],
  ['peace-education', ['ED'], 'education'],
  ['science-education', ['ED', 'SC'], 'education', { en: ['stem', 'stem education'] }],
  ['global-citizenship', ['ED', 'SHS'], 'education', { en: ['gced', 'global citizenship'], fr: ['citoyenneté mondiale'], es: ['ciudadanía mundial'] }],
  ['education-sustainable-development', ['ED'], 'education', { en: ['esd'] }],
  ['home-economics', ['ED', 'SHS'], 'education', { en: ['household economics'] }],
  ['parents', ['ED'], 'education', { en: ['parents associations', 'parental engagement'], fr: ['associations de parents', "parents d'élèves"], es: ['padres de familia', 'asociaciones de padres'], ar: ['أولياء الأمور'] }],
  ['tvet', ['ED'], 'education', { en: ['tvet', 'vocational training', 'skills development'], fr: ['formation professionnelle', 'eftp'], es: ['formación profesional', 'eftp'], ru: ['профессиональное обучение'], zh: ['职业教育'] }],
  ['school-libraries', ['ED', 'CI'], 'libraries'],
  ['digital-skills', ['ED', 'CI'], 'education', { en: ['digital literacy', 'ict in education'], fr: ['littératie numérique'], es: ['alfabetización digital'], ru: ['цифровая грамотность'], zh: ['数字素养'] }],
  // Natural sciences
  ['science', ['SC'], null, { en: ['sciences', 'natural sciences'], fr: ['sciences exactes et naturelles'], es: ['ciencias', 'ciencias naturales'], ru: ['науки', 'естественные науки'], zh: ['自然科学'] }],
  ['ocean-science', ['SC'], 'science', { en: ['ocean', 'oceans', 'marine science', 'ocean literacy'], fr: ['océan', 'océanographie'], es: ['océano', 'océanos', 'oceanografía'], ar: ['المحيطات'], ru: ['океан', 'океаны'], zh: ['海洋'] }],
  ['water', ['SC'], 'science', { en: ['water security', 'hydrology', 'freshwater'], fr: ['hydrologie', 'eau douce'], es: ['hidrología'], ar: ['الماء'], ru: ['вода', 'гидрология'], zh: ['水文', '水'] }],
  ['drylands', ['SC'], 'water', { en: ['arid zones', 'desertification'], fr: ['désertification'], es: ['desertificación', 'zonas áridas'], ar: ['التصحر'], ru: ['опустынивание'], zh: ['荒漠化'] }],
  ['biodiversity', ['SC'], 'science', { en: ['biosphere', 'ecosystems', 'nature conservation'], fr: ['biosphère', 'écosystèmes'], es: ['biosfera', 'ecosistemas'], ru: ['биосфера'], zh: ['生物圈'] }],
  ['climate-change', ['SC'], 'science', { en: ['climate', 'climate action'], fr: ['climat'], es: ['clima'], ar: ['المناخ'], ru: ['климат'], zh: ['气候'] }],
  ['astronomy', ['SC'], 'science', { en: ['astronomers'], fr: ['astronomes'], es: ['astrónomos'], ru: ['астрономы'], zh: ['天文'] }],
  ['dark-skies', ['SC'], 'astronomy', { en: ['dark sky', 'light pollution'], fr: ['pollution lumineuse'], es: ['contaminación lumínica'], zh: ['光污染'] }],
  ['engineering', ['SC'], 'science', { en: ['engineers', 'engineer'], fr: ['ingénieurs', 'ingénieur', 'génie'], es: ['ingenieros', 'ingeniero'], ar: ['المهندسون', 'المهندسين', 'مهندس'], ru: ['инженеры', 'инженер', 'инженерия'], zh: ['工程师'] }],
  ['appropriate-technology', ['SC'], 'engineering', { en: ['low-cost technology'], fr: ['technologies appropriées'], es: ['tecnologías apropiadas'] }],
  ['citizen-science', ['SC'], 'science', { en: ['participatory science'], fr: ['sciences participatives'], es: ['ciencia participativa'] }],
  ['geoscience', ['SC'], 'science', { en: ['geoscience', 'geology', 'geoparks', 'earth sciences'], fr: ['géologie', 'géoparcs'], es: ['geología', 'geoparques'], ar: ['الجيولوجيا'], ru: ['геология'], zh: ['地质学'] }],
  ['disaster-risk', ['SC'], 'science', { en: ['drr', 'disasters'], fr: ['catastrophes naturelles'], es: ['desastres'], ru: ['бедствия'], zh: ['灾害'] }],
  ['open-science', ['SC', 'CI'], 'science'],
  ['indigenous-knowledge', ['SC', 'CLT'], 'science', { en: ['local and indigenous knowledge', 'traditional knowledge'], fr: ['savoirs locaux et autochtones', 'savoirs traditionnels'], es: ['conocimientos tradicionales'], ru: ['традиционные знания'], zh: ['传统知识'] }],
  // Social and human sciences
  ['ethics', ['SHS'], null],
  ['bioethics', ['SHS'], 'ethics'],
  ['artificial-intelligence', ['SHS', 'CI'], 'ethics', { en: ['ai', 'ethics of artificial intelligence'], fr: ['ia'], es: ['ia'], ru: ['ии'] }],
  ['human-rights', ['SHS'], null, { fr: ['droits humains'], es: ['ddhh'] }],
  ['childrens-rights', ['SHS'], 'human-rights', { en: ['child rights', 'child protection', 'children'], fr: ['enfance', 'enfants', 'protection de l’enfance'], es: ['infancia', 'niños'], ar: ['الأطفال', 'الطفولة'], ru: ['дети', 'защита детей'], zh: ['儿童'] }],
  ['gender-equality', ['SHS'], null, { en: ['gender', 'women', "women's rights", 'girls', 'empowerment of women'], fr: ['femmes', 'égalité femmes hommes', 'genre'], es: ['mujeres', 'género'], ar: ['المرأة', 'النساء'], ru: ['женщины', 'гендер'], zh: ['妇女', '女性'] }],
  ['rural-women', ['SHS'], 'gender-equality'],
  ['youth', ['SHS'], null, { en: ['young people', 'youth engagement'], fr: ['jeunes'], es: ['jóvenes'], ar: ['الشبان'], ru: ['молодые люди'], zh: ['年轻人'] }],
  ['volunteering', ['SHS'], 'youth', { en: ['voluntary service', 'volunteers'], fr: ['bénévolat', 'bénévoles', 'volontaires'], es: ['voluntarios'], ar: ['المتطوعون'], ru: ['волонтёрство', 'волонтёры'], zh: ['志愿者'] }],
  ['unesco-clubs', [], 'youth', { en: ['unesco clubs centres and associations'], fr: ['associations pour l’unesco'], es: ['asociaciones unesco'] }],
  ['citizenship', ['SHS'], null, { en: ['civic engagement', 'democracy'], fr: ['démocratie'], es: ['democracia'], ru: ['демократия'], zh: ['民主'] }],
  ['public-debate', ['SHS'], 'citizenship'],
  ['peace', ['SHS'], null, { en: ['culture of peace', 'peacebuilding', 'intercultural dialogue'], fr: ['culture de la paix', 'dialogue interculturel'], es: ['cultura de paz'], ru: ['культура мира'], zh: ['和平文化'] }],
  ['social-inclusion', ['SHS'], null, { en: ['social development', 'inclusion'], fr: ['développement social'], es: ['desarrollo social'], ru: ['социальное развитие'], zh: ['社会发展'] }],
  ['extreme-poverty', ['SHS'], 'social-inclusion', { en: ['poverty'], fr: ['pauvreté', 'misère'], es: ['pobreza'], ar: ['الفقر'], ru: ['нищета', 'бедность'], zh: ['贫困'] }],
  ['disability', ['SHS', 'ED'], 'social-inclusion', { en: ['persons with disabilities', 'accessibility'], fr: ['personnes handicapées'], es: ['personas con discapacidad'], ar: ['ذوو الإعاقة'], ru: ['люди с инвалидностью'], zh: ['残疾人'] }],
  ['migration', ['SHS'], 'social-inclusion', { en: ['migrants', 'refugees'], fr: ['migrants', 'réfugiés'], es: ['migrantes', 'refugiados'], ar: ['المهاجرون', 'اللاجئون'], ru: ['мигранты', 'беженцы'], zh: ['移徙', '难民'] }],
  ['addiction', ['SHS'], 'social-inclusion', { en: ['drugs', 'substance use'], fr: ['drogues', 'toxicomanie'], es: ['drogas'], ru: ['наркотики'], zh: ['毒品'] }],
  ['humanities', ['SHS'], null, { en: ['philosophy', 'human sciences'], fr: ['philosophie'], es: ['filosofía'], ru: ['философия'], zh: ['哲学'] }],
  ['urban-planning', ['SHS', 'SC'], null, { en: ['cities', 'regional planning', 'city planning', 'town planning'], fr: ['aménagement du territoire', 'villes'], es: ['urbanismo', 'ciudades'], ru: ['градостроительство'], zh: ['城市'] }],
  ['sport', ['SHS'], null, { en: ['physical education'], fr: ['éducation physique'], es: ['educación física'], ru: ['физическое воспитание'] }],
  // Culture
  ['heritage', ['CLT'], null, { en: ['cultural heritage'], fr: ['patrimoine culturel'], es: ['patrimonio cultural'], ar: ['التراث الثقافي'], ru: ['культурное наследие'], zh: ['文化遗产'] }],
  ['world-heritage', ['CLT'], 'heritage', { en: ['monuments', 'monuments and sites', 'heritage sites'], fr: ['monuments et sites'], es: ['monumentos', 'monumentos y sitios'], ar: ['المعالم'], ru: ['памятники'], zh: ['古迹'] }],
  ['intangible-heritage', ['CLT'], 'heritage', { en: ['intangible heritage', 'living heritage', 'ich'], fr: ['patrimoine immatériel', 'patrimoine vivant', 'pci'], es: ['patrimonio inmaterial', 'patrimonio vivo', 'pci'], ar: ['التراث غير المادي'], ru: ['нематериальное наследие'], zh: ['非遗'] }],
  ['museums', ['CLT'], 'heritage', { en: ['museum'], fr: ['musée'], es: ['museo'], ar: ['متحف'], ru: ['музей'] }],
  ['crafts', ['CLT'], 'intangible-heritage', { en: ['craftsmanship', 'traditional craftsmanship', 'handicrafts'], fr: ['artisans', 'métiers d’art'], es: ['artesanos'], ru: ['ремесло'] }],
  ['folklore', ['CLT'], 'intangible-heritage', { en: ['folk arts', 'folk festivals', 'folklore festivals'], fr: ['arts traditionnels', 'festivals de folklore'], es: ['festivales de folclore', 'artes populares'], ru: ['народное творчество'] }],
  ['oral-history', ['CLT'], 'intangible-heritage', { en: ['oral traditions'], fr: ['traditions orales'], es: ['tradiciones orales'], ru: ['устные традиции'], zh: ['口头传统'] }],
  ['storytelling', ['CLT'], 'intangible-heritage', { en: ['tales', 'storytellers'], fr: ['contes', 'conteurs'], es: ['cuentos', 'cuentacuentos'], ru: ['сказки'], zh: ['故事'] }],
  ['performing-arts', ['CLT'], null, { en: ['theatre', 'theater'], fr: ['théâtre'], es: ['teatro'], ar: ['المسرح'], ru: ['театр'], zh: ['戏剧'] }],
  ['dance', ['CLT'], 'performing-arts', { en: ['dancers'], fr: ['danseurs'], es: ['bailarines', 'baile'], ru: ['танцы'] }],
  ['music', ['CLT'], 'performing-arts', { en: ['musicians'], fr: ['musiciens'], es: ['músicos'], ar: ['موسيقى'], ru: ['музыканты'] }],
  ['visual-arts', ['CLT'], null, { en: ['fine arts', 'artists'], fr: ['arts plastiques', 'artistes'], es: ['bellas artes', 'artistas'], ru: ['художники'], zh: ['美术'] }],
  ['literature', ['CLT'], null, { en: ['books', 'writers', 'poetry'], fr: ['livres', 'écrivains', 'poésie'], es: ['libros', 'escritores', 'poesía'], ar: ['الكتب'], ru: ['писатели', 'книги'], zh: ['作家'] }],
  ['creative-industries', ['CLT'], null, { en: ['cultural industries', 'creative economy'], fr: ['industries culturelles'], es: ['industrias culturales'] }],
  ['cultural-diversity', ['CLT'], null, { en: ['diversity of cultural expressions'], fr: ['diversité des expressions culturelles'], es: ['diversidad de las expresiones culturales'] }],
  ['languages', ['CLT', 'ED'], null, { en: ['indigenous languages', 'multilingualism', 'linguistic diversity', 'mother tongue'], fr: ['langues autochtones', 'multilinguisme', 'langue maternelle'], es: ['lenguas indígenas', 'multilingüismo', 'idiomas'], ru: ['многоязычие'], zh: ['多语种'] }],
  // Communication and information
  ['freedom-of-expression', ['CI'], null, { en: ['free speech'] }],
  ['press-freedom', ['CI'], 'freedom-of-expression', { en: ['safety of journalists', 'freedom of the press'], fr: ['sécurité des journalistes'], es: ['seguridad de los periodistas'] }],
  ['media', ['CI'], null, { en: ['media development'], es: ['medios'], ar: ['الإعلام'], ru: ['средства массовой информации'] }],
  ['journalism', ['CI'], 'media', { en: ['journalists'], fr: ['journalistes'], es: ['periodistas'], ar: ['الصحفيون', 'الصحفيين'], ru: ['журналисты'], zh: ['记者'] }],
  ['community-media', ['CI'], 'media', { en: ['community radio'], fr: ['radio communautaire', 'radios communautaires'], es: ['radio comunitaria'], ru: ['общественное радио'], zh: ['社区广播'] }],
  ['media-literacy', ['CI', 'ED'], 'media', { en: ['media literacy', 'mil'] }],
  ['access-to-information', ['CI'], null],
  ['libraries', ['CI'], 'access-to-information', { en: ['library', 'librarians'], fr: ['bibliothèque', 'bibliothécaires'], es: ['biblioteca', 'bibliotecarios'], ar: ['مكتبة'], ru: ['библиотека'] }],
  ['open-access', ['CI'], 'access-to-information'],
  ['documentary-heritage', ['CI'], null, { en: ['memory of the world'], fr: ['mémoire du monde'], es: ['memoria del mundo'], ru: ['память мира'], zh: ['世界记忆'] }],
  ['archives', ['CI', 'CLT'], 'documentary-heritage', { en: ['archivists'], fr: ['archivistes'], es: ['archivistas'], ru: ['архив'] }],
  ['digitisation', ['CI'], 'documentary-heritage', { en: ['digitization', 'digital preservation'], fr: ['préservation numérique'], es: ['digitalización de archivos'] }],
];

export const CONCEPTS: readonly ConceptRecord[] = ROWS.map(([id, sectors, broader, synonyms = {}]) => ({
  id,
  sectors,
  ...(broader ? { broader } : {}),
  synonyms,
}));
