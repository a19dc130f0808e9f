import type { Language } from '../i18n/languages.js';
import { pickText } from '../i18n/pick-text.js';
import type { EventStatus, ForumEvent } from '../events/forum-event.js';
import { organizerName } from '../events/organizer-name.js';
import type { EventVocabulary } from '../events/vocabulary.js';
import { isoWithOffset } from './time-zone.js';

/**
 * schema.org Event JSON-LD, for search engines (Google's Event rich results): name,
 * startDate with its offset, location (Place or VirtualLocation), eventStatus,
 * eventAttendanceMode, organizer, inLanguage. It belongs in the page's light DOM
 * (a `<script type="application/ld+json">`), never in a shadow root.
 */

export interface JsonLdOptions {
  /** The words of the language shown (EVENT_VOCABULARIES[language], or one language's module). */
  vocabulary: EventVocabulary;
  language?: Language;
  /** Page or API URL of an event, for `@id` and `url` when the event has no own `url`. */
  eventUrl?: (event: ForumEvent) => string | undefined;
  countryName?: (code: string, language: Language) => string | undefined;
}

export type JsonLdObject = { [key: string]: JsonLdValue };
type JsonLdValue = string | number | boolean | JsonLdObject | JsonLdValue[];

const SCHEMA = 'https://schema.org/';

const EVENT_STATUS: Record<EventStatus, string> = {
  planned: `${SCHEMA}EventScheduled`,
  confirmed: `${SCHEMA}EventScheduled`,
  postponed: `${SCHEMA}EventPostponed`,
  cancelled: `${SCHEMA}EventCancelled`,
};

const ATTENDANCE = {
  'in-person': `${SCHEMA}OfflineEventAttendanceMode`,
  online: `${SCHEMA}OnlineEventAttendanceMode`,
  hybrid: `${SCHEMA}MixedEventAttendanceMode`,
} as const;

function place(event: ForumEvent, language: Language, countryName: (code: string) => string): JsonLdValue | undefined {
  const { location } = event;
  if (!location) return undefined;
  const virtual: JsonLdObject | undefined =
    location.mode !== 'in-person' && location.url ? { '@type': 'VirtualLocation', url: location.url } : undefined;
  if (location.mode === 'online') return virtual;
  const city = pickText(location.city, language);
  const venue = pickText(location.venue, language);
  const address: JsonLdObject = { '@type': 'PostalAddress', addressCountry: location.country };
  if (city) address.addressLocality = city;
  const physical: JsonLdObject = { '@type': 'Place', name: venue || [city, countryName(location.country)].filter(Boolean).join(', '), address };
  return virtual ? [physical, virtual] : physical;
}

/** One event as a schema.org `Event` object. */
export function toEventJsonLd(event: ForumEvent, options: JsonLdOptions): JsonLdObject {
  const language = options.language ?? 'en';
  const countryName = (code: string) => options.countryName?.(code, language) ?? code;
  const { when } = event;
  const url = event.url ?? options.eventUrl?.(event);
  const data: JsonLdObject = {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: pickText(event.title, language),
    startDate: when.allDay ? when.startDate : isoWithOffset(Date.parse(when.start), when.timeZone),
    // schema.org's endDate is the last day of an all-day event (inclusive), unlike iCalendar's.
    endDate: when.allDay ? when.endDate : isoWithOffset(Date.parse(when.end), when.timeZone),
    eventStatus: EVENT_STATUS[event.status],
  };
  if (url) {
    data['@id'] = url;
    data.url = url;
  }
  const description = [pickText(event.theme, language), pickText(event.description, language)].filter(Boolean).join(' — ');
  if (description) data.description = description;
  if (event.location) data.eventAttendanceMode = ATTENDANCE[event.location.mode];
  const location = place(event, language, countryName);
  if (location) data.location = location;
  if (event.organizers.length) {
    data.organizer = event.organizers.map((organizer) => ({ '@type': 'Organization', name: organizerName(organizer, options.vocabulary, language, countryName) }));
  }
  if (event.languages.length) data.inLanguage = event.languages.length === 1 ? (event.languages[0] as string) : [...event.languages];
  return data;
}

/**
 * Serialises JSON-LD for a `<script type="application/ld+json">`. `<` is escaped (so a
 * title holding `</script>` cannot end the script element), as are `>`, `&` and the two
 * line separators JavaScript once treated as line ends.
 */
export function jsonLdScriptText(data: JsonLdObject | JsonLdObject[]): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
