import type { TrackerStrings, TrackerTranslation } from '../internal/translation.js';
import type { OtherLanguage } from '../internal/localize-controller.js';
import { loadOtherAreas } from './load-other-areas.js';

/** One literal import() per language, so each is a chunk of its own. */
const modules: Record<OtherLanguage, () => Promise<{ default: TrackerStrings }>> = {
  fr: () => import('./fr/tracker.js'),
  ar: () => import('./ar/tracker.js'),
  es: () => import('./es/tracker.js'),
  ru: () => import('./ru/tracker.js'),
  zh: () => import('./zh/tracker.js'),
};

/** Loads a locale's strings for <ngo-recommendation-tracker>: its own area with the shared ones. */
export async function loadTrackerAreas(language: OtherLanguage): Promise<TrackerTranslation> {
  const [others, tracker] = await Promise.all([loadOtherAreas(language), modules[language]()]);
  return { ...others, ...tracker.default };
}
