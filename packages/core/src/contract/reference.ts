import type * as z from 'zod/mini';
import { Country } from '../schemas/country-record.js';
import { NationalCommission } from '../schemas/national-commission.js';
import { pageOf } from '../schemas/page.js';
import { Sdg } from '../schemas/sdg.js';
import { Sector } from '../schemas/sector.js';
import type { Operation } from './operations.js';
import { PATHS } from './paths.js';

/*
 * Reference lists: small, complete, rarely changing. Each answers with every item in one
 * page (`nextCursor: null`) and is cached by ETag. Only the countries list takes a parameter:
 * membership has dates, so it lists the members of a day.
 */
export const SectorList = pageOf(Sector);
export type SectorList = z.infer<typeof SectorList>;
export const SdgList = pageOf(Sdg);
export type SdgList = z.infer<typeof SdgList>;
export const CountryList = pageOf(Country);
export type CountryList = z.infer<typeof CountryList>;
export const NationalCommissionList = pageOf(NationalCommission);
export type NationalCommissionList = z.infer<typeof NationalCommissionList>;

export const referenceOperations = {
  listSectors: {
    method: 'get',
    path: PATHS.listSectors,
    summary: "UNESCO's five programme sectors",
    description: 'Names in the six UN languages; `verifiedLanguages` says which a source confirms.',
    tags: ['reference'],
    response: SectorList,
    errors: [400],
  },
  listSdgs: {
    method: 'get',
    path: PATHS.listSdgs,
    summary: 'The 17 Sustainable Development Goals',
    description: 'Official short titles in the six UN languages.',
    tags: ['reference'],
    response: SdgList,
    errors: [400],
  },
  listCountries: {
    method: 'get',
    path: PATHS.listCountries,
    summary: "UNESCO's Member States and Associate Members on a day",
    description:
      'Names in UN usage, membership with its dated periods (joining, notice of withdrawal, effective day), UNESCO region ' +
      'and electoral group, each with its certainty. Lists the members of `on` (default: today, UTC): a state whose ' +
      'withdrawal has taken effect is not listed after that day (the United States and Nicaragua from 2027-01-01).',
    tags: ['reference'],
    query: {
      on: {
        description: 'The day (YYYY-MM-DD) whose Member States and Associate Members to list; default today (UTC).',
        schema: { type: 'string', format: 'date' },
      },
    },
    response: CountryList,
    errors: [400],
  },
  listNationalCommissions: {
    method: 'get',
    path: PATHS.listNationalCommissions,
    summary: 'National Commissions for UNESCO',
    description: 'One per Member State and Associate Member; names only where a cited source states them (`certainty`). No personal data.',
    tags: ['reference'],
    response: NationalCommissionList,
    errors: [400],
  },
} as const satisfies Record<string, Operation>;
