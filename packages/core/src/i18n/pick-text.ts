import type { Language } from './languages.js';
import type { LocalizedText, PartialLocalizedText } from '../schemas/localized-text.js';

/**
 * Display fallback order: the requested language, then English, then French (UNESCO's
 * working languages, always present on a valid LocalizedText), then any other language
 * in a fixed order so the result never depends on object key order.
 */
const FALLBACK: readonly Language[] = ['en', 'fr', 'es', 'ar', 'ru', 'zh'];

export interface PickedText {
  text: string;
  /** The language the text is actually in: set `lang` on the element that shows it. */
  lang: Language;
}

export function pickLocalized(
  value: LocalizedText | PartialLocalizedText | undefined,
  language: Language,
): PickedText | undefined {
  if (!value) return undefined;
  for (const candidate of [language, ...FALLBACK]) {
    const text = value[candidate];
    if (text) return { text, lang: candidate };
  }
  return undefined;
}

/** Like pickLocalized, but returns only the string ('' when there is none). */
export function pickText(value: LocalizedText | PartialLocalizedText | undefined, language: Language): string {
  return pickLocalized(value, language)?.text ?? '';
}
