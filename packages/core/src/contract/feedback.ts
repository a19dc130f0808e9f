import * as z from 'zod/mini';
import { Feedback, FeedbackAnswerInput, FeedbackInput, FeedbackState, FeedbackSummary } from '../feedback/feedback.js';
import { pageOf } from '../schemas/page.js';
import type { Operation } from './operations.js';
import { pagingQuery } from './paging-query.js';
import { PATHS } from './paths.js';

export const FeedbackPage = pageOf(Feedback);
export type FeedbackPage = z.infer<typeof FeedbackPage>;

const feedbackFilters = {
  programme: { description: 'Programme id (repeatable).', schema: { type: 'string' } },
  country: { description: 'ISO alpha-2 country code (repeatable).', schema: { type: 'string', pattern: '^[A-Z]{2}$' } },
  sector: { description: 'Sector code (the Secretariat; others see their own).', schema: { type: 'string' } },
};

export const feedbackOperations = {
  sendFeedback: {
    method: 'post',
    path: PATHS.sendFeedback,
    summary: "Send feedback on a programme to its sector (the organisation's NGO editor)",
    description: "Delivered to the inbox of the programme's lead sector, and of the field office it names.",
    tags: ['feedback', 'writes'],
    security: 'signed-in',
    headers: {
      'Idempotency-Key': { description: 'Any unique string (a UUID): a replay within 24 hours returns the first result.' },
    },
    requestBody: { schema: FeedbackInput },
    responses: { 201: { description: 'Sent; Location names it', schema: Feedback } },
    errors: [400, 401, 403, 413, 415, 422, 429],
  },
  listFeedback: {
    method: 'get',
    path: PATHS.listFeedback,
    summary: 'Feedback you sent or received',
    description:
      'A sector sees the feedback on its programmes, a field office what names it, an NGO editor what its organisation sent, the Secretariat all. Newest first.',
    tags: ['feedback'],
    security: 'signed-in',
    query: {
      ...feedbackFilters,
      state: { description: 'sent, acknowledged or answered.', schema: { type: 'string', enum: [...FeedbackState.options] } },
      organization: { description: 'Organisation id.', schema: { type: 'string' } },
      ...pagingQuery,
    },
    response: FeedbackPage,
    errors: [400, 401, 429],
  },
  getFeedback: {
    method: 'get',
    path: PATHS.getFeedback,
    summary: 'One feedback',
    tags: ['feedback'],
    security: 'signed-in',
    pathParams: { id: z.string() },
    response: Feedback,
    errors: [401, 404, 429],
  },
  acknowledgeFeedback: {
    method: 'post',
    path: PATHS.acknowledgeFeedback,
    summary: 'Acknowledge feedback (its sector)',
    tags: ['feedback', 'writes'],
    security: 'signed-in',
    pathParams: { id: z.string() },
    response: Feedback,
    errors: [401, 403, 404, 409, 429],
  },
  answerFeedback: {
    method: 'post',
    path: PATHS.answerFeedback,
    summary: 'Answer feedback (its sector)',
    description: "The answer reaches the organisation's inbox.",
    tags: ['feedback', 'writes'],
    security: 'signed-in',
    pathParams: { id: z.string() },
    requestBody: { schema: FeedbackAnswerInput },
    response: Feedback,
    errors: [400, 401, 403, 404, 409, 413, 415, 429],
  },
  getFeedbackSummary: {
    method: 'get',
    path: PATHS.getFeedbackSummary,
    summary: 'Feedback counted by programme and country',
    description: "Over the feedback the caller may read (a sector: its programmes'), by programme then country.",
    tags: ['feedback'],
    security: 'signed-in',
    query: feedbackFilters,
    response: FeedbackSummary,
    errors: [400, 401, 429],
  },
} as const satisfies Record<string, Operation>;
