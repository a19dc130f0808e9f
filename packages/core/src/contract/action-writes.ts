import * as z from 'zod/mini';
import { ActionSubmission, ActionSubmissionState, ReturnActionBody, SubmittedAction } from '../action-writes/action-submission.js';
import { pageOf } from '../schemas/page.js';
import type { Operation } from './operations.js';
import { pagingQuery } from './paging-query.js';
import { PATHS } from './paths.js';

export const SubmittedActionPage = pageOf(SubmittedAction);
export type SubmittedActionPage = z.infer<typeof SubmittedActionPage>;

const idempotencyKey = {
  'Idempotency-Key': {
    description: 'Any unique string (a UUID). Kept per credential for 24 hours: a replay returns the first result; the same key with another body is a 422.',
  },
};

export const actionWriteOperations = {
  submitAction: {
    method: 'post',
    path: PATHS.submitAction,
    summary: 'Report an action on the ground',
    description:
      "By an organisation's NGO editor: pending (202) until a focal point of the programme's sector or the Secretariat publishes it. " +
      'By a field office for itself, or by the Secretariat: published at once (201) and delivered to the inboxes concerned.',
    tags: ['actions', 'writes'],
    security: 'signed-in',
    headers: idempotencyKey,
    requestBody: { schema: ActionSubmission },
    responses: {
      201: { description: 'Published; Location names the submission', schema: SubmittedAction },
      202: { description: 'Pending review by the sector', schema: SubmittedAction },
    },
    errors: [400, 401, 403, 409, 413, 415, 422, 429],
  },
  listActionSubmissions: {
    method: 'get',
    path: PATHS.listActionSubmissions,
    summary: 'Submitted actions and their review state',
    description:
      "The Secretariat sees every submission; a sector's focal point those in its sector's programmes; a field office its own; an NGO editor its organisation's. Newest first.",
    tags: ['actions', 'writes'],
    security: 'signed-in',
    query: {
      state: { description: 'pending (default), published or returned.', schema: { type: 'string', enum: [...ActionSubmissionState.options] } },
      programme: { description: 'Programme id.', schema: { type: 'string' } },
      organization: { description: 'Organisation id.', schema: { type: 'string' } },
      ...pagingQuery,
    },
    response: SubmittedActionPage,
    errors: [400, 401, 429],
  },
  getActionSubmission: {
    method: 'get',
    path: PATHS.getActionSubmission,
    summary: 'One submitted action',
    tags: ['actions', 'writes'],
    security: 'signed-in',
    pathParams: { id: z.string() },
    response: SubmittedAction,
    errors: [401, 404, 429],
  },
  publishAction: {
    method: 'post',
    path: PATHS.publishAction,
    summary: "Publish a submitted action (the programme's sector or the Secretariat)",
    description: 'The action joins GET /v1/actions, the programme, the profile and the track record, and is delivered to the inboxes concerned.',
    tags: ['actions', 'writes'],
    security: 'signed-in',
    pathParams: { id: z.string() },
    response: SubmittedAction,
    errors: [401, 403, 404, 409, 429],
  },
  returnAction: {
    method: 'post',
    path: PATHS.returnAction,
    summary: 'Return a submitted action with a reason',
    tags: ['actions', 'writes'],
    security: 'signed-in',
    pathParams: { id: z.string() },
    requestBody: { schema: ReturnActionBody },
    response: SubmittedAction,
    errors: [400, 401, 403, 404, 409, 413, 415, 429],
  },
} as const satisfies Record<string, Operation>;
