import type { Programme, MatchCriterion } from '../schemas/programme.js';
import type { Action } from '../schemas/action.js';
import type { Organization, PartnershipState } from '../schemas/organization.js';
import { currentPartnership, partnerStanding, type PartnerStanding } from '../organizations/partnership.js';
import { categoryInForce, type CategoryInForce } from '../organizations/category-in-force.js';
import type { SectorCode } from '../schemas/sector.js';
import type { UnescoRegion } from '../schemas/country.js';
import type { Coverage } from '../programmes/field-office-coverage.js';
import type { ThemeVocabulary } from './themes.js';
import { programmeWeights, type Weights } from './weights.js';
import type { GeoLevel } from './fits.js';

/**
 * Profiles: a programme and an organisation reduced to the sets the criteria compare.
 * They hold no weights and no scores, so both the reference implementation and the fast
 * kernel start from the same facts.
 */

export interface ProgrammeProfile {
  programme: Programme;
  /** Index of the programme in the matcher's list (-1 for a sector's pseudo-programme). */
  index: number;
  sector: SectorCode;
  /** Distinct theme keys, with the first tag written for each (for labels). */
  themeKeys: string[];
  themeTags: string[];
  sdgs: number[];
  /** The programme's countries: its own list, or the coverage of its field offices. */
  countries: string[];
  countrySet: ReadonlySet<string>;
  /** Field offices concerned: those listed, plus those covering a programme country. */
  offices: string[];
  /** Countries covered by those offices (the "same field office" level). */
  officeArea: ReadonlySet<string>;
  regions: UnescoRegion[];
  regionArea: ReadonlySet<string>;
  languages: string[];
  applies: Record<MatchCriterion, boolean>;
  baseWeights: Weights;
}

export function profileProgramme(programme: Programme, index: number, coverage: Coverage, vocabulary: ThemeVocabulary): ProgrammeProfile {
  const themeKeys: string[] = [];
  const themeTags: string[] = [];
  for (const tag of programme.themes) {
    const key = vocabulary.keyOf(tag);
    if (!themeKeys.includes(key)) {
      themeKeys.push(key);
      themeTags.push(tag);
    }
  }
  const officeCountries = programme.fieldOffices.flatMap((code) => coverage.countriesCoveredBy(code));
  const countries = [...new Set(programme.countries.length ? programme.countries : officeCountries)];
  const offices = [...new Set([...programme.fieldOffices, ...countries.flatMap((c) => coverage.officesCovering(c).map((o) => o.code))])];
  const officeArea = new Set(offices.flatMap((code) => coverage.countriesCoveredBy(code)));
  const regions = [...new Set(countries.map((c) => coverage.regionOf(c)).filter((r): r is UnescoRegion => r !== null))];
  const regionArea = new Set(regions.flatMap((r) => coverage.countriesInRegion(r)));
  const sdgs = [...new Set(programme.sdgs)].sort((a, b) => a - b);
  const languages = [...new Set(programme.workingLanguages)];
  return {
    programme,
    index,
    sector: programme.sector,
    themeKeys,
    themeTags,
    sdgs,
    countries,
    countrySet: new Set(countries),
    offices,
    officeArea,
    regions,
    regionArea,
    languages,
    applies: {
      sector: true,
      themes: themeKeys.length > 0,
      sdgs: sdgs.length > 0,
      geography: countries.length > 0,
      languages: languages.length > 0,
      partnership: true,
      'track-record': true,
    },
    baseWeights: programmeWeights(programme),
  };
}

/** A country's level relative to a programme: 3 programme country, 2 same field office, 1 same region. */
export function geoLevel(profile: ProgrammeProfile, country: string): GeoLevel {
  if (profile.countrySet.has(country)) return 3;
  if (profile.officeArea.has(country)) return 2;
  if (profile.regionArea.has(country)) return 1;
  return 0;
}

export interface ActionSummary {
  id: string;
  programme: string;
  /** Sector of the action's programme, when the programme is known. */
  sector: SectorCode | undefined;
  countries: readonly string[];
}

export interface OrganizationProfile {
  organization: Organization;
  sectors: ReadonlySet<SectorCode>;
  /** Sectors the organisation's themes belong to (through the vocabulary). */
  themeSectors: ReadonlySet<SectorCode>;
  themeKeys: string[];
  themeTags: string[];
  sdgs: ReadonlySet<number>;
  /** Countries of presence plus the headquarters country, distinct. */
  countries: string[];
  /** The headquarters country when it is not also listed as a country of presence. */
  headquartersOnly: string | undefined;
  languages: string[];
  standing: PartnerStanding;
  /** The category in force as a source states it; undefined when none does. */
  category: CategoryInForce | undefined;
  state: PartnershipState | undefined;
  actions: ActionSummary[];
}

export function profileOrganization(
  organization: Organization,
  actions: readonly Action[],
  programmeSector: (programmeId: string) => SectorCode | undefined,
  vocabulary: ThemeVocabulary,
): OrganizationProfile {
  const themeKeys: string[] = [];
  const themeTags: string[] = [];
  const themeSectors = new Set<SectorCode>();
  for (const tag of organization.fieldsOfInterest) {
    const key = vocabulary.keyOf(tag);
    if (themeKeys.includes(key)) continue;
    themeKeys.push(key);
    themeTags.push(tag);
    for (const sector of vocabulary.sectorsOf(key)) themeSectors.add(sector);
  }
  const presence = organization.countriesOfPresence ?? [];
  const hq = organization.headquarters?.country;
  const countries = [...new Set(hq ? [...presence, hq] : presence)];
  return {
    organization,
    sectors: new Set(organization.sectors),
    themeSectors,
    themeKeys,
    themeTags,
    sdgs: new Set(organization.sdgs ?? []),
    countries,
    headquartersOnly: hq && !presence.includes(hq) ? hq : undefined,
    languages: [...new Set(organization.workingLanguages ?? [])],
    standing: partnerStanding(organization),
    category: categoryInForce(organization),
    state: currentPartnership(organization)?.state,
    actions: actions.map((a) => ({ id: a.id, programme: a.programme, sector: programmeSector(a.programme), countries: a.countries })),
  };
}
