/**
 * The one text normaliser for matching and sorting, shared by the browser and the server
 * so both see the same keys: Unicode compatibility forms folded (NFKD), accents and Arabic
 * vowel marks (harakat, tatweel) removed, case folded, ё→е, and runs of anything that is
 * not a letter or digit collapsed to one space.
 */
export function normalizeText(input: string): string {
  return input
    .normalize('NFKD')
    .replace(/[\u0300-\u036f\u064b-\u065f\u0670\u06d6-\u06ed\u0640]/g, '')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
