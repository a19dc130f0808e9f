import { CONCEPT_IDS } from '../concept-ids.js';

/**
 * A language's labels by concept id, from a list in the order of CONCEPT_IDS. Lists rather
 * than objects keyed by id: six tables of keys would double what a widget downloads.
 * createVocabulary (and its test) checks that every table has one label per concept.
 */
export function labelTable(labels: readonly string[]): Readonly<Record<string, string>> {
  const table: Record<string, string> = {};
  // A label past the last id keeps its position as key, so createVocabulary reports it.
  labels.forEach((label, i) => (table[CONCEPT_IDS[i] ?? String(i)] = label));
  return table;
}
