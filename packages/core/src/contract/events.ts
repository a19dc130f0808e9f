import { LANGUAGES } from '../i18n/languages.js';
import { UNESCO_REGIONS } from '../schemas/country.js';
import { SECTOR_CODES } from '../schemas/sector.js';
import { EVENT_KINDS, EVENT_STATUSES, ForumEvent, ForumEventId } from '../events/forum-event.js';
import type { Operation, QueryParameter } from './operations.js';
import { pagingQuery } from './paging-query.js';
import { PATHS } from './paths.js';
import { EventPage } from '../events/event-page.js';

export { EventPage } from '../events/event-page.js';

const repeated = (description: string, values: readonly string[] | null, pattern?: string): QueryParameter => ({
  description: `${description} Repeat the parameter for several values (any of them matches).`,
  schema: { type: 'array', items: values ? { type: 'string', enum: [...values] } : { type: 'string', pattern } },
});

/** Filters shared by the list and the feed: the feed honours exactly what the list does. */
export const eventFilterQuery = {
  from: {
    description:
      'Events still going on at or after this moment: a date (`2026-12-01`, from the start of that day in `timeZone`) or an ISO 8601 instant. Must not be after `to`.',
    schema: { type: 'string' },
  },
  to: {
    description: 'Events starting before this moment: a date (`2026-12-31`, to the end of that day in `timeZone`) or an ISO 8601 instant (exclusive).',
    schema: { type: 'string' },
  },
  timeZone: {
    description: 'IANA zone that gives `from`/`to` dates their meaning, e.g. `Asia/Kolkata` (default `UTC`). All-day events match by their dates.',
    schema: { type: 'string', default: 'UTC' },
  },
  kind: repeated('Event kind.', EVENT_KINDS),
  sector: repeated('UNESCO programme sector.', SECTOR_CODES),
  country: repeated(
    'ISO 3166-1 alpha-2 code of the host country, a Member State taking part, or a National Commission organising.',
    null,
    '^[A-Z]{2}$',
  ),
  region: repeated('UNESCO region of any of those countries.', UNESCO_REGIONS),
  status: repeated('Event status.', EVENT_STATUSES),
  session: repeated('Id of the governing-body session the events are part of (see `/v1/sessions`).', null, '^[a-z0-9]+(?:-[a-z0-9]+)*$'),
} satisfies Record<string, QueryParameter>;

const ICS = 'text/calendar';

export const eventOperations = {
  listEvents: {
    method: 'get',
    path: PATHS.listEvents,
    summary: 'List events',
    description:
      'A page of events of the NGO–UNESCO dialogue (conferences, forums, NGP sessions, debates, hearings, consultations, GC NGO space, NatCom meetings) in start order.',
    tags: ['events'],
    query: { ...eventFilterQuery, ...pagingQuery },
    response: EventPage,
    errors: [400],
  },
  getEvent: {
    method: 'get',
    path: PATHS.getEvent,
    summary: 'Get one event',
    tags: ['events'],
    pathParams: { id: ForumEventId },
    response: ForumEvent,
    errors: [400, 404],
  },
  eventsFeed: {
    method: 'get',
    path: PATHS.eventsFeed,
    summary: 'iCalendar feed of events',
    description:
      'Every event matching the filters as an RFC 5545 calendar to subscribe to (`webcal://` works). Stable UIDs, SEQUENCE bumped on each change, times in the event’s zone with VTIMEZONE.',
    tags: ['events'],
    query: {
      ...eventFilterQuery,
      lang: { description: 'Language of titles and descriptions.', schema: { type: 'string', enum: [...LANGUAGES], default: 'en' } },
    },
    produces: ICS,
    errors: [400],
  },
  getEventIcs: {
    method: 'get',
    path: PATHS.getEventIcs,
    summary: 'One event as an .ics file',
    description: 'A download (Content-Disposition: attachment) for "add to calendar".',
    tags: ['events'],
    pathParams: { id: ForumEventId },
    query: { lang: { description: 'Language of the title and description.', schema: { type: 'string', enum: [...LANGUAGES], default: 'en' } } },
    produces: ICS,
    errors: [400, 404],
  },
} as const satisfies Record<string, Operation>;
