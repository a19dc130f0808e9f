import type { Language } from '../i18n/languages.js';
import { pickLocalized, pickText } from '../i18n/pick-text.js';
import type { ForumEvent } from '../events/forum-event.js';
import { organizerName } from '../events/organizer-name.js';
import type { EventVocabulary } from '../events/vocabulary.js';

/**
 * Plain-text renderings of an event in one language (iCalendar DESCRIPTION and SUMMARY,
 * web calendar links). They take the language's vocabulary, so a browser bundle carries
 * only the language it shows.
 */

function languageNames(codes: readonly string[], language: Language): string {
  let names: Intl.DisplayNames | undefined;
  try {
    names = new Intl.DisplayNames([language], { type: 'language' });
  } catch {
    // Very old runtimes: codes are still readable.
  }
  return codes.map((code) => names?.of(code) ?? code).join(', ');
}

/** Plain-text summary of an event, paragraph by paragraph. */
export function eventPlainText(
  event: ForumEvent,
  vocabulary: EventVocabulary,
  language: Language,
  countryName: (code: string) => string = (code) => code,
): string {
  const t = vocabulary.text;
  const paragraphs: string[] = [vocabulary.kind[event.kind]];
  const theme = pickText(event.theme, language);
  if (theme) paragraphs.push(`${t.theme}: ${theme}`);
  const description = pickText(event.description, language);
  if (description) paragraphs.push(description);
  if (event.organizers.length) {
    paragraphs.push(`${t.organizers}: ${event.organizers.map((o) => organizerName(o, vocabulary, language, countryName)).join('; ')}`);
  }
  if (event.languages.length) paragraphs.push(`${t.languages}: ${languageNames(event.languages, language)}`);
  const registration = event.registration;
  if (registration?.url || registration?.deadline) {
    const deadline = registration.deadline
      ? `${t.deadline}: ${new Intl.DateTimeFormat(language, {
          year: 'numeric',
          month: 'long',
          day: 'numeric',
          hour: '2-digit',
          minute: '2-digit',
          timeZone: event.when.timeZone ?? 'UTC',
          timeZoneName: 'short',
        }).format(Date.parse(registration.deadline))}`
      : '';
    paragraphs.push(`${t.registration}: ${[registration.url, deadline].filter(Boolean).join(' — ')}`);
  }
  if (event.provenance.fictional) paragraphs.push(t.fictional);
  if (event.provenance.sourceUrls.length) paragraphs.push(`${t.sources}: ${event.provenance.sourceUrls.join(' ')}`);
  return paragraphs.join('\n\n');
}

/** The title as calendars show it: cancelled and postponed events say so up front. */
export function eventSummary(event: ForumEvent, vocabulary: EventVocabulary, language: Language): { text: string; lang: Language } {
  const title = pickLocalized(event.title, language) ?? { text: event.id, lang: language };
  if (event.status === 'cancelled' || event.status === 'postponed') {
    return { text: `${vocabulary.status[event.status]}: ${title.text}`, lang: language };
  }
  return title;
}

/** Where an event takes place, in one line ("Hall 1, Dakar, Senegal, Online: https://…"). */
export function eventPlaceText(
  event: ForumEvent,
  vocabulary: EventVocabulary,
  language: Language,
  countryName: (code: string) => string,
  { withUrl = true } = {},
): string {
  const { location } = event;
  if (!location) return '';
  const parts: string[] = [];
  if (location.mode !== 'online') {
    const venue = pickText(location.venue, language);
    const city = pickText(location.city, language);
    if (venue) parts.push(venue);
    if (city) parts.push(city);
    parts.push(countryName(location.country));
  }
  if (location.mode !== 'in-person') {
    const online = vocabulary.attendance.online;
    parts.push(withUrl && location.url ? `${online}: ${location.url}` : online);
  }
  return parts.join(', ');
}
