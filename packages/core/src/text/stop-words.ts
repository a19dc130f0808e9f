import { normalizeText } from './normalize.js';

/**
 * Function words of the six languages (articles, prepositions, conjunctions), normalised. A
 * query keeps its words AND-ed, so "égalité des genres" would otherwise demand a "des" in
 * every organisation it finds, and a word in one language cannot match a name in another.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  [
    // en
    'a', 'an', 'the', 'of', 'and', 'for', 'in', 'on', 'to', 'at', 'by', 'with', 'or',
    // fr
    'le', 'la', 'les', 'l', 'de', 'des', 'du', 'd', 'et', 'en', 'au', 'aux', 'à', 'un', 'une', 'pour', 'sur', 'dans', 'par', 'avec',
    // es
    'el', 'los', 'las', 'del', 'y', 'e', 'al', 'por', 'para', 'con', 'una', 'o',
    // ru
    'и', 'в', 'во', 'на', 'с', 'со', 'по', 'для', 'к', 'о', 'об', 'от', 'из',
    // ar
    'في', 'من', 'على', 'و', 'إلى', 'عن', 'مع', 'أجل', 'غير',
    // zh
    '的', '和', '与',
  ].map(normalizeText),
);

/**
 * The words of a query that must match: function words left out, unless the query has
 * nothing else or the word is the last one (while typing, "de" may be the start of "derechos").
 */
export function meaningfulTerms(terms: readonly string[]): string[] {
  const kept = terms.filter((term, i) => i === terms.length - 1 || !STOP_WORDS.has(term));
  return kept.length ? kept : [...terms];
}
