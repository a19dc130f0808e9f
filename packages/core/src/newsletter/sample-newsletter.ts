import type { Language } from '../i18n/languages.js';
import { FICTIONAL_ORGANIZATIONS } from '../sample/fictional-organizations.js';
import type { NewsletterSources } from './compose-newsletter.js';

/** The month before `now`'s, `yyyy-mm` (UTC): the issue a fresh database shows in its archive. */
export function previousMonth(now: Date): string {
  const year = now.getUTCFullYear();
  const month = now.getUTCMonth(); // 0-based: the previous month's 1-based number
  return month === 0 ? `${year - 1}-12` : `${year}-${String(month).padStart(2, '0')}`;
}

/**
 * Sources of the sample issue, from fictional records only: a real organisation is never
 * called new or renewed by demo data. Every section has an item so the demo shows them all.
 */
export function sampleNewsletterSources(language: Language): NewsletterSources {
  const name = (index: number): string => {
    const organization = FICTIONAL_ORGANIZATIONS[index % FICTIONAL_ORGANIZATIONS.length]!;
    return organization.name[language] ?? organization.name.en ?? organization.id;
  };
  const id = (index: number): string => FICTIONAL_ORGANIZATIONS[index % FICTIONAL_ORGANIZATIONS.length]!.id;
  return {
    'new-partners': [{ id: id(0), title: name(0), detail: 'Fictional organisation (demonstration data).' }],
    'renewed-partners': [{ id: id(1), title: name(1), detail: 'Fictional organisation (demonstration data).' }],
    actions: [
      { id: 'demo-action-1', title: `${name(2)}: community radio training`, group: 'CI · Africa', detail: 'Fictional action.' },
      { id: 'demo-action-2', title: `${name(0)}: reading circles for adults`, group: 'ED · Africa', detail: 'Fictional action.' },
    ],
    events: [{ id: 'demo-event-1', title: 'Fictional regional NGO forum', detail: 'Demonstration event.' }],
    recommendations: [{ id: 'demo-recommendation-1', title: 'Fictional recommendation on youth participation', detail: 'Follow-up recorded (demonstration).' }],
    consultations: [{ id: 'demo-consultation-1', title: 'Fictional consultation on open educational resources' }],
    'consultation-results': [{ id: 'demo-consultation-0', title: 'Fictional consultation on heritage volunteering: results' }],
  };
}
