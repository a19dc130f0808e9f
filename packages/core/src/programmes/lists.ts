import { ValidationError } from '../errors/validation-error.js';
import { decodeCursor, encodeCursor, InvalidCursorError } from '../pagination/cursor.js';
import type { ListQuery } from '../query/list-query.js';
import type { Action } from '../schemas/action.js';
import { FIELD_OFFICE_TYPES, type FieldOffice } from '../schemas/field-office.js';
import type { FocalPoint } from '../schemas/focal-point.js';
import type { Page } from '../schemas/page.js';
import type { Programme } from '../schemas/programme.js';
import { SECTOR_CODES } from '../schemas/sector.js';
import { normalizeText } from '../text/normalize.js';
import type { Coverage } from './field-office-coverage.js';
import { isoDate, oneOf, parseFilters, type FilterSpec, type Filters } from './query-params.js';

/*
 * Filtering and paging of programmes, actions, focal points and field offices, shared by
 * the server and the msw handlers so both answer every query identically. Lists are small
 * (hundreds to thousands of records), so they are filtered in memory after one read.
 */

type Key = (string | number)[];

function compareKeys(a: Key, b: Key, descending: readonly boolean[]): number {
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x !== y) return (x < y ? -1 : 1) * (descending[i] ? -1 : 1);
  }
  return 0;
}

/** Sorts by `keyOf` and returns the page after `cursor` (made by this function for the same `list`). */
export function pageByKey<T>(
  list: string,
  records: readonly T[],
  keyOf: (record: T) => Key,
  { limit, cursor }: ListQuery,
  descending: readonly boolean[] = [],
): Page<T> {
  const entries = records.map((record) => ({ record, key: keyOf(record) })).sort((a, b) => compareKeys(a.key, b.key, descending));
  let start = 0;
  if (cursor) {
    const arity = entries[0]?.key.length ?? descending.length;
    const after = decodeCursor(cursor, list, Math.max(arity, 1));
    if (entries[0] && after.some((part, i) => typeof part !== typeof entries[0]!.key[i])) throw new InvalidCursorError('cursor is malformed');
    start = entries.findIndex((e) => compareKeys(e.key, after, descending) > 0);
    if (start < 0) start = entries.length;
  }
  const rest = entries.slice(start);
  const page = rest.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map((e) => e.record),
    nextCursor: rest.length > limit && last ? encodeCursor(list, last.key) : null,
    total: records.length,
  };
}

const slug: FilterSpec = {
  repeatable: true,
  check: (value) => (/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value) ? undefined : 'must be a lower-case slug id'),
};

const countrySpec = (coverage: Coverage) => oneOf(coverage.countries.map((c) => c.code), 'country code');
const officeSpec = (coverage: Coverage) => oneOf(coverage.fieldOffices.map((o) => o.code), 'field office');

/** True when the office covers one of the countries (or is listed explicitly). */
function concerns(office: string, countries: readonly string[], offices: readonly string[], coverage: Coverage): boolean {
  return offices.includes(office) || countries.some((c) => coverage.countriesCoveredBy(office).includes(c));
}

// Programmes

export type ProgrammeQuery = Filters<'sector' | 'country' | 'fieldOffice'>;

export function parseProgrammeQuery(params: URLSearchParams, coverage: Coverage): ProgrammeQuery {
  return parseFilters(params, { sector: oneOf(SECTOR_CODES, 'sector'), country: countrySpec(coverage), fieldOffice: officeSpec(coverage) });
}

/** Countries a programme concerns: its list, or the coverage of its field offices. */
export function programmeCountries(programme: Programme, coverage: Coverage): string[] {
  return programme.countries.length ? programme.countries : programme.fieldOffices.flatMap((o) => coverage.countriesCoveredBy(o));
}

/**
 * Filters (OR within a parameter, AND across) then pages in title order. A global
 * programme (no countries, no offices) matches no country or office filter.
 */
export function listProgrammes(programmes: readonly Programme[], query: ProgrammeQuery, coverage: Coverage): Page<Programme> {
  const matching = programmes.filter((p) => {
    if (query.sector && !query.sector.includes(p.sector)) return false;
    const countries = programmeCountries(p, coverage);
    if (query.country && !query.country.some((c) => countries.includes(c))) return false;
    if (query.fieldOffice && !query.fieldOffice.some((o) => concerns(o, countries, p.fieldOffices, coverage))) return false;
    return true;
  });
  return pageByKey('programmes', matching, (p) => [normalizeText(p.title.en), p.id], query);
}

