import {
  EN_EVENT_VOCABULARY,
  googleCalendarUrl,
  outlookCalendarUrl,
  vocabularyFromTerms,
  writeICalendar,
  type EventTerms,
  type ForumEvent,
  type Language,
} from '@ngo-liaison/core';

/*
 * "Add to calendar" links, loaded when an event's details are first shown (its own chunk:
 * the iCalendar writer is not needed to browse the calendar).
 */

export interface ActionLinks {
  /** The server's .ics download, or a file made here (a blob: URL to revoke with `dispose`). */
  ics: string;
  google: string;
  outlook: string;
  office: string;
  dispose(): void;
}

export interface ActionOptions {
  language: Language;
  /** UI terms of the language shown (the element's translation). */
  term: (key: keyof EventTerms) => string;
  countryName: (code: string) => string;
  /** The server's `.ics` for this event, when there is an API. */
  serverIcs?: string | undefined;
}

export function actionLinks(event: ForumEvent, options: ActionOptions): ActionLinks {
  const vocabulary = vocabularyFromTerms(options.term, EN_EVENT_VOCABULARY);
  const links = { language: options.language, vocabulary, countryName: options.countryName };
  let ics = options.serverIcs;
  let blob: string | undefined;
  if (!ics) {
    const text = writeICalendar([event], { uidDomain: 'ngo-liaison', language: options.language, vocabulary, countryName: options.countryName });
    ics = blob = URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }));
  }
  return {
    ics,
    google: googleCalendarUrl(event, links),
    outlook: outlookCalendarUrl(event, links),
    office: outlookCalendarUrl(event, { ...links, host: 'outlook.office.com' }),
    dispose: () => {
      if (blob) URL.revokeObjectURL(blob);
    },
  };
}
