import type { FormsStrings, FormsTranslation } from '../internal/translation.js';
import type { OtherLanguage } from '../internal/localize-controller.js';
import { loadEditorAreas } from './load-editor-areas.js';

/** One literal import() per language, so each is a chunk of its own. */
const modules: Record<OtherLanguage, () => Promise<{ default: FormsStrings }>> = {
  fr: () => import('./fr/forms.js'),
  ar: () => import('./ar/forms.js'),
  es: () => import('./es/forms.js'),
  ru: () => import('./ru/forms.js'),
  zh: () => import('./zh/forms.js'),
};

/**
 * Loads a locale's strings for <ngo-action-submit> and <ngo-programme-feedback>: their own area
 * with the editor's (the field error messages by code) and the shared ones. Only these two
 * elements use it, so no other bundle carries their chunks.
 */
export async function loadFormsAreas(language: OtherLanguage): Promise<FormsTranslation> {
  const [editor, forms] = await Promise.all([loadEditorAreas(language), modules[language]()]);
  return { ...editor, ...forms.default };
}
