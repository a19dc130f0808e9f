import { labelTable } from './label-table.js';

/**
 * Labels of the vocabulary's concepts in Russian, in the order of CONCEPT_IDS (each line
 * names its concept): what facets, profiles and exports show. One module per language, so a
 * widget loads its viewer's labels only. Our translations: check them against UNTERM before
 * presenting them as official.
 */
export const LABELS_RU = labelTable([
  'образование', // education
  'грамотность', // literacy
  'чтение', // reading
  'образование взрослых', // adult-learning
  'раннее детство', // early-childhood
  'высшее образование', // higher-education
  'учителя', // teachers
  'право на образование', // right-to-education
  'воспитание в духе мира', // peace-education
  'естественнонаучное образование', // science-education
  'воспитание глобальной гражданственности', // global-citizenship
  'образование в интересах устойчивого развития', // education-sustainable-development
  'домоводство', // home-economics
  'родители', // parents
  'профессионально-техническое образование', // tvet
  'школьные библиотеки', // school-libraries
  'наука', // science
  'океанология', // ocean-science
  'водные ресурсы', // water
  'засушливые земли', // drylands
  'биоразнообразие', // biodiversity
  'изменение климата', // climate-change
  'астрономия', // astronomy
  'тёмное небо', // dark-skies
  'инженерное дело', // engineering
  'соответствующие технологии', // appropriate-technology
  'гражданская наука', // citizen-science
  'науки о Земле', // geoscience
  'снижение риска бедствий', // disaster-risk
  'открытая наука', // open-science
  'этика', // ethics
  'биоэтика', // bioethics
  'права человека', // human-rights
  'права ребенка', // childrens-rights
  'гендерное равенство', // gender-equality
  'сельские женщины', // rural-women
  'молодёжь', // youth
  'добровольчество', // volunteering
  'клубы ЮНЕСКО', // unesco-clubs
  'гражданственность', // citizenship
  'общественная дискуссия', // public-debate
  'мир', // peace
  'социальная интеграция', // social-inclusion
  'крайняя нищета', // extreme-poverty
  'зависимость', // addiction
  'гуманитарные науки', // humanities
  'городское планирование', // urban-planning
  'спорт', // sport
  'наследие', // heritage
  'всемирное наследие', // world-heritage
  'нематериальное культурное наследие', // intangible-heritage
  'музеи', // museums
  'ремёсла', // crafts
  'фольклор', // folklore
  'устная история', // oral-history
  'сказительство', // storytelling
  'исполнительские искусства', // performing-arts
  'танец', // dance
  'музыка', // music
  'изобразительное искусство', // visual-arts
  'литература', // literature
  'креативные индустрии', // creative-industries
  'языки', // languages
  'свобода выражения мнений', // freedom-of-expression
  'свобода прессы', // press-freedom
  'СМИ', // media
  'журналистика', // journalism
  'общественные СМИ', // community-media
  'медийная и информационная грамотность', // media-literacy
  'доступ к информации', // access-to-information
  'библиотеки', // libraries
  'открытый доступ', // open-access
  'документальное наследие', // documentary-heritage
  'архивы', // archives
  'оцифровка', // digitisation
  'инвалидность', // disability
  'миграция', // migration
  'искусственный интеллект', // artificial-intelligence
  'цифровые навыки', // digital-skills
  'знания коренных народов', // indigenous-knowledge
  'культурное разнообразие', // cultural-diversity
]);
