import type { Organization } from '@ngo-liaison/core';
import { OrganizationIndex, type CountryGrouping, type OrganizationQuery } from '@ngo-liaison/core/search';
import type { ListParams, ResultPage, SearchBackend } from './directory-source.js';

/**
 * The in-memory index over `items` or a `src` export: the same search code as the API, so
 * results, facet counts and cursors match the server's. Loaded only when the directory
 * searches in the browser (a lazy chunk in the CDN build).
 */
export class LocalBackend implements SearchBackend {
  readonly local = true;
  readonly #index: OrganizationIndex;

  /** `countries` (COUNTRIES from the reference module) feed the region and group facets. */
  constructor(organizations: readonly Organization[], countries: readonly CountryGrouping[] | undefined) {
    this.#index = new OrganizationIndex(organizations, countries ? { countries } : {});
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
