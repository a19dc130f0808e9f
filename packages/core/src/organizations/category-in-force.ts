import type { Organization, PartnershipCategory } from '../schemas/organization.js';
import { currentPartnership } from './partnership.js';

/** Categories that can be in force today: those of the 2011 Directives, and foundations' official relations. */
export type CategoryInForce = Extract<PartnershipCategory, 'consultative' | 'associate' | 'official-relations'>;

/**
 * The category in force, as a source states it. A history that ends on a category of the
 * 1995 or 1960 Directives says nothing of today's category (the 2011–2012 reclassification
 * replaced them all), so that is "not stated" (undefined) too, like an entry without one.
 */
export function categoryInForce(org: Pick<Organization, 'partnership'>): CategoryInForce | undefined {
  const category = currentPartnership(org)?.category;
  return category === 'consultative' || category === 'associate' || category === 'official-relations' ? category : undefined;
}
