import { normalizedWords } from './normalize.js';

/** Scripts written without spaces between words: their runs go through Intl.Segmenter. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
/** Han and Kana runs, whose segmentation depends on context (see indexTokens). */
const HAN_KANA_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30fc]{2,}/gu;
/** Arabic definite article and its common proclitic forms (wa-, bi-, ka-, fa-, li-). */
const ARABIC_ARTICLE = /^(?:ال|وال|بال|كال|فال|لل)(?=\p{Script=Arabic}{2,})/u;

/** Longest Han/Kana substring indexed for substring matching (see indexTokens). */
export const MAX_CJK_SUFFIX = 10;

let segmenter: Intl.Segmenter | undefined;

/**
 * Word segmentation for unspaced scripts. The locale does not matter for Han, Kana or
 * Thai: ICU picks the dictionary by script. One instance is enough (construction is slow).
 */
function segmentWords(chunk: string): string[] {
  segmenter ??= new Intl.Segmenter('und', { granularity: 'word' });
  const words: string[] = [];
  for (const part of segmenter.segment(chunk)) if (part.isWordLike) words.push(part.segment);
  return words;
}

/** Any character from Thai (U+0E00) up: a cheap test before the Unicode script regex. */
const MAYBE_UNSPACED = /[\u0e00-\uffff]/;

function segmentUnspaced(words: string[]): string[] {
  if (!words.some((word) => MAYBE_UNSPACED.test(word))) return words;
  const tokens: string[] = [];
  for (const word of words) {
    if (UNSPACED.test(word)) tokens.push(...segmentWords(word));
    else tokens.push(word);
  }
  return tokens;
}

/**
 * The terms of a query: normalised (normalizeText), split on spaces, and runs of Chinese,
 * Japanese, Thai, Lao, Khmer or Burmese cut into words with Intl.Segmenter.
 * "Musées d'Afrique" → ["musees", "d", "afrique"]; "中国青年" → ["中国", "青年"].
 */
export function tokenize(text: string): string[] {
  return segmentUnspaced(normalizedWords(text));
}

/**
 * The terms stored for a text in a search index: tokenize(text) plus variants that make
 * the browser and server indexes forgiving in the same way:
 * - every suffix of a Han/Kana run (up to MAX_CJK_SUFFIX characters), because the
 *   segmenter cuts 博物馆 as 博物|馆 in one name and keeps 博物館 whole in another; with
 *   prefix matching, any substring of a Chinese or Japanese name then matches;
 * - Arabic words without their definite article (المتحف → متحف), so "متحف" finds it;
 * - for acronyms, the letters joined ("WAN-IFRA" → also "wanifra", "I.C.O.M." → "icom").
 */
export function indexTokens(text: string, { joinParts = false }: { joinParts?: boolean } = {}): string[] {
  const words = normalizedWords(text);
  const tokens = segmentUnspaced(words);
  const extra: string[] = [];
  for (const token of tokens) {
    const first = token.charCodeAt(0);
    if (first < 0x0600 || first > 0x06ff) continue; // not Arabic: skip the regex
    const bare = token.replace(ARABIC_ARTICLE, '');
    if (bare !== token) extra.push(bare);
  }
  for (const word of words) {
    if (!MAYBE_UNSPACED.test(word) || !UNSPACED.test(word)) continue;
    for (const run of word.matchAll(HAN_KANA_RUN)) {
      const chars = [...run[0]];
      for (let start = 0; start < chars.length; start++) {
        extra.push(chars.slice(start, start + MAX_CJK_SUFFIX).join(''));
      }
    }
  }
  if (joinParts && tokens.length > 1) extra.push(tokens.join(''));
  return extra.length ? [...tokens, ...extra] : tokens;
}

/** True for terms in scripts where an edit distance says nothing (one Han character is a word). */
export function isUnspacedTerm(term: string): boolean {
  return UNSPACED.test(term) || /\p{Script=Hangul}/u.test(term);
}
