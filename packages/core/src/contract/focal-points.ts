import type * as z from 'zod/mini';
import { FocalPoint } from '../schemas/focal-point.js';
import { pageOf } from '../schemas/page.js';
import type { Operation } from './operations.js';
import { pagingQuery } from './paging-query.js';
import { PATHS } from './paths.js';

export const FocalPointPage = pageOf(FocalPoint);
export type FocalPointPage = z.infer<typeof FocalPointPage>;

export const focalPointOperations = {
  listFocalPoints: {
    method: 'get',
    path: PATHS.listFocalPoints,
    summary: 'Focal points for NGOs',
    description:
      'Roles (never named people) answering NGOs for a sector, a field office or a programme. With several filters, a focal point matching any of them is listed.',
    tags: ['focal-points'],
    query: {
      ...pagingQuery,
      sector: { description: 'Sector code (repeatable).', schema: { type: 'string', enum: ['ED', 'SC', 'SHS', 'CLT', 'CI'] } },
      fieldOffice: { description: 'Field office code (repeatable).', schema: { type: 'string' } },
      programme: { description: 'Programme id (repeatable).', schema: { type: 'string' } },
    },
    response: FocalPointPage,
    errors: [400],
  },
} as const satisfies Record<string, Operation>;
