import { labelTable } from './label-table.js';

/**
 * Labels of the vocabulary's concepts in English, in the order of CONCEPT_IDS (each line
 * names its concept): what facets, profiles and exports show. One module per language, so a
 * widget loads its viewer's labels only.
 */
export const LABELS_EN = labelTable([
  'education', // education
  'literacy', // literacy
  'reading', // reading
  'adult learning', // adult-learning
  'early childhood', // early-childhood
  'higher education', // higher-education
  'teachers', // teachers
  'right to education', // right-to-education
  'peace education', // peace-education
  'science education', // science-education
  'global citizenship education', // global-citizenship
  'education for sustainable development', // education-sustainable-development
  'home economics', // home-economics
  'parents', // parents
  'technical and vocational education', // tvet
  'school libraries', // school-libraries
  'science', // science
  'ocean science', // ocean-science
  'water', // water
  'drylands', // drylands
  'biodiversity', // biodiversity
  'climate change', // climate-change
  'astronomy', // astronomy
  'dark skies', // dark-skies
  'engineering', // engineering
  'appropriate technology', // appropriate-technology
  'citizen science', // citizen-science
  'geosciences', // geoscience
  'disaster risk reduction', // disaster-risk
  'open science', // open-science
  'ethics', // ethics
  'bioethics', // bioethics
  'human rights', // human-rights
  "children's rights", // childrens-rights
  'gender equality', // gender-equality
  'rural women', // rural-women
  'youth', // youth
  'volunteering', // volunteering
  'UNESCO clubs', // unesco-clubs
  'citizenship', // citizenship
  'public debate', // public-debate
  'peace', // peace
  'social inclusion', // social-inclusion
  'extreme poverty', // extreme-poverty
  'addiction', // addiction
  'humanities', // humanities
  'urban planning', // urban-planning
  'sport', // sport
  'heritage', // heritage
  'World Heritage', // world-heritage
  'intangible cultural heritage', // intangible-heritage
  'museums', // museums
  'crafts', // crafts
  'folklore', // folklore
  'oral history', // oral-history
  'storytelling', // storytelling
  'performing arts', // performing-arts
  'dance', // dance
  'music', // music
  'visual arts', // visual-arts
  'literature', // literature
  'creative industries', // creative-industries
  'languages', // languages
  'freedom of expression', // freedom-of-expression
  'press freedom', // press-freedom
  'media', // media
  'journalism', // journalism
  'community media', // community-media
  'media and information literacy', // media-literacy
  'access to information', // access-to-information
  'libraries', // libraries
  'open access', // open-access
  'documentary heritage', // documentary-heritage
  'archives', // archives
  'digitisation', // digitisation
  'disability', // disability
  'migration', // migration
  'artificial intelligence', // artificial-intelligence
  'digital skills', // digital-skills
  'indigenous knowledge', // indigenous-knowledge
  'cultural diversity', // cultural-diversity
]);
