import type * as z from 'zod/mini';
import { pageOf } from '../schemas/page.js';
import { Programme, ProgrammeId } from '../schemas/programme.js';
import type { Operation, QueryParameter } from './operations.js';
import { pagingQuery } from './paging-query.js';
import { PATHS } from './paths.js';

export const ProgrammePage = pageOf(Programme);
export type ProgrammePage = z.infer<typeof ProgrammePage>;

const repeatable = (description: string, schema: Record<string, unknown>): QueryParameter => ({
  description: `${description} Repeat the parameter for several values (OR).`,
  schema,
});

export const programmeOperations = {
  listProgrammes: {
    method: 'get',
    path: PATHS.listProgrammes,
    summary: 'List programmes',
    description:
      'UNESCO programmes by sector, with the countries and field offices concerned. A global programme (no countries or offices) matches no country or office filter.',
    tags: ['programmes'],
    query: {
      ...pagingQuery,
      sector: repeatable('Lead sector (ED, SC, SHS, CLT, CI).', { type: 'string', enum: ['ED', 'SC', 'SHS', 'CLT', 'CI'] }),
      country: repeatable('ISO alpha-2 code of a country concerned.', { type: 'string', pattern: '^[A-Z]{2}$' }),
      fieldOffice: repeatable('Code of a field office concerned (listed, or covering a programme country).', { type: 'string' }),
    },
    response: ProgrammePage,
    errors: [400],
  },
  getProgramme: {
    method: 'get',
    path: PATHS.getProgramme,
    summary: 'Get one programme',
    tags: ['programmes'],
    pathParams: { id: ProgrammeId },
    response: Programme,
    errors: [400, 404],
  },
} as const satisfies Record<string, Operation>;
