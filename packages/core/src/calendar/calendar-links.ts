import type { Language } from '../i18n/languages.js';
import type { ForumEvent } from '../events/forum-event.js';
import type { EventVocabulary } from '../events/vocabulary.js';
import { addDays } from './plain-date.js';
import { eventPlaceText, eventPlainText, eventSummary } from './event-text.js';

/**
 * "Add to calendar" links for web calendars that cannot open an .ics file. Timed events are
 * sent as UTC instants (both services convert to the user's zone); all-day events as dates
 * with an exclusive end, which is what both services expect — the off-by-one of many
 * add-to-calendar widgets comes from sending the inclusive last day.
 */

export interface CalendarLinkOptions {
  /** The words of the language shown (EVENT_VOCABULARIES[language], or one language's module). */
  vocabulary: EventVocabulary;
  language?: Language;
  countryName?: (code: string, language: Language) => string | undefined;
}

/** `20261014T073000Z`. */
function utcCompact(iso: string): string {
  return new Date(Date.parse(iso)).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** Keeps links usable: browsers and both services cope with a few thousand characters, not more. */
function clip(text: string, max = 1500): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function common(event: ForumEvent, options: CalendarLinkOptions) {
  const language = options.language ?? 'en';
  const { vocabulary } = options;
  const countryName = (code: string) => options.countryName?.(code, language) ?? code;
  return {
    language,
    title: eventSummary(event, vocabulary, language).text,
    details: clip(eventPlainText(event, vocabulary, language, countryName)),
    // The online link is already in the details; the location field stays a place.
    location: event.location?.mode === 'online' ? (event.location.url ?? vocabulary.attendance.online) : eventPlaceText(event, vocabulary, language, countryName, { withUrl: false }),
  };
}

export function googleCalendarUrl(event: ForumEvent, options: CalendarLinkOptions): string {
  const { title, details, location } = common(event, options);
  const { when } = event;
  const dates = when.allDay
    ? `${when.startDate.replace(/-/g, '')}/${addDays(when.endDate, 1).replace(/-/g, '')}`
    : `${utcCompact(when.start)}/${utcCompact(when.end)}`;
  const params = new URLSearchParams({ action: 'TEMPLATE', text: title, dates, details });
  if (location) params.set('location', location);
  // Google shows the times in this zone in its editor; the instants stay the same.
  if (!when.allDay) params.set('ctz', when.timeZone);
  return `https://calendar.google.com/calendar/render?${params}`;
}

/** Outlook on the web: `host` is `outlook.live.com` (personal) or `outlook.office.com` (work, Microsoft 365). */
export function outlookCalendarUrl(
  event: ForumEvent,
  options: CalendarLinkOptions & { host?: 'outlook.live.com' | 'outlook.office.com' },
): string {
  const { title, details, location } = common(event, options);
  const { when } = event;
  const params = new URLSearchParams({ path: '/calendar/action/compose', rru: 'addevent', subject: title, body: details });
  if (when.allDay) {
    params.set('startdt', when.startDate);
    params.set('enddt', addDays(when.endDate, 1));
    params.set('allday', 'true');
  } else {
    params.set('startdt', new Date(Date.parse(when.start)).toISOString().replace(/\.\d{3}/, ''));
    params.set('enddt', new Date(Date.parse(when.end)).toISOString().replace(/\.\d{3}/, ''));
    params.set('allday', 'false');
  }
  if (location) params.set('location', location);
  return `https://${options.host ?? 'outlook.live.com'}/calendar/0/deeplink/compose?${params}`;
}
