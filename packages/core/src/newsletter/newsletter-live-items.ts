import type { Consultation } from '../consultations/consultation.js';
import { isAudiencePublic } from '../consultations/consultation-rules.js';
import type { Language } from '../i18n/languages.js';
import { pickText } from '../i18n/pick-text.js';
import type { Recommendation } from '../recommendations/recommendation.js';
import type { NewsletterItem } from './newsletter.js';

/** The instants a month `yyyy-mm` covers: [start, end) in UTC. */
export function monthWindow(month: string): { start: number; end: number } {
  const [year, number] = month.split('-').map(Number) as [number, number];
  return { start: Date.UTC(year, number - 1, 1), end: Date.UTC(year, number, 1) };
}

const within = (instant: string, { start, end }: { start: number; end: number }) => {
  const at = Date.parse(instant);
  return at >= start && at < end;
};

const shortText = (text: string, max = 160) => (text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`);

/**
 * A month's consultations as the issue tells them: those still open when the issue goes out
 * (opened before the month ended, closing after), and those whose owner published the results
 * in the month. Only public audiences: a consultation for a list of organisations or a sector's
 * experts is not announced to everyone (outsiders must not learn it exists).
 */
export function consultationNewsletterItems(
  consultations: readonly Consultation[],
  month: string,
  language: Language,
): { consultations: NewsletterItem[]; 'consultation-results': NewsletterItem[] } {
  const window = monthWindow(month);
  const announced = consultations.filter((c) => isAudiencePublic(c.audience)).sort((a, b) => a.closesAt.localeCompare(b.closesAt) || a.id.localeCompare(b.id));
  const item = (c: Consultation, date: string): NewsletterItem => ({ id: c.id, title: shortText(pickText(c.title, language), 300), detail: date.slice(0, 10) });
  return {
    consultations: announced.filter((c) => Date.parse(c.opensAt) < window.end && Date.parse(c.closesAt) >= window.end).map((c) => item(c, c.closesAt)),
    'consultation-results': announced.flatMap((c) => (c.resultsPublishedAt !== undefined && within(c.resultsPublishedAt, window) ? [item(c, c.resultsPublishedAt)] : [])),
  };
}

/** The recommendations recorded in the month: their reference (when they have one) and the start of their text. */
export function recommendationNewsletterItems(recommendations: readonly Recommendation[], month: string, language: Language): NewsletterItem[] {
  const window = monthWindow(month);
  return recommendations
    .filter((r) => within(r.recordedAt, window))
    .sort((a, b) => a.recordedAt.localeCompare(b.recordedAt) || a.id.localeCompare(b.id))
    .map((r) => ({
      id: r.id,
      title: shortText(pickText(r.text, language)),
      ...(r.reference === undefined ? {} : { group: r.reference }),
      detail: r.recordedAt.slice(0, 10),
    }));
}
