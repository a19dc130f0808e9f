import { LANGUAGES, type Language } from '../i18n/languages.js';
import { meaningfulTerms, STOP_WORDS } from '../text/stop-words.js';
import { indexTokens, isUnspacedTerm } from '../text/tokenize.js';
import type { Vocabulary } from '../vocabulary/vocabulary.js';
import { TermIndex } from './term-index.js';

/** Query words shorter than this name a concept only when they are one of its words exactly. */
const MIN_PREFIX_LENGTH = 3;

/** What the dictionary needs from a vocabulary (the whole Vocabulary fits). */
export type ConceptSource = Pick<Vocabulary, 'concepts'>;

/**
 * Finds the concepts a query word names, in any of the six languages: every word of every
 * label and synonym is indexed, with prefixes and typos as in names, so "ingénieurs",
 * "ingenieros", "инженеры" and "工程师" all name the concept "engineering". A small index of its
 * own (a hundred concepts, a few thousand words), searched once per query word.
 */
export class ConceptDictionary {
  /** Concept ids, by the concept numbers `match` reports. */
  readonly ids: readonly string[];
  readonly #words: TermIndex;
  readonly #quality: Float64Array;
  readonly #labels: Map<string, Readonly<Record<Language, string>>>;

  constructor(source: ConceptSource) {
    this.ids = source.concepts.map((concept) => concept.id);
    this.#labels = new Map(source.concepts.map((concept) => [concept.id, concept.labels]));
    this.#words = new TermIndex([{ boost: 1, fuzzy: true }]);
    source.concepts.forEach((concept, doc) => {
      const tokens: string[] = [];
      for (const language of LANGUAGES) {
        for (const term of [concept.labels[language], ...(concept.synonyms[language] ?? [])]) {
          const words = indexTokens(term);
          for (const word of words) {
            // Function words and one- or two-letter words inside a label ("right to education",
            // "التربية من أجل السلام") say nothing about the concept: with them, every query
            // with "de" or "the" would name a dozen concepts. A label that is itself a short
            // word or an acronym ("ai", "esd", "мир") stays.
            const meaningful = isUnspacedTerm(word) || (word.length > 2 && !STOP_WORDS.has(word));
            if (meaningful || words.length === 1) tokens.push(word);
          }
        }
      }
      this.#words.add(doc, [{ field: 0, tokens, length: 1 }]);
    });
    this.#quality = new Float64Array(this.ids.length);
  }

  /** The label of a concept in `language` (undefined for an id the vocabulary lacks). */
  label(id: string, language: Language): string | undefined {
    return this.#labels.get(id)?.[language];
  }

  /**
   * The words of a query that must match: without function words, which a name in another
   * language does not have ("égalité des genres" finds Graduate Women International).
   */
  queryTerms(words: readonly string[]): string[] {
    return meaningfulTerms(words);
  }

  /**
   * Calls `visit` once for each concept that `word` (a normalised query term) names, with the
   * quality of the best match: 1 for one of its words, less for a prefix or a typo.
   */
  match(word: string, visit: (concept: number, quality: number) => void): void {
    const quality = this.#quality;
    const found: number[] = [];
    const exactOnly = word.length < MIN_PREFIX_LENGTH && !isUnspacedTerm(word);
    this.#words.matchTerm(word, (termId, q) => {
      if (exactOnly && q < 1) return;
      for (const concept of this.#words.documentsOf(termId)) {
        if (quality[concept] === 0) found.push(concept);
        if (q > quality[concept]!) quality[concept] = q;
      }
    });
    for (const concept of found) {
      visit(concept, quality[concept]!);
      quality[concept] = 0;
    }
  }
}

const dictionaries = new WeakMap<ConceptSource, ConceptDictionary>();

/** One dictionary per vocabulary object, built on first use. */
export function conceptDictionary(source: ConceptSource): ConceptDictionary {
  let dictionary = dictionaries.get(source);
  if (!dictionary) dictionaries.set(source, (dictionary = new ConceptDictionary(source)));
  return dictionary;
}
