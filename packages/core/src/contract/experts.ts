import * as z from 'zod/mini';
import { ExpertDesignation } from '../schemas/expert-designation.js';
import { pageOf } from '../schemas/page.js';
import type { Operation } from './operations.js';
import { pagingQuery } from './paging-query.js';
import { PATHS } from './paths.js';

export const ExpertDesignationPage = pageOf(ExpertDesignation);
export type ExpertDesignationPage = z.infer<typeof ExpertDesignationPage>;

export const expertOperations = {
  listSectorExperts: {
    method: 'get',
    path: PATHS.listSectorExperts,
    summary: "A sector's designated expert organisations",
    description:
      "The organisations the sector has designated as experts in its field, each with its topics, date and decision reference; the latest first. Only designations: the matching engine's computed proposal is at /v1/sectors/{code}/expert-proposal.",
    tags: ['experts'],
    pathParams: { code: z.string() },
    query: { ...pagingQuery },
    response: ExpertDesignationPage,
    errors: [400, 404],
  },
} as const satisfies Record<string, Operation>;
