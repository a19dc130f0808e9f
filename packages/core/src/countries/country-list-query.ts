import type { PlainDate } from '../calendar/plain-date.js';
import { isoDate, parseFilters } from '../programmes/query-params.js';
import type { Country } from '../schemas/country.js';
import { membersOn } from './membership.js';

/** Query of `GET /v1/countries`: the day whose members to list (`on`); absent, the caller's today. */
export interface CountryListQuery {
  on?: PlainDate;
}

/**
 * Reads `?on=YYYY-MM-DD` strictly (the server and the msw handlers share it): a bad date, a
 * repeated `on` or any other parameter is a ValidationError naming the parameter.
 */
export function parseCountryListQuery(params: URLSearchParams): CountryListQuery {
  const { on } = parseFilters(params, { on: isoDate }, { paged: false });
  return on?.[0] ? { on: on[0] } : {};
}

/** The countries list for a day: its Member States and Associate Members, in the order given. */
export function countryListOn<C extends Pick<Country, 'membership'>>(countries: readonly C[], day: PlainDate): { items: C[]; nextCursor: null; total: number } {
  const items = membersOn(countries, day);
  return { items, nextCursor: null, total: items.length };
}
