import { categoryInForce, partnerStanding, type Organization } from '@ngo-liaison/core';
import type { LocalizeController } from './localize-controller.js';
import type { OrganizationKey } from './translation.js';

/**
 * What a card or a profile says of an organisation's partnership, in one line: the category
 * in force for an official partner ("Associate partner"), "Category not stated by the
 * sources" when none states it (never a category of its own), or the standing otherwise
 * ("No official partnership attested", "Former partner").
 */
export function partnershipLabel(org: Pick<Organization, 'partnership'>, localize: LocalizeController<OrganizationKey>): string {
  const standing = partnerStanding(org);
  if (standing !== 'official') return localize.term(`standing.${standing}`);
  const category = categoryInForce(org);
  return localize.term(category ? `status.${category}` : 'status.not-stated');
}
