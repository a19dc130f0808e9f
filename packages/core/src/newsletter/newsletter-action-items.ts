import type { Language } from '../i18n/languages.js';
import { pickText } from '../i18n/pick-text.js';
import type { SubmittedAction } from '../action-writes/action-submission.js';
import type { NewsletterItem } from './newsletter.js';

/** Names the newsletter needs for actions, in the language (the caller reads them from its data). */
export interface ActionNames {
  /** The organisation's or field office's name. */
  actor(action: SubmittedAction['action']): string;
  /** The name of the sector the action's programme belongs to, if known. */
  sector(programme: string): string | undefined;
  /** The names of the UNESCO regions of the action's countries (none when unknown). */
  regions(countries: readonly string[]): string[];
}

/**
 * The actions published in the month — by NGOs after their sector's review, by field offices at
 * once — filed under their sector and region ("Education Sector · Africa"), groups in order,
 * then by title.
 */
export function actionNewsletterItems(submissions: readonly SubmittedAction[], month: string, language: Language, names: ActionNames): NewsletterItem[] {
  return submissions
    .filter((submission) => submission.state === 'published' && (submission.decidedAt ?? submission.submittedAt).slice(0, 7) === month)
    .map((submission) => {
      const { action } = submission;
      const group = [names.sector(action.programme), [...new Set(names.regions(action.countries))].join(', ')].filter((part) => part).join(' · ');
      const title = `${names.actor(action)}: ${pickText(action.title, language)}`;
      const item: NewsletterItem = { id: action.id, title: title.length <= 300 ? title : `${title.slice(0, 299)}…`, detail: action.period.start };
      return group ? { ...item, group } : item;
    })
    .sort((a, b) => (a.group ?? '').localeCompare(b.group ?? '') || a.title.localeCompare(b.title) || a.id.localeCompare(b.id));
}
