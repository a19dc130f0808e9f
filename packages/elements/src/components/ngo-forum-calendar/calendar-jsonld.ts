import { EN_EVENT_VOCABULARY, jsonLdScriptText, toEventJsonLd, vocabularyFromTerms, type EventTerms, type ForumEvent, type Language } from '@ngo-liaison/core';

/** schema.org JSON-LD of the events shown; its own chunk, loaded only with the `jsonld` attribute. */
export function eventsJsonLd(
  events: readonly ForumEvent[],
  language: Language,
  term: (key: keyof EventTerms) => string,
  countryName: (code: string) => string,
): string {
  const vocabulary = vocabularyFromTerms(term, EN_EVENT_VOCABULARY);
  return jsonLdScriptText(events.map((event) => toEventJsonLd(event, { language, vocabulary, countryName })));
}
