import type { Language } from '../i18n/languages.js';
import type { SectorCode } from '../schemas/sector.js';
import { normalizeText } from '../text/normalize.js';
import { vocabulary as defaultVocabulary, type Concept, type Vocabulary } from '../vocabulary/vocabulary.js';

/**
 * Matching's view of the controlled vocabulary: turns themes and fields of interest into
 * comparable keys. A concept id (or, for data that predates the vocabulary, a label or synonym
 * in any language) becomes `c:<id>`; anything else becomes `r:<normalised text>`, which
 * matches only the same words.
 */
export interface ThemeVocabulary {
  /** The key of a theme: `c:literacy` for "literacy" (or "Alphabétisation"), `r:puppetry` for an unknown one. */
  keyOf(tag: string): string;
  /** Keys one step away in the hierarchy (the broader concept and the narrower ones). */
  related(key: string): readonly string[];
  /** Sectors whose work the key belongs to (none for unknown tags). */
  sectorsOf(key: string): readonly SectorCode[];
  concept(key: string): Concept | undefined;
  /** The theme's label in `language` when the concept is known; otherwise the tag as written. */
  label(tag: string, language: Language): string;
  /** Keys of every concept that belongs to `sector`. */
  sectorKeys(sector: SectorCode): readonly string[];
}

const key = (id: string) => `c:${id}`;
const idOf = (themeKey: string) => (themeKey.startsWith('c:') ? themeKey.slice(2) : undefined);

export function createThemeVocabulary(vocabulary: Vocabulary = defaultVocabulary()): ThemeVocabulary {
  const keyOf = (tag: string): string => {
    const concept = vocabulary.get(tag) ?? vocabulary.conceptOfTerm(tag);
    return concept ? key(concept.id) : `r:${normalizeText(tag)}`;
  };
  const conceptOf = (themeKey: string) => {
    const id = idOf(themeKey);
    return id === undefined ? undefined : vocabulary.get(id);
  };
  return {
    keyOf,
    related: (themeKey) => vocabulary.related(idOf(themeKey) ?? '').map(key),
    sectorsOf: (themeKey) => conceptOf(themeKey)?.sectors ?? [],
    concept: conceptOf,
    label(tag, language) {
      const concept = conceptOf(keyOf(tag));
      return concept ? concept.labels[language] : tag;
    },
    sectorKeys: (sector) => vocabulary.inSector(sector).map(key),
  };
}

let defaultThemes: ThemeVocabulary | undefined;

/** Matching's view of the curated vocabulary, created on first use. */
export function themeVocabulary(): ThemeVocabulary {
  return (defaultThemes ??= createThemeVocabulary());
}
