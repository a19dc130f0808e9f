import type { MeetingsStrings, MeetingsTranslation } from '../internal/translation.js';
import type { OtherLanguage } from '../internal/localize-controller.js';
import { loadOtherAreas } from './load-other-areas.js';

/** One literal import() per language, so each is a chunk of its own. */
const modules: Record<OtherLanguage, () => Promise<{ default: MeetingsStrings }>> = {
  fr: () => import('./fr/meetings.js'),
  ar: () => import('./ar/meetings.js'),
  es: () => import('./es/meetings.js'),
  ru: () => import('./ru/meetings.js'),
  zh: () => import('./zh/meetings.js'),
};

/** Loads a locale's strings for <ngo-meetings>: its own area and the shared ones (loading, errors). */
export async function loadMeetingsAreas(language: OtherLanguage): Promise<MeetingsTranslation> {
  const [other, meetings] = await Promise.all([loadOtherAreas(language), modules[language]()]);
  return { ...other, ...meetings.default };
}
