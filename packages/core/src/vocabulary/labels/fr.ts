import { labelTable } from './label-table.js';

/**
 * Labels of the vocabulary's concepts in French, in the order of CONCEPT_IDS (each line
 * names its concept): what facets, profiles and exports show. One module per language, so a
 * widget loads its viewer's labels only. Our translations: check them against UNTERM before
 * presenting them as official.
 */
export const LABELS_FR = labelTable([
  'éducation', // education
  'alphabétisation', // literacy
  'lecture', // reading
  'éducation des adultes', // adult-learning
  'petite enfance', // early-childhood
  'enseignement supérieur', // higher-education
  'enseignants', // teachers
  "droit à l'éducation", // right-to-education
  'éducation à la paix', // peace-education
  'enseignement des sciences', // science-education
  'éducation à la citoyenneté mondiale', // global-citizenship
  'éducation en vue du développement durable', // education-sustainable-development
  'économie familiale', // home-economics
  'parents', // parents
  'enseignement technique et professionnel', // tvet
  'bibliothèques scolaires', // school-libraries
  'science', // science
  'sciences océaniques', // ocean-science
  'eau', // water
  'zones arides', // drylands
  'biodiversité', // biodiversity
  'changement climatique', // climate-change
  'astronomie', // astronomy
  'ciel nocturne', // dark-skies
  'ingénierie', // engineering
  'technologie appropriée', // appropriate-technology
  'science participative', // citizen-science
  'géosciences', // geoscience
  'réduction des risques de catastrophe', // disaster-risk
  'science ouverte', // open-science
  'éthique', // ethics
  'bioéthique', // bioethics
  "droits de l'homme", // human-rights
  "droits de l'enfant", // childrens-rights
  'égalité des genres', // gender-equality
  'femmes rurales', // rural-women
  'jeunesse', // youth
  'volontariat', // volunteering
  'clubs UNESCO', // unesco-clubs
  'citoyenneté', // citizenship
  'débat public', // public-debate
  'paix', // peace
  'inclusion sociale', // social-inclusion
  'grande pauvreté', // extreme-poverty
  'addictions', // addiction
  'sciences humaines', // humanities
  'urbanisme', // urban-planning
  'sport', // sport
  'patrimoine', // heritage
  'patrimoine mondial', // world-heritage
  'patrimoine culturel immatériel', // intangible-heritage
  'musées', // museums
  'artisanat', // crafts
  'folklore', // folklore
  'histoire orale', // oral-history
  'art du conte', // storytelling
  'arts du spectacle', // performing-arts
  'danse', // dance
  'musique', // music
  'arts visuels', // visual-arts
  'littérature', // literature
  'industries créatives', // creative-industries
  'langues', // languages
  "liberté d'expression", // freedom-of-expression
  'liberté de la presse', // press-freedom
  'médias', // media
  'journalisme', // journalism
  'médias communautaires', // community-media
  "éducation aux médias et à l'information", // media-literacy
  "accès à l'information", // access-to-information
  'bibliothèques', // libraries
  'libre accès', // open-access
  'patrimoine documentaire', // documentary-heritage
  'archives', // archives
  'numérisation', // digitisation
  'handicap', // disability
  'migrations', // migration
  'intelligence artificielle', // artificial-intelligence
  'compétences numériques', // digital-skills
  'savoirs autochtones', // indigenous-knowledge
  'diversité culturelle', // cultural-diversity
]);
