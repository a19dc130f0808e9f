import type { ForumThemesStrings, ForumThemesTranslation } from '../internal/translation.js';
import type { OtherLanguage } from '../internal/localize-controller.js';
import { loadOtherAreas } from './load-other-areas.js';

/** One literal import() per language, so each is a chunk of its own. */
const modules: Record<OtherLanguage, () => Promise<{ default: ForumThemesStrings }>> = {
  fr: () => import('./fr/forum-themes.js'),
  ar: () => import('./ar/forum-themes.js'),
  es: () => import('./es/forum-themes.js'),
  ru: () => import('./ru/forum-themes.js'),
  zh: () => import('./zh/forum-themes.js'),
};

/** Loads a locale's strings for <ngo-forum-themes>: its own area and the shared ones (loading, errors). */
export async function loadForumThemesAreas(language: OtherLanguage): Promise<ForumThemesTranslation> {
  const [other, themes] = await Promise.all([loadOtherAreas(language), modules[language]()]);
  return { ...other, ...themes.default };
}
