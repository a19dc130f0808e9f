import * as z from 'zod/mini';
import { ElectoralGroup, UnescoRegion, CountryCode } from '../schemas/country.js';
import { FieldOffice, FieldOfficeCode } from '../schemas/field-office.js';
import { LocalizedText } from '../schemas/localized-text.js';
import { pageOf } from '../schemas/page.js';
import type { Operation } from './operations.js';
import { pagingQuery } from './paging-query.js';
import { PATHS } from './paths.js';

export const FieldOfficePage = pageOf(FieldOffice);
export type FieldOfficePage = z.infer<typeof FieldOfficePage>;

/** A country an office covers, with its names, region and electoral group. */
export const CoveredCountry = z.object({
  code: CountryCode,
  name: LocalizedText,
  region: z.nullable(UnescoRegion),
  electoralGroup: z.nullable(ElectoralGroup),
});
export type CoveredCountry = z.infer<typeof CoveredCountry>;

/** One office with the countries it covers spelled out and the offices that report to it. */
export const FieldOfficeDetail = z.extend(FieldOffice, {
  countries: z.array(CoveredCountry),
  childOffices: z.array(FieldOfficeCode),
});
export type FieldOfficeDetail = z.infer<typeof FieldOfficeDetail>;

export const fieldOfficeOperations = {
  listFieldOffices: {
    method: 'get',
    path: PATHS.listFieldOffices,
    summary: 'List field offices',
    description: 'UNESCO field offices with the countries each covers, as far as the sources state them (see `certainty`).',
    tags: ['field-offices'],
    query: {
      ...pagingQuery,
      type: { description: 'Office type (repeatable).', schema: { type: 'string' } },
      country: { description: 'Keep offices covering this country (ISO alpha-2, repeatable).', schema: { type: 'string', pattern: '^[A-Z]{2}$' } },
    },
    response: FieldOfficePage,
    errors: [400],
  },
  getFieldOffice: {
    method: 'get',
    path: PATHS.getFieldOffice,
    summary: 'Get one field office, with the countries it covers',
    tags: ['field-offices'],
    pathParams: { code: FieldOfficeCode },
    response: FieldOfficeDetail,
    errors: [400, 404],
  },
} as const satisfies Record<string, Operation>;
