import { labelTable } from './label-table.js';

/**
 * Labels of the vocabulary's concepts in Spanish, in the order of CONCEPT_IDS (each line
 * names its concept): what facets, profiles and exports show. One module per language, so a
 * widget loads its viewer's labels only. Our translations: check them against UNTERM before
 * presenting them as official.
 */
export const LABELS_ES = labelTable([
  'educación', // education
  'alfabetización', // literacy
  'lectura', // reading
  'educación de adultos', // adult-learning
  'primera infancia', // early-childhood
  'educación superior', // higher-education
  'docentes', // teachers
  'derecho a la educación', // right-to-education
  'educación para la paz', // peace-education
  'educación científica', // science-education
  'educación para la ciudadanía mundial', // global-citizenship
  'educación para el desarrollo sostenible', // education-sustainable-development
  'economía doméstica', // home-economics
  'madres y padres', // parents
  'educación técnica y profesional', // tvet
  'bibliotecas escolares', // school-libraries
  'ciencia', // science
  'ciencias oceánicas', // ocean-science
  'agua', // water
  'tierras secas', // drylands
  'biodiversidad', // biodiversity
  'cambio climático', // climate-change
  'astronomía', // astronomy
  'cielos oscuros', // dark-skies
  'ingeniería', // engineering
  'tecnología apropiada', // appropriate-technology
  'ciencia ciudadana', // citizen-science
  'geociencias', // geoscience
  'reducción del riesgo de desastres', // disaster-risk
  'ciencia abierta', // open-science
  'ética', // ethics
  'bioética', // bioethics
  'derechos humanos', // human-rights
  'derechos del niño', // childrens-rights
  'igualdad de género', // gender-equality
  'mujeres rurales', // rural-women
  'juventud', // youth
  'voluntariado', // volunteering
  'clubes UNESCO', // unesco-clubs
  'ciudadanía', // citizenship
  'debate público', // public-debate
  'paz', // peace
  'inclusión social', // social-inclusion
  'pobreza extrema', // extreme-poverty
  'adicciones', // addiction
  'humanidades', // humanities
  'planificación urbana', // urban-planning
  'deporte', // sport
  'patrimonio', // heritage
  'patrimonio mundial', // world-heritage
  'patrimonio cultural inmaterial', // intangible-heritage
  'museos', // museums
  'artesanía', // crafts
  'folclore', // folklore
  'historia oral', // oral-history
  'narración oral', // storytelling
  'artes escénicas', // performing-arts
  'danza', // dance
  'música', // music
  'artes visuales', // visual-arts
  'literatura', // literature
  'industrias creativas', // creative-industries
  'lenguas', // languages
  'libertad de expresión', // freedom-of-expression
  'libertad de prensa', // press-freedom
  'medios de comunicación', // media
  'periodismo', // journalism
  'medios comunitarios', // community-media
  'alfabetización mediática e informacional', // media-literacy
  'acceso a la información', // access-to-information
  'bibliotecas', // libraries
  'acceso abierto', // open-access
  'patrimonio documental', // documentary-heritage
  'archivos', // archives
  'digitalización', // digitisation
  'discapacidad', // disability
  'migración', // migration
  'inteligencia artificial', // artificial-intelligence
  'competencias digitales', // digital-skills
  'conocimientos indígenas', // indigenous-knowledge
  'diversidad cultural', // cultural-diversity
]);
