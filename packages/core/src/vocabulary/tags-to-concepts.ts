import { vocabulary as defaultVocabulary, type Vocabulary } from './vocabulary.js';

export interface TagConversion {
  /** Concept ids, in the order of the tags that named them, each once. */
  ids: string[];
  /** Tags that name no concept, as written: report them, or add the concept to the vocabulary. */
  unknown: string[];
}

/**
 * Maps an old free-text tag list (fieldsOfInterest or themes before the vocabulary, in any of
 * the six languages) to concept ids, for the migration of stored data. A tag may already be an
 * id ("early-childhood"). Pure: the caller decides what to do with unknown tags.
 */
export function conceptIdsOfTags(tags: readonly string[], vocabulary: Vocabulary = defaultVocabulary()): TagConversion {
  const ids: string[] = [];
  const unknown: string[] = [];
  for (const tag of tags) {
    const concept = vocabulary.has(tag) ? vocabulary.get(tag) : vocabulary.conceptOfTerm(tag);
    if (!concept) unknown.push(tag);
    else if (!ids.includes(concept.id)) ids.push(concept.id);
  }
  return { ids, unknown };
}
