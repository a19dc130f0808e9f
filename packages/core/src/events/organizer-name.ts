import type { Language } from '../i18n/languages.js';
import type { OrganizerRole } from './forum-event.js';
import type { EventVocabulary } from './vocabulary.js';

/** Names for the codes an organiser may carry; without them the code itself is shown. */
export interface OrganizerNames {
  sectorName?: (code: string) => string;
  officeName?: (code: string) => string;
}

/**
 * An organiser's name: the NGO's own name for host NGOs (in `language`, falling back like
 * pickText), the role's name otherwise; `countryName` names National Commissions, `names`
 * programme sectors and field offices.
 */
export function organizerName(
  organizer: { role: OrganizerRole; name?: Partial<Record<Language, string>>; country?: string; sector?: string; office?: string },
  vocabulary: EventVocabulary,
  language: Language,
  countryName: (code: string) => string = (code) => code,
  { sectorName = (code) => code, officeName }: OrganizerNames = {},
): string {
  if (organizer.role === 'host-ngo' && organizer.name) {
    for (const candidate of [language, 'en', 'fr', 'es', 'ar', 'ru', 'zh'] as const) {
      const text = organizer.name[candidate];
      if (text) return text;
    }
  }
  const template = vocabulary.organizerRole[organizer.role];
  if (organizer.country) return template.replace('{country}', countryName(organizer.country));
  if (organizer.sector) return template.replace('{sector}', sectorName(organizer.sector));
  // An office's name already says it is a UNESCO office; without names, the words frame its code.
  if (organizer.office) return officeName ? officeName(organizer.office) : template.replace('{office}', organizer.office);
  return template;
}
