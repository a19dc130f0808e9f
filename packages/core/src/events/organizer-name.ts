import type { Language } from '../i18n/languages.js';
import type { OrganizerRole } from './forum-event.js';
import type { EventVocabulary } from './vocabulary.js';

/**
 * An organiser's name: the NGO's own name for host NGOs (in `language`, falling back like
 * pickText), the role's name otherwise; `countryName` names National Commissions.
 */
export function organizerName(
  organizer: { role: OrganizerRole; name?: Partial<Record<Language, string>>; country?: string },
  vocabulary: EventVocabulary,
  language: Language,
  countryName: (code: string) => string = (code) => code,
): string {
  if (organizer.role === 'host-ngo' && organizer.name) {
    for (const candidate of [language, 'en', 'fr', 'es', 'ar', 'ru', 'zh'] as const) {
      const text = organizer.name[candidate];
      if (text) return text;
    }
  }
  const template = vocabulary.organizerRole[organizer.role];
  return organizer.country ? template.replace('{country}', countryName(organizer.country)) : template;
}
