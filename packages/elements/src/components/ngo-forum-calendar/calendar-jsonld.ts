import { EN_EVENT_VOCABULARY, eventTerms, jsonLdScriptText, toEventJsonLd, vocabularyFromTerms, type EventTerms, type ForumEvent, type Language } from '@ngo-liaison/core';

/** schema.org JSON-LD of the events shown; its own chunk, loaded only with the `jsonld` attribute. */
export function eventsJsonLd(
  events: readonly ForumEvent[],
  language: Language,
  /** The calendar's strings; undefined for the detail words its English leaves to the detail view. */
  term: (key: keyof EventTerms) => string | undefined,
  countryName: (code: string) => string,
): string {
  const english = eventTerms(EN_EVENT_VOCABULARY);
  const vocabulary = vocabularyFromTerms((key) => term(key) ?? english[key], EN_EVENT_VOCABULARY);
  return jsonLdScriptText(events.map((event) => toEventJsonLd(event, { language, vocabulary, countryName })));
}
