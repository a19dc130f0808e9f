import type { InboxStrings, InboxTranslation } from '../internal/translation.js';
import type { OtherLanguage } from '../internal/localize-controller.js';
import { loadTrackerAreas } from './load-tracker-areas.js';

/** One literal import() per language, so each is a chunk of its own. */
const modules: Record<OtherLanguage, () => Promise<{ default: InboxStrings }>> = {
  fr: () => import('./fr/inbox.js'),
  ar: () => import('./ar/inbox.js'),
  es: () => import('./es/inbox.js'),
  ru: () => import('./ru/inbox.js'),
  zh: () => import('./zh/inbox.js'),
};

/** Loads a locale's strings for <ngo-inbox>: its own area, the tracker's (addressees, statuses) and the shared ones. */
export async function loadInboxAreas(language: OtherLanguage): Promise<InboxTranslation> {
  const [tracker, inbox] = await Promise.all([loadTrackerAreas(language), modules[language]()]);
  return { ...tracker, ...inbox.default };
}
