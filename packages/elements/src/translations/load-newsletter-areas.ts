import type { NewsletterStrings, NewsletterTranslation } from '../internal/translation.js';
import type { OtherLanguage } from '../internal/localize-controller.js';
import { loadOtherAreas } from './load-other-areas.js';

/** One literal import() per language, so each is a chunk of its own. */
const modules: Record<OtherLanguage, () => Promise<Record<string, NewsletterStrings>>> = {
  fr: () => import('./fr/newsletter.js'),
  ar: () => import('./ar/newsletter.js'),
  es: () => import('./es/newsletter.js'),
  ru: () => import('./ru/newsletter.js'),
  zh: () => import('./zh/newsletter.js'),
};

/** Loads a locale's strings for the newsletter widgets: their own area and the shared ones (loading, errors). */
export async function loadNewsletterAreas(language: OtherLanguage): Promise<NewsletterTranslation> {
  const [other, newsletter] = await Promise.all([loadOtherAreas(language), modules[language]()]);
  return { ...other, ...Object.values(newsletter)[0]! };
}
