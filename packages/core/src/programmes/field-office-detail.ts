import type { FieldOfficeDetail } from '../contract/field-offices.js';
import type { Coverage } from './field-office-coverage.js';

/** An office with its covered countries spelled out (name, region, group) and its child offices. */
export function fieldOfficeDetail(code: string, coverage: Coverage): FieldOfficeDetail | undefined {
  const office = coverage.office(code);
  if (!office) return undefined;
  return {
    ...office,
    countries: office.coverage.map((c) => ({
      code: c,
      name: coverage.country(c)?.name ?? { en: c, fr: c },
      region: coverage.regionOf(c),
      electoralGroup: coverage.electoralGroupOf(c),
    })),
    childOffices: coverage.fieldOffices.filter((o) => o.parentOffice === code).map((o) => o.code),
  };
}
