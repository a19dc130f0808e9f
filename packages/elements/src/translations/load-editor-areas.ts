import type { EditorStrings, EditorTranslation } from '../internal/translation.js';
import type { OtherLanguage } from '../internal/localize-controller.js';
import { loadOtherAreas } from './load-other-areas.js';

/** One literal import() per language, so each is a chunk of its own. */
const modules: Record<OtherLanguage, () => Promise<{ default: EditorStrings }>> = {
  fr: () => import('./fr/editor.js'),
  ar: () => import('./ar/editor.js'),
  es: () => import('./es/editor.js'),
  ru: () => import('./ru/editor.js'),
  zh: () => import('./zh/editor.js'),
};

/**
 * Loads a locale's strings for the write path: the editor's and the review's own area, with
 * the rest that the reading widgets share (common strings, organisations). Only
 * <ngo-organization-editor> and <ngo-revision-review> use it, so no other bundle carries the
 * editor's chunks.
 */
export async function loadEditorAreas(language: OtherLanguage): Promise<EditorTranslation> {
  const [others, editor] = await Promise.all([loadOtherAreas(language), modules[language]()]);
  return { ...others, ...editor.default };
}
