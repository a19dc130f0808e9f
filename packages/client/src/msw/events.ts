import { http, HttpResponse, delay as wait, type RequestHandler } from 'msw';
import {
  EVENT_VOCABULARIES,
  ICS_MEDIA_TYPE,
  LANGUAGES,
  filterEvents,
  invalidRequestProblem,
  notFoundProblem,
  operations,
  pageEvents,
  parseEventFeedQuery,
  parseEventQuery,
  pathParamsProblem,
  pickText,
  problemOfError,
  regionIndex,
  toICalendar,
  type ForumEvent,
  type Language,
} from '@ngo-liaison/core';
import { COUNTRIES } from '@ngo-liaison/core/reference';
import { mswPattern, problemResponse } from './responses.js';

const regionOf = regionIndex(COUNTRIES);
const countryNames = new Map(COUNTRIES.map((country) => [country.code, country.name]));
const countryName = (code: string, language: Language) => pickText(countryNames.get(code), language) || undefined;

/** The same UID domain as the reference server, so UIDs match between mock and real feeds. */
const UID_DOMAIN = 'ngo-liaison';

function failure(error: unknown) {
  const problem = problemOfError(error);
  if (problem) return problemResponse(problem);
  throw error;
}

function calendar(body: string, disposition: string) {
  return new HttpResponse(body, { headers: { 'content-type': ICS_MEDIA_TYPE, 'content-disposition': disposition } });
}

/**
 * Handlers for the event operations, answering like the reference server (core does the
 * filtering and paging for both). `events` is read on each request: the hearing handlers add
 * an accepted hearing's event to it, as the server's write adds it to its table.
 */
export function eventHandlers(base: string, events: readonly ForumEvent[], delay: number): RequestHandler[] {
  const eventById = (id: string) => events.find((event) => event.id === id);
  return [
    http.get(mswPattern(base, operations.listEvents.path), async ({ request }) => {
      if (delay) await wait(delay);
      try {
        return HttpResponse.json(pageEvents(events, parseEventQuery(new URL(request.url).searchParams), regionOf));
      } catch (error) {
        return failure(error);
      }
    }),
    http.get(mswPattern(base, operations.eventsFeed.path), async ({ request }) => {
      if (delay) await wait(delay);
      try {
        const query = parseEventFeedQuery(new URL(request.url).searchParams);
        const body = toICalendar(filterEvents(events, query, regionOf), {
          uidDomain: UID_DOMAIN,
          language: query.lang,
          calendarName: EVENT_VOCABULARIES[query.lang].text.calendarName,
          countryName,
          refreshInterval: 'PT6H',
        });
        return calendar(body, 'inline; filename="ngo-unesco-events.ics"');
      } catch (error) {
        return failure(error);
      }
    }),
    // `{id}` and `{id}.ics` share one pattern: msw has no suffix syntax for parameters.
    http.get(mswPattern(base, operations.getEvent.path), async ({ params, request }) => {
      if (delay) await wait(delay);
      const raw = String(params.id);
      if (raw.endsWith('.ics')) {
        const id = raw.slice(0, -4);
        const malformed = pathParamsProblem(operations.getEventIcs, { id });
        if (malformed) return problemResponse(malformed);
        const lang = new URL(request.url).searchParams.get('lang') ?? 'en';
        if (!(LANGUAGES as readonly string[]).includes(lang)) {
          return problemResponse(invalidRequestProblem([{ path: 'lang', message: `must be one of ${LANGUAGES.join(', ')}` }]));
        }
        const event = eventById(id);
        if (!event) return problemResponse(notFoundProblem(`No event with id "${id}"`));
        return calendar(toICalendar([event], { uidDomain: UID_DOMAIN, language: lang as Language, countryName }), `attachment; filename="${id}.ics"`);
      }
      const malformed = pathParamsProblem(operations.getEvent, { id: raw });
      if (malformed) return problemResponse(malformed);
      const event = eventById(raw);
      return event ? HttpResponse.json(event) : problemResponse(notFoundProblem(`No event with id "${raw}"`));
    }),
  ];
}
