import type { Country, ElectoralGroup, UnescoRegion } from '../schemas/country.js';
import type { FieldOffice } from '../schemas/field-office.js';

/** Where a country sits: its UNESCO region, electoral group and the field offices covering it. */
export interface CountryPlacement {
  code: string;
  region: UnescoRegion | null;
  electoralGroup: ElectoralGroup | null;
  /** Office codes, most specific first (national, then cluster, regional bureau, multisectoral). */
  fieldOffices: string[];
}

/**
 * Resolves field-office coverage both ways (country → offices, office → countries) and a
 * country's region and electoral group. Pure: built from the data it is given.
 */
export interface Coverage {
  readonly countries: readonly Country[];
  readonly fieldOffices: readonly FieldOffice[];
  country(code: string): Country | undefined;
  office(code: string): FieldOffice | undefined;
  /** Offices whose coverage includes the country, most specific first; [] when none is known. */
  officesCovering(country: string): FieldOffice[];
  /** Countries an office covers ([] for liaison offices and unknown codes). */
  countriesCoveredBy(office: string): readonly string[];
  regionOf(country: string): UnescoRegion | null;
  electoralGroupOf(country: string): ElectoralGroup | null;
  place(country: string): CountryPlacement;
  /** Countries of a UNESCO region. */
  countriesInRegion(region: UnescoRegion): readonly string[];
}

/** Narrower offices first, so "the office for Nepal" is Kathmandu before New Delhi. */
const SPECIFICITY: Record<FieldOffice['type'], number> = {
  national: 0,
  antenna: 1,
  desk: 2,
  cluster: 3,
  'regional-bureau': 4,
  'multisectoral-regional': 5,
  liaison: 6,
};

export function createCoverage({ countries, fieldOffices }: { countries: readonly Country[]; fieldOffices: readonly FieldOffice[] }): Coverage {
  const countryByCode = new Map(countries.map((c) => [c.code, c]));
  const officeByCode = new Map(fieldOffices.map((o) => [o.code, o]));
  const officesByCountry = new Map<string, FieldOffice[]>();
  for (const office of fieldOffices) {
    for (const code of office.coverage) (officesByCountry.get(code) ?? officesByCountry.set(code, []).get(code)!).push(office);
  }
  for (const list of officesByCountry.values()) {
    list.sort((a, b) => SPECIFICITY[a.type] - SPECIFICITY[b.type] || (a.code < b.code ? -1 : 1));
  }
  const byRegion = new Map<UnescoRegion, string[]>();
  for (const c of countries) {
    if (c.region) (byRegion.get(c.region.value) ?? byRegion.set(c.region.value, []).get(c.region.value)!).push(c.code);
  }

  const regionOf = (code: string) => countryByCode.get(code)?.region?.value ?? null;
  const electoralGroupOf = (code: string) => countryByCode.get(code)?.electoralGroup?.value ?? null;
  const officesCovering = (code: string) => [...(officesByCountry.get(code) ?? [])];

  return {
    countries,
    fieldOffices,
    country: (code) => countryByCode.get(code),
    office: (code) => officeByCode.get(code),
    officesCovering,
    countriesCoveredBy: (code) => officeByCode.get(code)?.coverage ?? [],
    regionOf,
    electoralGroupOf,
    place: (code) => ({
      code,
      region: regionOf(code),
      electoralGroup: electoralGroupOf(code),
      fieldOffices: officesCovering(code).map((o) => o.code),
    }),
    countriesInRegion: (region) => byRegion.get(region) ?? [],
  };
}
