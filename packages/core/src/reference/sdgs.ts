import type { Sdg } from '../schemas/sdg.js';

/*
 * The 17 Sustainable Development Goals with their official short titles (the titles of the
 * UN's goal icons) in the six UN languages. They match the UN's pages in each language as
 * reproduced by many public sources; none was re-read on un.org for this file, so
 * `verifiedLanguages` stays empty until someone checks them against the pages below.
 */
const UN_SDG_PAGE = 'https://www.un.org/sustainabledevelopment/sustainable-development-goals/';

// prettier-ignore
const TITLES: readonly (readonly [en: string, fr: string, es: string, ar: string, ru: string, zh: string])[] = [
  ['No poverty', 'Pas de pauvreté', 'Fin de la pobreza', 'القضاء على الفقر', 'Ликвидация нищеты', '无贫穷'],
  ['Zero hunger', 'Faim « zéro »', 'Hambre cero', 'القضاء التام على الجوع', 'Ликвидация голода', '零饥饿'],
  ['Good health and well-being', 'Bonne santé et bien-être', 'Salud y bienestar', 'الصحة الجيدة والرفاه', 'Хорошее здоровье и благополучие', '良好健康与福祉'],
  ['Quality education', 'Éducation de qualité', 'Educación de calidad', 'التعليم الجيد', 'Качественное образование', '优质教育'],
  ['Gender equality', 'Égalité entre les sexes', 'Igualdad de género', 'المساواة بين الجنسين', 'Гендерное равенство', '性别平等'],
  ['Clean water and sanitation', 'Eau propre et assainissement', 'Agua limpia y saneamiento', 'المياه النظيفة والنظافة الصحية', 'Чистая вода и санитария', '清洁饮水和卫生设施'],
  ['Affordable and clean energy', "Énergie propre et d'un coût abordable", 'Energía asequible y no contaminante', 'طاقة نظيفة وبأسعار معقولة', 'Недорогостоящая и чистая энергия', '经济适用的清洁能源'],
  ['Decent work and economic growth', 'Travail décent et croissance économique', 'Trabajo decente y crecimiento económico', 'العمل اللائق ونمو الاقتصاد', 'Достойная работа и экономический рост', '体面工作和经济增长'],
  ['Industry, innovation and infrastructure', 'Industrie, innovation et infrastructure', 'Industria, innovación e infraestructura', 'الصناعة والابتكار والهياكل الأساسية', 'Индустриализация, инновации и инфраструктура', '产业、创新和基础设施'],
  ['Reduced inequalities', 'Inégalités réduites', 'Reducción de las desigualdades', 'الحد من أوجه عدم المساواة', 'Уменьшение неравенства', '减少不平等'],
  ['Sustainable cities and communities', 'Villes et communautés durables', 'Ciudades y comunidades sostenibles', 'مدن ومجتمعات محلية مستدامة', 'Устойчивые города и населенные пункты', '可持续城市和社区'],
  ['Responsible consumption and production', 'Consommation et production responsables', 'Producción y consumo responsables', 'الاستهلاك والإنتاج المسؤولان', 'Ответственное потребление и производство', '负责任消费和生产'],
  ['Climate action', 'Mesures relatives à la lutte contre les changements climatiques', 'Acción por el clima', 'العمل المناخي', 'Борьба с изменением климата', '气候行动'],
  ['Life below water', 'Vie aquatique', 'Vida submarina', 'الحياة تحت الماء', 'Сохранение морских экосистем', '水下生物'],
  ['Life on land', 'Vie terrestre', 'Vida de ecosistemas terrestres', 'الحياة في البر', 'Сохранение экосистем суши', '陆地生物'],
  ['Peace, justice and strong institutions', 'Paix, justice et institutions efficaces', 'Paz, justicia e instituciones sólidas', 'السلام والعدل والمؤسسات القوية', 'Мир, правосудие и эффективные институты', '和平、正义与强大机构'],
  ['Partnerships for the goals', 'Partenariats pour la réalisation des objectifs', 'Alianzas para lograr los objetivos', 'عقد الشراكات لتحقيق الأهداف', 'Партнерство в интересах устойчивого развития', '促进目标实现的伙伴关系'],
];

export const SDGS: readonly Sdg[] = TITLES.map(([en, fr, es, ar, ru, zh], i) => ({
  number: i + 1,
  title: { ar, en, es, fr, ru, zh },
  sourceUrl: UN_SDG_PAGE,
  verifiedLanguages: [],
}));
