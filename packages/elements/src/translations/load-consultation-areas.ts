import type { ConsultationStrings, ConsultationTranslation } from '../internal/translation.js';
import type { OtherLanguage } from '../internal/localize-controller.js';
import { loadEditorAreas } from './load-editor-areas.js';

/** One literal import() per language, so each is a chunk of its own. */
const modules: Record<OtherLanguage, () => Promise<Record<string, ConsultationStrings>>> = {
  fr: () => import('./fr/consultation.js'),
  ar: () => import('./ar/consultation.js'),
  es: () => import('./es/consultation.js'),
  ru: () => import('./ru/consultation.js'),
  zh: () => import('./zh/consultation.js'),
};

/**
 * Loads a locale's strings for <ngo-consultation>: its own area with the editor's (the field
 * error messages by code, which its error summary shows) and the shared ones. Only this element
 * uses it, so no other bundle carries its chunks.
 */
export async function loadConsultationAreas(language: OtherLanguage): Promise<ConsultationTranslation> {
  const [editor, consultation] = await Promise.all([loadEditorAreas(language), modules[language]()]);
  return { ...editor, ...Object.values(consultation)[0]! };
}
