import type { ExpertDesignation } from '../schemas/expert-designation.js';
import type { Page } from '../schemas/page.js';
import type { SectorCode } from '../schemas/sector.js';
import { pageByKey } from '../programmes/lists.js';
import { parseFilters, type Filters } from '../programmes/query-params.js';

/*
 * A sector's designated experts, shared by the server and the msw handlers. Designations are
 * few (tens per sector): filtered in memory.
 */

export type ExpertDesignationQuery = Filters<never>;

/** `?limit=&cursor=`; nothing else. */
export function parseExpertDesignationQuery(params: URLSearchParams): ExpertDesignationQuery {
  return parseFilters(params, {});
}

/** The sector's designations, the latest first (ties by id). */
export function listExpertDesignations(
  designations: readonly ExpertDesignation[],
  sector: SectorCode,
  query: ExpertDesignationQuery,
): Page<ExpertDesignation> {
  const matching = designations.filter((d) => d.sector === sector);
  return pageByKey(`expert-designations:${sector}`, matching, (d) => [d.designatedOn, d.id], query, [true, false]);
}
