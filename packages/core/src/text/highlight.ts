import { normalizeText } from './normalize.js';
import { isUnspacedTerm, tokenize } from './tokenize.js';

const ARABIC_ARTICLE = /^(?:ال|وال|بال|كال|فال|لل)/u;

interface Piece {
  norm: string;
  start: number;
  end: number;
}

/**
 * Where the words of `query` occur in `text`, as [start, end) UTF-16 offsets into the
 * original `text`, sorted and merged: for wrapping matches in <mark> (as text nodes, never
 * as HTML). Matching is the search's own: normalised, word prefixes ("musé" marks "Musées";
 * "musees" marks "Musées"), inside Chinese/Japanese runs anywhere, Arabic words also after
 * the article. Typo matches are not marked.
 */
export function highlightRanges(text: string, query: string): [number, number][] {
  const terms = [...new Set(tokenize(query))];
  if (!terms.length || !text) return [];
  // Normalise code point by code point so every normalised character maps back to the original.
  const words: Piece[][] = [];
  let word: Piece[] = [];
  let offset = 0;
  for (const char of text) {
    const norm = normalizeText(char);
    const piece = { norm, start: offset, end: offset + char.length };
    offset += char.length;
    if (norm && !norm.includes(' ')) word.push(piece);
    else if (!norm && /\p{M}/u.test(char) && word.length) word[word.length - 1]!.end = piece.end; // a stripped accent joins its letter
    else if (word.length) {
      words.push(word);
      word = [];
    }
  }
  if (word.length) words.push(word);

  const ranges: [number, number][] = [];
  for (const pieces of words) {
    const normalized = pieces.map((p) => p.norm).join('');
    // Start offset (in `normalized`) of each piece, to map a match back to original offsets.
    const starts: number[] = [];
    let at = 0;
    for (const piece of pieces) {
      starts.push(at);
      at += piece.norm.length;
    }
    const mark = (from: number, length: number) => {
      const first = pieces[lastIndexAtOrBefore(starts, from)]!;
      const last = pieces[lastIndexAtOrBefore(starts, from + length - 1)]!;
      ranges.push([first.start, last.end]);
    };
    for (const term of terms) {
      if (isUnspacedTerm(term)) {
        for (let i = normalized.indexOf(term); i >= 0; i = normalized.indexOf(term, i + 1)) mark(i, term.length);
      } else if (normalized.startsWith(term)) {
        mark(0, term.length);
      } else {
        const article = ARABIC_ARTICLE.exec(normalized)?.[0];
        if (article && normalized.startsWith(term, article.length)) mark(article.length, term.length);
      }
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}

function lastIndexAtOrBefore(starts: number[], position: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (starts[mid]! <= position) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
