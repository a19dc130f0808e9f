import type { ForumEvent, Language, EventTerms } from '@ngo-liaison/core';

export interface JsonLdHost extends HTMLElement {
  trackPending(work: Promise<unknown>): void;
}

const SELECTOR = ':scope > script[data-ngo-forum-calendar]';

/**
 * Puts schema.org JSON-LD for `events` into the host's light DOM, where search engines read
 * it (they do not read shadow roots), or removes it when `events` is undefined. The writer
 * is its own chunk, loaded only by pages that ask for JSON-LD; `isCurrent` lets a later call
 * win over an earlier one still loading.
 */
export function syncJsonLd(
  host: JsonLdHost,
  events: readonly ForumEvent[] | undefined,
  language: Language,
  term: (key: keyof EventTerms) => string | undefined,
  countryName: (code: string) => string,
  isCurrent: () => boolean,
): void {
  if (!events) {
    host.querySelector(SELECTOR)?.remove();
    return;
  }
  host.trackPending(
    import('./calendar-jsonld.js').then(({ eventsJsonLd }) => {
      if (!isCurrent()) return;
      const script = host.querySelector<HTMLScriptElement>(SELECTOR) ?? document.createElement('script');
      script.type = 'application/ld+json';
      script.dataset.ngoForumCalendar = '';
      script.textContent = eventsJsonLd(events, language, term, countryName);
      if (!script.isConnected) host.append(script);
    }),
  );
}
