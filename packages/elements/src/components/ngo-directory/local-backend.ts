import { countryGroupingOn, utcDay, type Country, type Organization } from '@ngo-liaison/core';
import { OrganizationIndex, type OrganizationQuery } from '@ngo-liaison/core/search';
import type { ListParams, ResultPage, SearchBackend } from './directory-source.js';

/**
 * The in-memory index over `items` or a `src` export: the same search code as the API, so
 * results, facet counts and cursors match the server's. Loaded only when the directory
 * searches in the browser (a lazy chunk in the CDN build).
 */
export class LocalBackend implements SearchBackend {
  readonly local = true;
  readonly #index: OrganizationIndex;

  /**
   * `countries` (COUNTRIES from the reference module) feed the region and group facets, as
   * membership stands on `today` (the page's today, read here in the browser by default): a
   * state whose withdrawal has taken effect counts for no region and no group.
   */
  constructor(
    organizations: readonly Organization[],
    countries: readonly Pick<Country, 'code' | 'membership' | 'region' | 'electoralGroup'>[] | undefined,
    today: string = utcDay(new Date()),
  ) {
    this.#index = new OrganizationIndex(organizations, countries ? { countries: countryGroupingOn(countries, today) } : {});
  }

  get size(): number {
    return this.#index.size;
  }

  search({ signal: _signal, ...query }: ListParams): ResultPage {
    return this.#index.search(query);
  }

  all(query: OrganizationQuery): readonly Organization[] {
    const { limit: _limit, cursor: _cursor, ...rest } = query;
    return this.#index.searchAll(rest);
  }
}
