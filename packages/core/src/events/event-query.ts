import { ValidationError } from '../errors/validation-error.js';
import { LANGUAGES, type Language } from '../i18n/languages.js';
import { parseListQuery, type ListQuery } from '../query/list-query.js';
import { isPlainDate } from '../calendar/plain-date.js';
import { isTimeZone } from '../calendar/time-zone.js';
import { SECTOR_CODES, UNESCO_REGIONS } from '../schemas/codes.js';
import type { FieldIssue } from '../schemas/problem.js';
import { EVENT_KINDS, EVENT_STATUSES } from './event-constants.js';
import { eventRange, type EventFilter } from './event-match.js';

export interface EventQuery extends EventFilter, ListQuery {}

export interface EventFeedQuery extends EventFilter {
  /** Language of the feed's titles and descriptions. */
  lang: Language;
}

/** The filter's parameters, by name, with how often each may appear. */
export const EVENT_FILTER_PARAMS = {
  from: 'single',
  to: 'single',
  timeZone: 'single',
  kind: 'repeated',
  sector: 'repeated',
  country: 'repeated',
  region: 'repeated',
  status: 'repeated',
  session: 'repeated',
} as const;

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;
const COUNTRY = /^[A-Z]{2}$/;
const SESSION = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function isBound(value: string): boolean {
  return isPlainDate(value) || (INSTANT.test(value) && !Number.isNaN(Date.parse(value)));
}

function readFilter(params: URLSearchParams, issues: FieldIssue[]): EventFilter {
  for (const [name, arity] of Object.entries(EVENT_FILTER_PARAMS)) {
    if (arity === 'single' && params.getAll(name).length > 1) issues.push({ path: name, message: 'must be given at most once' });
  }
  const single = (name: string) => params.get(name) ?? undefined;
  const many = <T extends string>(name: string, allowed: readonly T[] | RegExp, hint: string): T[] => {
    const values = params.getAll(name);
    for (const value of values) {
      const ok = Array.isArray(allowed) ? allowed.includes(value as T) : (allowed as RegExp).test(value);
      if (!ok) issues.push({ path: name, message: `unknown value "${value}"; ${hint}` });
    }
    return [...new Set(values)] as T[];
  };

  const filter: EventFilter = {
    from: single('from'),
    to: single('to'),
    timeZone: single('timeZone'),
    kinds: many('kind', EVENT_KINDS, `allowed: ${EVENT_KINDS.join(', ')}`),
    sectors: many('sector', SECTOR_CODES, `allowed: ${SECTOR_CODES.join(', ')}`),
    countries: many('country', COUNTRY, 'use ISO 3166-1 alpha-2 codes such as "FR"'),
    regions: many('region', UNESCO_REGIONS, `allowed: ${UNESCO_REGIONS.join(', ')}`),
    statuses: many('status', EVENT_STATUSES, `allowed: ${EVENT_STATUSES.join(', ')}`),
    sessions: many('session', SESSION, 'use a session id such as "ngp-212"'),
  };

  if (filter.timeZone !== undefined && !isTimeZone(filter.timeZone)) {
    issues.push({ path: 'timeZone', message: `unknown time zone "${filter.timeZone}"; use an IANA name such as "Europe/Paris"` });
    filter.timeZone = undefined;
  }
  for (const name of ['from', 'to'] as const) {
    const value = filter[name];
    if (value !== undefined && !isBound(value)) {
      issues.push({ path: name, message: 'must be a date such as "2026-12-01" or an ISO 8601 instant such as "2026-12-01T00:00:00Z"' });
      filter[name] = undefined;
    }
  }
  if (filter.from && filter.to) {
    const { fromMs = 0, toMs = 0 } = eventRange(filter);
    if (fromMs > toMs) issues.push({ path: 'from', message: `must not be after to (${filter.to})` });
  }
  return filter;
}

/** Reads `GET /v1/events` parameters strictly: unknown names and values are errors (400). */
export function parseEventQuery(params: URLSearchParams): EventQuery {
  const issues: FieldIssue[] = [];
  let paging: ListQuery = { limit: 20 };
  try {
    paging = parseListQuery(params, Object.keys(EVENT_FILTER_PARAMS));
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    issues.push(...error.issues);
  }
  const filter = readFilter(params, issues);
  if (issues.length) throw new ValidationError(issues, 'Invalid query');
  return { ...filter, ...paging };
}

/** Reads the `.ics` feed's parameters: the same filters plus `lang`, without paging. */
export function parseEventFeedQuery(params: URLSearchParams): EventFeedQuery {
  const issues: FieldIssue[] = [];
  const known = new Set([...Object.keys(EVENT_FILTER_PARAMS), 'lang']);
  for (const key of new Set(params.keys())) {
    if (!known.has(key)) issues.push({ path: key, message: `unknown query parameter; allowed: ${[...known].join(', ')}` });
  }
  const filter = readFilter(params, issues);
  const lang = params.get('lang') ?? 'en';
  if (params.getAll('lang').length > 1) issues.push({ path: 'lang', message: 'must be given at most once' });
  if (!(LANGUAGES as readonly string[]).includes(lang)) issues.push({ path: 'lang', message: `unknown value "${lang}"; allowed: ${LANGUAGES.join(', ')}` });
  if (issues.length) throw new ValidationError(issues, 'Invalid query');
  return { ...filter, lang: lang as Language };
}

