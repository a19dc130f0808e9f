import * as z from 'zod/mini';
import { LiaisonCommitteeMandate, MandateId } from '../schemas/liaison-committee.js';
import { pageOf } from '../schemas/page.js';
import type { Operation } from './operations.js';
import { pagingQuery } from './paging-query.js';
import { PATHS } from './paths.js';

export const MandatePage = pageOf(LiaisonCommitteeMandate);
export type MandatePage = z.infer<typeof MandatePage>;

export const mandateOperations = {
  listMandates: {
    method: 'get',
    path: PATHS.listMandates,
    summary: "The NGO–UNESCO Liaison Committee's mandates",
    description:
      'Each mandate with its term, the International Conference of NGOs that elected it, its member organisations, the conference outputs its work rests on and the work plan diffused to the sectors and Member States; the latest term first. `membership: "partial"` when the sources name only some members.',
    tags: ['liaison-committee'],
    query: {
      ...pagingQuery,
      member: { description: 'Keep mandates with this member organisation (id, repeatable).', schema: { type: 'string' } },
    },
    response: MandatePage,
    errors: [400],
  },
  getMandate: {
    method: 'get',
    path: PATHS.getMandate,
    summary: 'One Liaison Committee mandate',
    tags: ['liaison-committee'],
    pathParams: { id: MandateId },
    response: LiaisonCommitteeMandate,
    errors: [400, 404],
  },
} as const satisfies Record<string, Operation>;
