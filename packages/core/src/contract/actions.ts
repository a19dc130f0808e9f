import type * as z from 'zod/mini';
import { Action, ActionId } from '../schemas/action.js';
import { pageOf } from '../schemas/page.js';
import type { Operation } from './operations.js';
import { pagingQuery } from './paging-query.js';
import { PATHS } from './paths.js';

export const ActionPage = pageOf(Action);
export type ActionPage = z.infer<typeof ActionPage>;

export const actionOperations = {
  listActions: {
    method: 'get',
    path: PATHS.listActions,
    summary: "NGOs' on-the-ground actions",
    description:
      'Actions within UNESCO programmes, newest first. Filters combine with AND; repeat one for OR. `from`/`to` keep actions whose period overlaps the range.',
    tags: ['actions'],
    query: {
      ...pagingQuery,
      programme: { description: 'Programme id (repeatable).', schema: { type: 'string' } },
      country: { description: 'ISO alpha-2 code of a country where the action took place (repeatable).', schema: { type: 'string', pattern: '^[A-Z]{2}$' } },
      fieldOffice: { description: "Field office covering the action's countries, or listed on it (repeatable).", schema: { type: 'string' } },
      organization: { description: 'Organisation id (repeatable).', schema: { type: 'string' } },
      from: { description: 'Keep actions still running on or after this date (YYYY-MM-DD).', schema: { type: 'string', format: 'date' } },
      to: { description: 'Keep actions started on or before this date (YYYY-MM-DD).', schema: { type: 'string', format: 'date' } },
    },
    response: ActionPage,
    errors: [400],
  },
  getAction: {
    method: 'get',
    path: PATHS.getAction,
    summary: 'One published action',
    description: 'Pending and returned submissions are not public: 404 here.',
    tags: ['actions'],
    pathParams: { id: ActionId },
    response: Action,
    errors: [400, 404],
  },
} as const satisfies Record<string, Operation>;
