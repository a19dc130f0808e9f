import type { Language } from '../i18n/languages.js';
import type { SectorCode } from '../schemas/sector.js';
import { normalizeText } from '../text/normalize.js';
import { THEME_CONCEPTS, type ThemeConcept } from './theme-concepts.js';

const LABEL_INDEX: Record<Language, number> = { en: 0, fr: 1, es: 2, ar: 3, ru: 4, zh: 5 };

/**
 * Thematic vocabulary: turns free tags in any language into comparable keys. A tag the
 * synonym map knows becomes `c:<concept>`; any other tag becomes `r:<normalised text>`, which
 * matches only the same words (so unknown tags still match each other exactly).
 */
export interface ThemeVocabulary {
  /** The key of a tag: `c:literacy` for "Alphabétisation", `r:puppetry` for an unknown tag. */
  keyOf(tag: string): string;
  /** Keys one step away in the hierarchy (the broader concept and the narrower ones). */
  related(key: string): readonly string[];
  /** Sectors whose work the key belongs to (none for unknown tags). */
  sectorsOf(key: string): readonly SectorCode[];
  concept(key: string): ThemeConcept | undefined;
  /** The tag's label in `language` when the concept is known; otherwise the tag as written. */
  label(tag: string, language: Language): string;
  /** Keys of every concept that belongs to `sector`. */
  sectorKeys(sector: SectorCode): readonly string[];
}

export function createThemeVocabulary(concepts: readonly ThemeConcept[] = THEME_CONCEPTS): ThemeVocabulary {
  const byTerm = new Map<string, string>();
  const byKey = new Map<string, ThemeConcept>();
  const related = new Map<string, string[]>();
  const bySector = new Map<SectorCode, string[]>();

  for (const concept of concepts) {
    const key = `c:${concept.id}`;
    if (byKey.has(key)) throw new Error(`theme concept "${concept.id}" is defined twice`);
    byKey.set(key, concept);
    for (const term of [...concept.labels, ...(concept.terms ?? [])]) {
      const normal = normalizeText(term);
      const owner = byTerm.get(normal);
      // One term, one concept: an ambiguous synonym would make matches unexplainable.
      if (owner && owner !== key) throw new Error(`term "${term}" belongs to both ${owner} and ${key}`);
      byTerm.set(normal, key);
    }
    for (const sector of concept.sectors) (bySector.get(sector) ?? bySector.set(sector, []).get(sector)!).push(key);
  }
  for (const concept of concepts) {
    if (!concept.broader) continue;
    const key = `c:${concept.id}`;
    const broader = `c:${concept.broader}`;
    if (!byKey.has(broader)) throw new Error(`theme concept "${concept.id}" has an unknown broader concept "${concept.broader}"`);
    (related.get(key) ?? related.set(key, []).get(key)!).push(broader);
    (related.get(broader) ?? related.set(broader, []).get(broader)!).push(key);
  }

  const keyOf = (tag: string): string => {
    const normal = normalizeText(tag);
    const known =
      byTerm.get(normal) ??
      // Simple English/French/Spanish plurals: "museum" and "museums" are one theme.
      (normal.endsWith('s') ? byTerm.get(normal.slice(0, -1)) : byTerm.get(`${normal}s`));
    return known ?? `r:${normal}`;
  };

  return {
    keyOf,
    related: (key) => related.get(key) ?? [],
    sectorsOf: (key) => byKey.get(key)?.sectors ?? [],
    concept: (key) => byKey.get(key),
    label(tag, language) {
      const concept = byKey.get(keyOf(tag));
      return concept ? concept.labels[LABEL_INDEX[language]]! : tag;
    },
    sectorKeys: (sector) => bySector.get(sector) ?? [],
  };
}

let defaultVocabulary: ThemeVocabulary | undefined;

/** The vocabulary built from the curated concepts, created on first use. */
export function themeVocabulary(): ThemeVocabulary {
  return (defaultVocabulary ??= createThemeVocabulary());
}
