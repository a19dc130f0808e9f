import type { Translation } from '../internal/translation.js';
import type { OtherLanguage } from '../internal/localize-controller.js';

/** One literal import() per language, so each locale is a chunk of its own. */
const modules: Record<OtherLanguage, () => Promise<{ default: Translation }>> = {
  fr: () => import('./fr.js'),
  ar: () => import('./ar.js'),
  es: () => import('./es.js'),
  ru: () => import('./ru.js'),
  zh: () => import('./zh.js'),
};

/**
 * Loads every string of a locale: what the event widgets (calendar, event card, event detail)
 * show, with the common strings.
 */
export function loadEveryArea(language: OtherLanguage): Promise<Translation> {
  return modules[language]().then((module) => module.default);
}
