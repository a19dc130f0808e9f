import { labelTable } from './label-table.js';

/**
 * Labels of the vocabulary's concepts in Arabic, in the order of CONCEPT_IDS (each line
 * names its concept): what facets, profiles and exports show. One module per language, so a
 * widget loads its viewer's labels only. Our translations: check them against UNTERM before
 * presenting them as official.
 */
export const LABELS_AR = labelTable([
  'التعليم', // education
  'محو الأمية', // literacy
  'القراءة', // reading
  'تعليم الكبار', // adult-learning
  'الطفولة المبكرة', // early-childhood
  'التعليم العالي', // higher-education
  'المعلمون', // teachers
  'الحق في التعليم', // right-to-education
  'التربية من أجل السلام', // peace-education
  'تعليم العلوم', // science-education
  'التربية على المواطنة العالمية', // global-citizenship
  'التعليم من أجل التنمية المستدامة', // education-sustainable-development
  'الاقتصاد المنزلي', // home-economics
  'الآباء والأمهات', // parents
  'التعليم التقني والمهني', // tvet
  'المكتبات المدرسية', // school-libraries
  'العلوم', // science
  'علوم المحيطات', // ocean-science
  'المياه', // water
  'الأراضي الجافة', // drylands
  'التنوع البيولوجي', // biodiversity
  'تغير المناخ', // climate-change
  'علم الفلك', // astronomy
  'السماء المظلمة', // dark-skies
  'الهندسة', // engineering
  'التكنولوجيا الملائمة', // appropriate-technology
  'علم المواطن', // citizen-science
  'علوم الأرض', // geoscience
  'الحد من مخاطر الكوارث', // disaster-risk
  'العلم المفتوح', // open-science
  'الأخلاقيات', // ethics
  'أخلاقيات علم الأحياء', // bioethics
  'حقوق الإنسان', // human-rights
  'حقوق الطفل', // childrens-rights
  'المساواة بين الجنسين', // gender-equality
  'المرأة الريفية', // rural-women
  'الشباب', // youth
  'التطوع', // volunteering
  'نوادي اليونسكو', // unesco-clubs
  'المواطنة', // citizenship
  'النقاش العام', // public-debate
  'السلام', // peace
  'الإدماج الاجتماعي', // social-inclusion
  'الفقر المدقع', // extreme-poverty
  'الإدمان', // addiction
  'العلوم الإنسانية', // humanities
  'التخطيط الحضري', // urban-planning
  'الرياضة', // sport
  'التراث', // heritage
  'التراث العالمي', // world-heritage
  'التراث الثقافي غير المادي', // intangible-heritage
  'المتاحف', // museums
  'الحرف اليدوية', // crafts
  'الفولكلور', // folklore
  'التاريخ الشفوي', // oral-history
  'فن الحكي', // storytelling
  'فنون الأداء', // performing-arts
  'الرقص', // dance
  'الموسيقى', // music
  'الفنون البصرية', // visual-arts
  'الأدب', // literature
  'الصناعات الإبداعية', // creative-industries
  'اللغات', // languages
  'حرية التعبير', // freedom-of-expression
  'حرية الصحافة', // press-freedom
  'وسائل الإعلام', // media
  'الصحافة', // journalism
  'الإعلام المجتمعي', // community-media
  'الدراية الإعلامية والمعلوماتية', // media-literacy
  'الحصول على المعلومات', // access-to-information
  'المكتبات', // libraries
  'الوصول المفتوح', // open-access
  'التراث الوثائقي', // documentary-heritage
  'المحفوظات', // archives
  'الرقمنة', // digitisation
  'الإعاقة', // disability
  'الهجرة', // migration
  'الذكاء الاصطناعي', // artificial-intelligence
  'المهارات الرقمية', // digital-skills
  'معارف الشعوب الأصلية', // indigenous-knowledge
  'التنوع الثقافي', // cultural-diversity
]);
