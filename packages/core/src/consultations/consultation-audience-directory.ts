import type { RegionOf } from '../events/event-match.js';
import type { PlainDate } from '../calendar/plain-date.js';
import type { UnescoRegion } from '../schemas/country.js';
import type { FactsOf } from './consultation-decisions.js';

/** As much of an organisation as its audience facts need. */
export interface AudienceOrganization {
  id: string;
  headquarters?: { country?: string | undefined } | undefined;
}

/**
 * Who a consultation's audience is made of on a day, resolved from the stored organisations and
 * UNESCO membership (the API and the msw handlers build it the same way):
 * - every partner's id (the all-partners audience);
 * - each organisation's facts: a regional audience is the partners whose headquarters' country is
 *   in the region that day (a country that is not a member that day sits in no region; an
 *   organisation without a known headquarters country is in none);
 * - the Member States that day (a Member States' audience: each one's inbox hears of it).
 */
export interface AudienceDirectory {
  partners: readonly string[];
  factsOf: FactsOf;
  partnersIn(region: UnescoRegion): string[];
  memberStates: readonly string[];
}

export function audienceDirectory(organizations: Iterable<AudienceOrganization>, day: PlainDate, regionOf: RegionOf, memberStates: readonly string[]): AudienceDirectory {
  const regions = new Map<string, UnescoRegion | undefined>();
  for (const organization of organizations) {
    const country = organization.headquarters?.country;
    regions.set(organization.id, country ? regionOf(country, day) : undefined);
  }
  const partners = [...regions.keys()];
  return {
    partners,
    factsOf: (organization) => {
      const region = regions.get(organization);
      return region ? { partner: true, region } : { partner: true };
    },
    partnersIn: (region) => partners.filter((id) => regions.get(id) === region),
    memberStates,
  };
}
