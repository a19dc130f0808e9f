/*
 * Word lists for synthetic directories. Names are built from parallel lists so that each
 * language version says the same thing; none of them names a real organisation on purpose
 * (animal/plant/colour + activity + body type), and every record is flagged fictional.
 */

/** [en, fr, es, ar, ru, zh] */
type Word = readonly [string, string, string, string, string, string];

export const EPITHETS: readonly Word[] = [
  ['Amber', 'ambre', 'Ámbar', 'الكهرمان', 'Янтарь', '琥珀'],
  ['Heron', 'héron', 'Garza', 'البلشون', 'Цапля', '苍鹭'],
  ['Cedar', 'cèdre', 'Cedro', 'الأرز', 'Кедр', '雪松'],
  ['Lantern', 'lanterne', 'Linterna', 'الفانوس', 'Фонарь', '灯笼'],
  ['Willow', 'saule', 'Sauce', 'الصفصاف', 'Ива', '柳树'],
  ['Harbour', 'port', 'Puerto', 'الميناء', 'Гавань', '港湾'],
  ['Saffron', 'safran', 'Azafrán', 'الزعفران', 'Шафран', '藏红花'],
  ['Falcon', 'faucon', 'Halcón', 'الصقر', 'Сокол', '猎鹰'],
  ['Jasmine', 'jasmin', 'Jazmín', 'الياسمين', 'Жасмин', '茉莉'],
  ['Compass', 'boussole', 'Brújula', 'البوصلة', 'Компас', '罗盘'],
  ['Birch', 'bouleau', 'Abedul', 'البتولا', 'Берёза', '白桦'],
  ['Coral', 'corail', 'Coral', 'المرجان', 'Коралл', '珊瑚'],
  ['Olive', 'olivier', 'Olivo', 'الزيتون', 'Олива', '橄榄'],
  ['Meridian', 'méridien', 'Meridiano', 'الزوال', 'Меридиан', '子午线'],
  ['Kestrel', 'crécerelle', 'Cernícalo', 'العوسق', 'Пустельга', '红隼'],
  ['Baobab', 'baobab', 'Baobab', 'الباوباب', 'Баобаб', '猴面包树'],
  ['Lotus', 'lotus', 'Loto', 'اللوتس', 'Лотос', '莲花'],
  ['Juniper', 'genévrier', 'Enebro', 'العرعر', 'Можжевельник', '杜松'],
  ['Tamarind', 'tamarin', 'Tamarindo', 'التمر الهندي', 'Тамаринд', '罗望子'],
  ['Quartz', 'quartz', 'Cuarzo', 'الكوارتز', 'Кварц', '石英'],
  ['Monsoon', 'mousson', 'Monzón', 'الرياح الموسمية', 'Муссон', '季风'],
  ['Pelican', 'pélican', 'Pelícano', 'البجع', 'Пеликан', '鹈鹕'],
  ['Orchid', 'orchidée', 'Orquídea', 'الأوركيد', 'Орхидея', '兰花'],
  ['Glacier', 'glacier', 'Glaciar', 'الجليد', 'Ледник', '冰川'],
  ['Acacia', 'acacia', 'Acacia', 'الأكاسيا', 'Акация', '金合欢'],
  ['Nightingale', 'rossignol', 'Ruiseñor', 'العندليب', 'Соловей', '夜莺'],
  ['Sandstone', 'grès', 'Arenisca', 'الحجر الرملي', 'Песчаник', '砂岩'],
  ['Mangrove', 'mangrove', 'Manglar', 'المانغروف', 'Мангры', '红树林'],
  ['Sparrow', 'moineau', 'Gorrión', 'العصفور', 'Воробей', '麻雀'],
  ['Indigo', 'indigo', 'Índigo', 'النيلي', 'Индиго', '靛蓝'],
];

