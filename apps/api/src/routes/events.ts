import type { Context, Hono } from 'hono';
import {
  EVENT_VOCABULARIES,
  ICS_MEDIA_TYPE,
  notFoundProblem,
  operations,
  parseEventFeedQuery,
  parseEventQuery,
  pathParamsProblem,
  pickText,
  toICalendar,
  type Language,
} from '@ngo-liaison/core';
import { COUNTRIES } from '@ngo-liaison/core/reference';
import { respondWithEtag } from '../http/conditional-get.js';
import { problemResponse } from '../http/problem-response.js';
import { readLanguage } from '../http/read-language.js';
import { RenderedCache } from '../http/rendered-cache.js';
import { canonicalQuery, revisionEtag } from '../http/revision-etag.js';
import { routePath } from '../http/route-path.js';
import type { Storage } from '../storage/storage.js';

export interface EventRouteOptions {
  /**
   * Right-hand side of iCalendar UIDs. It must not change once calendars have subscribed
   * (a new UID is a new event to them), so it is a setting, not the request's Host.
   */
  uidDomain?: string;
}

const countries = new Map(COUNTRIES.map((country) => [country.code, country]));
const countryName = (code: string, language: Language) => pickText(countries.get(code)?.name, language) || undefined;

/** Hono's path for `{id}.ics`: a slug followed by the extension, matched before `{id}`. */
const ICS_ID_PATH = routePath(operations.getEventIcs.path).replace(':id.ics', ':file{[a-z0-9-]+\\.ics}');

function calendarResponse(c: Context, body: string, disposition: string): Response {
  return c.body(body, 200, {
    'content-type': ICS_MEDIA_TYPE,
    'content-disposition': disposition,
  });
}

export function eventRoutes(app: Hono, storage: Storage, { uidDomain = 'ngo-liaison' }: EventRouteOptions = {}): void {
  // Calendar clients poll the same few feeds: each rendering is kept for its revision and query.
  const feeds = new RenderedCache();

  app.get(routePath(operations.listEvents.path), async (c) => {
    const query = parseEventQuery(new URL(c.req.url).searchParams);
    const tag = revisionEtag(await storage.events.revision(), 'list', canonicalQuery(query));
    return respondWithEtag(c, tag, async () => c.json(await storage.events.list(query)));
  });

  // A subscription feed: calendar clients (webcal:// becomes http(s)://) poll it with If-None-Match.
  app.get(routePath(operations.eventsFeed.path), async (c) => {
    const query = parseEventFeedQuery(new URL(c.req.url).searchParams);
    const tag = revisionEtag(await storage.events.revision(), 'feed', canonicalQuery(query));
    return respondWithEtag(c, tag, async () => {
      const body = await feeds.get(tag, async () =>
        toICalendar(await storage.events.all(query), {
          uidDomain,
          language: query.lang,
          calendarName: EVENT_VOCABULARIES[query.lang].text.calendarName,
          countryName,
          refreshInterval: 'PT6H',
        }),
      );
      return calendarResponse(c, body, 'inline; filename="ngo-unesco-events.ics"');
    });
  });

  app.get(ICS_ID_PATH, async (c) => {
    const id = (c.req.param('file') ?? '').replace(/\.ics$/, '');
    const language = readLanguage(c);
    if (language instanceof Response) return language;
    const tag = revisionEtag(await storage.events.revision(), 'event.ics', `${id}\n${language}`);
    return respondWithEtag(c, tag, async () => {
      const event = await storage.events.get(id);
      if (!event) return problemResponse(c, notFoundProblem(`No event with id "${id}"`));
      const body = toICalendar([event], { uidDomain, language, countryName });
      return calendarResponse(c, body, `attachment; filename="${id}.ics"`);
    });
  });

  app.get(routePath(operations.getEvent.path), async (c) => {
    const id = c.req.param('id') ?? '';
    const malformed = pathParamsProblem(operations.getEvent, { id });
    if (malformed) return problemResponse(c, malformed);
    const tag = revisionEtag(await storage.events.revision(), 'get', id);
    return respondWithEtag(c, tag, async () => {
      const event = await storage.events.get(id);
      return event ? c.json(event) : problemResponse(c, notFoundProblem(`No event with id "${id}"`));
    });
  });
}
