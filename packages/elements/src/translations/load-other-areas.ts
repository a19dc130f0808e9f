import type { OtherAreasTranslation } from '../internal/translation.js';
import type { OtherLanguage } from '../internal/localize-controller.js';

/** One literal import() per language, so each is a chunk of its own. */
const modules: Record<OtherLanguage, () => Promise<{ default: OtherAreasTranslation }>> = {
  fr: () => import('./fr/other-areas.js'),
  ar: () => import('./ar/other-areas.js'),
  es: () => import('./es/other-areas.js'),
  ru: () => import('./ru/other-areas.js'),
  zh: () => import('./zh/other-areas.js'),
};

/**
 * Loads a locale's strings but the event widgets': what the directory, the profile and the
 * programme widgets show. A bundle that uses this loader never carries the event strings.
 */
export function loadOtherAreas(language: OtherLanguage): Promise<OtherAreasTranslation> {
  return modules[language]().then((module) => module.default);
}
