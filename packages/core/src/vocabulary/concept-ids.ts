/**
 * The ids of the vocabulary's concepts, in the order of the label tables (labels/<lang>.ts).
 * Stable: records store them, so an id is never renamed or reused, and new ones go at the end.
 */
export const CONCEPT_IDS: readonly string[] = [
  'education', 'literacy', 'reading', 'adult-learning', 'early-childhood', 'higher-education',
  'teachers', 'right-to-education', 'peace-education', 'science-education', 'global-citizenship',
  'education-sustainable-development', 'home-economics', 'parents', 'tvet', 'school-libraries',
  'science', 'ocean-science', 'water', 'drylands', 'biodiversity', 'climate-change', 'astronomy',
  'dark-skies', 'engineering', 'appropriate-technology', 'citizen-science', 'geoscience',
  'disaster-risk', 'open-science', 'ethics', 'bioethics', 'human-rights', 'childrens-rights',
  'gender-equality', 'rural-women', 'youth', 'volunteering', 'unesco-clubs', 'citizenship',
  'public-debate', 'peace', 'social-inclusion', 'extreme-poverty', 'addiction', 'humanities',
  'urban-planning', 'sport', 'heritage', 'world-heritage', 'intangible-heritage', 'museums',
  'crafts', 'folklore', 'oral-history', 'storytelling', 'performing-arts', 'dance', 'music',
  'visual-arts', 'literature', 'creative-industries', 'languages', 'freedom-of-expression',
  'press-freedom', 'media', 'journalism', 'community-media', 'media-literacy',
  'access-to-information', 'libraries', 'open-access', 'documentary-heritage', 'archives',
  'digitisation', 'disability', 'migration', 'artificial-intelligence', 'digital-skills',
  'indigenous-knowledge', 'cultural-diversity',
];
