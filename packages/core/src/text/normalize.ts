/*
 * Marks removed after NFKD: Latin/Greek/Cyrillic diacritics (and their extensions), Hebrew
 * points, Arabic harakat, hamza above/below, superscript alef, Quranic marks and tatweel.
 * Only these ranges: stripping every \p{M} would destroy Devanagari, Thai or Kana
 * (their vowel signs and voicing marks are letters in all but name).
 */
const MARKS =
  // eslint-disable-next-line no-misleading-character-class -- a class of combining marks, on purpose
  /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7\u064b-\u065f\u0670\u06d6-\u06ed\u0640]/g;

/** Letters that NFKD leaves alone but people type without: ß→ss, œ→oe, ł→l, ى→ي, ة→ه … */
const FOLD: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ł: 'l',
  ı: 'i',
  þ: 'th',
  ё: 'е',
  ς: 'σ',
  ٱ: 'ا',
  ى: 'ي',
  ی: 'ي',
  ک: 'ك',
  ة: 'ه',
};
const FOLDABLE = /[ßæœøđðłıþёςٱىیکة\u0660-\u0669\u06f0-\u06f9]/g;

function foldChar(char: string): string {
  const code = char.charCodeAt(0);
  // Arabic-Indic and Persian digits → ASCII digits, so "١٩٤٦" finds "1946".
  if (code >= 0x0660 && code <= 0x0669) return String(code - 0x0660);
  if (code >= 0x06f0 && code <= 0x06f9) return String(code - 0x06f0);
  return FOLD[char] ?? char;
}

// eslint-disable-next-line no-control-regex -- the ASCII range starts at U+0000
const NON_ASCII = /[^\x00-\x7f]/;
const HAS_FOLDABLE = /[ßæœøđðłıþёςٱىیکة\u0660-\u0669\u06f0-\u06f9]/;
const NON_WORD = /[^\p{L}\p{N}\p{M}]+/gu;
const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/** Everything but the word split: compatibility forms, marks, case, letter folds. */
function fold(input: string): string {
  let text = input.normalize('NFKD').replace(MARKS, '').toLowerCase();
  if (HAS_FOLDABLE.test(text)) text = text.replace(FOLDABLE, foldChar);
  return text.normalize('NFC');
}

/**
 * The one text normaliser for matching and sorting, shared by the browser and the server
 * so both see the same keys: Unicode compatibility forms folded (NFKD), accents, Hebrew
 * points and Arabic vowel marks (harakat, hamza carriers, tatweel) removed, case folded,
 * ё→е, ß→ss, œ→oe and friends, Arabic alef/ya/ta marbuta variants unified, then composed
 * again (NFC, so Hangul and Kana stay whole) and every run of anything that is not a
 * letter or digit collapsed to one space.
 */
export function normalizeText(input: string): string {
  // ASCII needs none of the Unicode steps (and is most of what gets indexed): 3–5× faster.
  if (!NON_ASCII.test(input)) return input.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
  return fold(input).replace(NON_WORD, ' ').trim();
}

/** The words of normalizeText(input), without building the joined string first. */
export function normalizedWords(input: string): string[] {
  if (!NON_ASCII.test(input)) return input.toLowerCase().match(/[a-z0-9]+/g) ?? [];
  return fold(input).match(WORD) ?? [];
}