export const ACTIVITIES: readonly Word[] = [
  ['Literacy', "d'alphabétisation", 'de Alfabetización', 'لمحو الأمية', 'грамотности', '扫盲'],
  ['Heritage', 'du patrimoine', 'del Patrimonio', 'للتراث', 'наследия', '遗产'],
  ['Museums', 'des musées', 'de Museos', 'للمتاحف', 'музеев', '博物馆'],
  ['Ocean Science', 'des sciences océaniques', 'de Ciencias Oceánicas', 'لعلوم المحيطات', 'океанологии', '海洋科学'],
  ['Press Freedom', 'pour la liberté de la presse', 'por la Libertad de Prensa', 'لحرية الصحافة', 'свободы прессы', '新闻自由'],
  ['Youth Dialogue', 'pour le dialogue des jeunes', 'de Diálogo Juvenil', 'لحوار الشباب', 'молодёжного диалога', '青年对话'],
  ['Water Research', "de recherche sur l'eau", 'de Investigación del Agua', 'لأبحاث المياه', 'исследований воды', '水资源研究'],
  ['Music', 'de musique', 'de Música', 'للموسيقى', 'музыки', '音乐'],
  ['Teachers', 'des enseignants', 'de Docentes', 'للمعلمين', 'учителей', '教师'],
  ['Archives', 'des archives', 'de Archivos', 'للأرشيف', 'архивов', '档案'],
  ['Bioethics', 'de bioéthique', 'de Bioética', 'لأخلاقيات البيولوجيا', 'биоэтики', '生命伦理'],
  ['Community Radio', 'des radios communautaires', 'de Radios Comunitarias', 'للإذاعات المجتمعية', 'общественного радио', '社区广播'],
  ['Early Childhood', 'de la petite enfance', 'de la Primera Infancia', 'للطفولة المبكرة', 'раннего детства', '幼儿'],
  ['Geoscience', 'des géosciences', 'de Geociencias', 'لعلوم الأرض', 'наук о Земле', '地球科学'],
  ['Libraries', 'des bibliothèques', 'de Bibliotecas', 'للمكتبات', 'библиотек', '图书馆'],
  ['Dance', 'de la danse', 'de Danza', 'للرقص', 'танца', '舞蹈'],
  ['Human Rights', 'des droits humains', 'de Derechos Humanos', 'لحقوق الإنسان', 'прав человека', '人权'],
  ['Adult Learning', 'pour l’apprentissage des adultes', 'de Aprendizaje de Adultos', 'لتعليم الكبار', 'обучения взрослых', '成人学习'],
  ['Open Science', 'pour la science ouverte', 'de Ciencia Abierta', 'للعلم المفتوح', 'открытой науки', '开放科学'],
  ['Crafts', "de l'artisanat", 'de Artesanía', 'للحرف اليدوية', 'ремёсел', '手工艺'],
];

export const BODIES: readonly Word[] = [
  ['Network', 'Réseau', 'Red', 'شبكة', 'Сеть', '网络'],
  ['Association', 'Association', 'Asociación', 'جمعية', 'Ассоциация', '协会'],
  ['Foundation', 'Fondation', 'Fundación', 'مؤسسة', 'Фонд', '基金会'],
  ['Council', 'Conseil', 'Consejo', 'مجلس', 'Совет', '理事会'],
  ['Federation', 'Fédération', 'Federación', 'اتحاد', 'Федерация', '联合会'],
  ['Institute', 'Institut', 'Instituto', 'معهد', 'Институт', '研究所'],
  ['Alliance', 'Alliance', 'Alianza', 'تحالف', 'Альянс', '联盟'],
  ['Society', 'Société', 'Sociedad', 'جمعية', 'Общество', '学会'],
  ['Forum', 'Forum', 'Foro', 'منتدى', 'Форум', '论坛'],
  ['Circle', 'Cercle', 'Círculo', 'حلقة', 'Кружок', '联谊会'],
];

/** Fields of interest: concept ids of the vocabulary. */
export const INTERESTS = [
  'literacy', 'heritage', 'museums', 'intangible-heritage', 'ocean-science', 'press-freedom', 'journalism',
  'youth', 'water', 'music', 'teachers', 'archives', 'bioethics', 'community-media', 'early-childhood',
  'geoscience', 'libraries', 'dance', 'human-rights', 'adult-learning', 'open-science', 'crafts',
  'gender-equality', 'disability', 'indigenous-knowledge', 'climate-change', 'biodiversity', 'peace', 'citizenship',
  'digital-skills', 'higher-education', 'tvet', 'migration', 'sport', 'cultural-diversity',
  'media-literacy', 'artificial-intelligence', 'world-heritage', 'languages', 'reading',
] as const;

/** Invented town names (no real city is implied). */
export const TOWNS = [
  'Port Lantern', 'Valmoré', 'Highfold', 'San Aurelio', 'Kestrelby', 'Nouvelle-Arche', 'Dunmere', 'Alcantia',
  'Brightwater', 'Saint-Orbe', 'Tamarisk Bay', 'Eastbourne Vale', 'Mirador', 'Oakhollow', 'Lumen', 'Ravenfield',
] as const;

/** Sentences for descriptions: [en, fr]; {a} is the activity, {e} the epithet. */
export const SENTENCES: readonly (readonly [string, string])[] = [
  ['A fictional body that brings together volunteers working on {a}.', 'Organisme fictif qui réunit des bénévoles engagés pour {a}.'],
  ['It runs workshops, summer schools and exchanges between member groups.', 'Il organise des ateliers, des écoles d’été et des échanges entre groupes membres.'],
  ['Its members publish open guides and share data with schools and universities.', 'Ses membres publient des guides ouverts et partagent des données avec les écoles et les universités.'],
  ['The {e} programme supports local partners in rural and coastal areas.', 'Le programme {e} soutient des partenaires locaux dans les zones rurales et côtières.'],
  ['It advises public bodies and takes part in international consultations.', 'Il conseille des organismes publics et participe à des consultations internationales.'],
  ['Regional chapters meet every year to review projects and elect a board.', 'Des sections régionales se réunissent chaque année pour examiner les projets et élire un bureau.'],
  ['Training focuses on young professionals, women leaders and community educators.', 'Les formations s’adressent aux jeunes professionnels, aux femmes dirigeantes et aux éducateurs communautaires.'],
  ['Field teams document practices, record testimonies and digitise collections.', 'Des équipes de terrain documentent les pratiques, recueillent des témoignages et numérisent des collections.'],
];
