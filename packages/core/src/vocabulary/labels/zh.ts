import { labelTable } from './label-table.js';

/**
 * Labels of the vocabulary's concepts in Chinese, in the order of CONCEPT_IDS (each line
 * names its concept): what facets, profiles and exports show. One module per language, so a
 * widget loads its viewer's labels only. Our translations: check them against UNTERM before
 * presenting them as official.
 */
export const LABELS_ZH = labelTable([
  '教育', // education
  '扫盲', // literacy
  '阅读', // reading
  '成人学习', // adult-learning
  '幼儿教育', // early-childhood
  '高等教育', // higher-education
  '教师', // teachers
  '受教育权', // right-to-education
  '和平教育', // peace-education
  '科学教育', // science-education
  '全球公民教育', // global-citizenship
  '可持续发展教育', // education-sustainable-development
  '家政学', // home-economics
  '家长', // parents
  '职业技术教育', // tvet
  '学校图书馆', // school-libraries
  '科学', // science
  '海洋科学', // ocean-science
  '水资源', // water
  '旱地', // drylands
  '生物多样性', // biodiversity
  '气候变化', // climate-change
  '天文学', // astronomy
  '暗夜星空', // dark-skies
  '工程', // engineering
  '适用技术', // appropriate-technology
  '公民科学', // citizen-science
  '地球科学', // geoscience
  '减少灾害风险', // disaster-risk
  '开放科学', // open-science
  '伦理', // ethics
  '生物伦理', // bioethics
  '人权', // human-rights
  '儿童权利', // childrens-rights
  '性别平等', // gender-equality
  '农村妇女', // rural-women
  '青年', // youth
  '志愿服务', // volunteering
  '教科文组织俱乐部', // unesco-clubs
  '公民意识', // citizenship
  '公共辩论', // public-debate
  '和平', // peace
  '社会包容', // social-inclusion
  '极端贫困', // extreme-poverty
  '成瘾', // addiction
  '人文学科', // humanities
  '城市规划', // urban-planning
  '体育', // sport
  '遗产', // heritage
  '世界遗产', // world-heritage
  '非物质文化遗产', // intangible-heritage
  '博物馆', // museums
  '手工艺', // crafts
  '民俗', // folklore
  '口述历史', // oral-history
  '讲故事', // storytelling
  '表演艺术', // performing-arts
  '舞蹈', // dance
  '音乐', // music
  '视觉艺术', // visual-arts
  '文学', // literature
  '创意产业', // creative-industries
  '语言', // languages
  '言论自由', // freedom-of-expression
  '新闻自由', // press-freedom
  '媒体', // media
  '新闻业', // journalism
  '社区媒体', // community-media
  '媒体与信息素养', // media-literacy
  '获取信息', // access-to-information
  '图书馆', // libraries
  '开放获取', // open-access
  '文献遗产', // documentary-heritage
  '档案', // archives
  '数字化', // digitisation
  '残疾', // disability
  '移民', // migration
  '人工智能', // artificial-intelligence
  '数字技能', // digital-skills
  '土著知识', // indigenous-knowledge
  '文化多样性', // cultural-diversity
]);
