import { countryGroupingOn, utcDay, type Country, type Organization } from '@ngo-liaison/core';
import { buildOrganizationIndexInSlices, type OrganizationIndex, type OrganizationQuery } from '@ngo-liaison/core/search';
import { timeSlices } from '../../internal/yield-to-main.js';
import type { ListParams, ResultPage, SearchBackend } from './directory-source.js';

/**
 * The in-memory index over `items` or a `src` export: the same search code as the API, so
 * results, facet counts and cursors match the server's. Loaded only when the directory
 * searches in the browser (a lazy chunk in the CDN build).
 */
/** Organisations indexed between two looks at the clock (a few milliseconds' work). */
export const BUILD_STEP = 10;

export class LocalBackend implements SearchBackend {
  readonly local = true;
  readonly #index: OrganizationIndex;

  private constructor(index: OrganizationIndex) {
    this.#index = index;
  }

  /**
   * Builds the index in slices of a few milliseconds, yielding to the browser between them, so that a directory of
   * 10,000 never blocks the page (no worker: a strict CSP forbids blob workers).
   * `countries` (COUNTRIES from the reference module) feed the region and group facets, as
   * membership stands on `today` (the page's today, read here in the browser by default): a
   * state whose withdrawal has taken effect counts for no region and no group.
   */
  static async build(
    organizations: readonly Organization[],
    countries: readonly Pick<Country, 'code' | 'membership' | 'region' | 'electoralGroup'>[] | undefined,
    { today = utcDay(new Date()), signal }: { today?: string; signal?: AbortSignal } = {},
  ): Promise<LocalBackend> {
    const options = countries ? { countries: countryGroupingOn(countries, today) } : {};
    return new LocalBackend(await buildOrganizationIndexInSlices(organizations, { ...options, ...timeSlices(), step: BUILD_STEP, ...(signal ? { signal } : {}) }));
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
