/*
 * `@ngo-liaison/core/vocabulary`: the controlled vocabulary of fields of action and themes.
 * Widgets that only show labels import one language's labels (`@ngo-liaison/core/vocabulary/labels/<lang>`).
 */
export { CONCEPTS, type ConceptRecord, type Synonyms } from './concepts.js';
export { CONCEPT_LABELS } from './labels/index.js';
export { CONCEPT_IDS } from './concept-ids.js';
export { ConceptId } from './concept-id.js';
export { createVocabulary, vocabulary, conceptTerms, type Concept, type Vocabulary } from './vocabulary.js';
export { conceptIdsOfTags, type TagConversion } from './tags-to-concepts.js';
export { conceptIdIssues } from './concept-issues.js';