// Actions

export type ActionQuery = Filters<'programme' | 'country' | 'fieldOffice' | 'organization' | 'from' | 'to'>;

export function parseActionQuery(params: URLSearchParams, coverage: Coverage, programmeIds: Iterable<string>): ActionQuery {
  const query = parseFilters(params, {
    programme: oneOf(programmeIds, 'programme'),
    country: countrySpec(coverage),
    fieldOffice: officeSpec(coverage),
    organization: slug,
    from: isoDate,
    to: isoDate,
  });
  const from = query.from?.[0];
  const to = query.to?.[0];
  if (from && to && to < from) throw new ValidationError([{ path: 'to', message: `must not be before from (${from})` }], 'Invalid query');
  return query;
}

/**
 * Actions overlapping [from, to], in the given programmes, countries, offices and organisations;
 * newest first. `organization` keeps the actions an organisation carried out; `fieldOffice` those
 * an office carried out, lists, or whose countries it covers.
 */
export function listActions(actions: readonly Action[], query: ActionQuery, coverage: Coverage): Page<Action> {
  const from = query.from?.[0];
  const to = query.to?.[0];
  const matching = actions.filter((a) => {
    const { actor } = a;
    if (query.programme && !query.programme.includes(a.programme)) return false;
    if (query.organization && !(actor.kind === 'organization' && query.organization.includes(actor.organization))) return false;
    if (query.country && !query.country.some((c) => a.countries.includes(c))) return false;
    const offices = actor.kind === 'field-office' ? [actor.fieldOffice, ...(a.fieldOffices ?? [])] : (a.fieldOffices ?? []);
    if (query.fieldOffice && !query.fieldOffice.some((o) => concerns(o, a.countries, offices, coverage))) return false;
    if (from && (a.period.end ?? '9999-12-31') < from) return false;
    if (to && a.period.start > to) return false;
    return true;
  });
  return pageByKey('actions', matching, (a) => [a.period.start, a.id], query, [true, false]);
}

// Focal points

export type FocalPointQuery = Filters<'sector' | 'fieldOffice' | 'programme'>;

export function parseFocalPointQuery(params: URLSearchParams, coverage: Coverage, programmeIds: Iterable<string>): FocalPointQuery {
  return parseFilters(params, { sector: oneOf(SECTOR_CODES, 'sector'), fieldOffice: officeSpec(coverage), programme: oneOf(programmeIds, 'programme') });
}

const SCOPE_ORDER = { sector: 0, 'field-office': 1, programme: 2 } as const;

/** Focal points answering for any of the given sectors, offices or programmes (all when no filter). */
export function listFocalPoints(focalPoints: readonly FocalPoint[], query: FocalPointQuery): Page<FocalPoint> {
  const filtered = Boolean(query.sector || query.fieldOffice || query.programme);
  const matching = focalPoints.filter(({ scope }) => {
    if (!filtered) return true;
    return (
      (scope.kind === 'sector' && (query.sector?.includes(scope.sector) ?? false)) ||
      (scope.kind === 'field-office' && (query.fieldOffice?.includes(scope.fieldOffice) ?? false)) ||
      (scope.kind === 'programme' && (query.programme?.includes(scope.programme) ?? false))
    );
  });
  return pageByKey('focal-points', matching, (f) => [SCOPE_ORDER[f.scope.kind], f.id], query);
}

// Field offices

export type FieldOfficeQuery = Filters<'type' | 'country'>;

export function parseFieldOfficeQuery(params: URLSearchParams, coverage: Coverage): FieldOfficeQuery {
  return parseFilters(params, { type: oneOf(FIELD_OFFICE_TYPES, 'field office type'), country: countrySpec(coverage) });
}

/** Offices of the given types, covering any of the given countries; in code order. */
export function listFieldOffices(coverage: Coverage, query: FieldOfficeQuery): Page<FieldOffice> {
  const matching = coverage.fieldOffices.filter(
    (o) => (!query.type || query.type.includes(o.type)) && (!query.country || query.country.some((c) => o.coverage.includes(c))),
  );
  return pageByKey('field-offices', matching, (o) => [o.code], query);
}
