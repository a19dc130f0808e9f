import * as z from 'zod/mini';
import { pageOf } from '../schemas/page.js';
import { FollowUpInput, FOLLOW_UP_STATUSES, Recommendation, RecommendationInput, RecommendationSubject, RoutingProposal } from '../recommendations/recommendation.js';
import type { Operation } from './operations.js';
import { pagingQuery } from './paging-query.js';
import { PATHS } from './paths.js';

export const RecommendationPage = pageOf(Recommendation);
export type RecommendationPage = z.infer<typeof RecommendationPage>;

export const recommendationOperations = {
  proposeAddressees: {
    method: 'post',
    path: PATHS.proposeAddressees,
    summary: 'Propose who a recommendation concerns (Liaison Committee, Secretariat)',
    description:
      'Sectors, Member States and field offices, each with its reasons, from the themes, sectors and countries. Writes nothing: the Committee confirms or edits the list when it records the recommendation.',
    tags: ['recommendations'],
    security: 'signed-in',
    requestBody: { schema: RecommendationSubject },
    response: RoutingProposal,
    errors: [400, 401, 403, 413, 415, 429],
  },
  recordRecommendation: {
    method: 'post',
    path: PATHS.recordRecommendation,
    summary: "Record a recommendation of an event's outputs (Liaison Committee, Secretariat)",
    description: "Delivered to each confirmed addressee's inbox and public feed.",
    tags: ['recommendations', 'writes'],
    security: 'signed-in',
    headers: {
      'Idempotency-Key': { description: 'Any unique string (a UUID): a replay within 24 hours returns the first result.' },
    },
    requestBody: { schema: RecommendationInput },
    responses: { 201: { description: 'Recorded; Location names it', schema: Recommendation } },
    errors: [400, 401, 403, 413, 415, 422, 429],
  },
  listRecommendations: {
    method: 'get',
    path: PATHS.listRecommendations,
    summary: 'Recommendations and their follow-up',
    description:
      "Public: each addressee's public follow-ups. Signed in, the Liaison Committee and the Secretariat also see the others, and an addressee its own. Newest first.",
    tags: ['recommendations'],
    query: {
      event: { description: 'Event id.', schema: { type: 'string' } },
      sector: { description: 'Addressed to this sector.', schema: { type: 'string' } },
      country: { description: "Addressed to this country's Member State.", schema: { type: 'string', pattern: '^[A-Z]{2}$' } },
      addressee: { description: 'An addressee key (sector:CLT, member-state:KE…).', schema: { type: 'string' } },
      status: { description: 'Some addressee’s latest status is this.', schema: { type: 'string', enum: [...FOLLOW_UP_STATUSES] } },
      ...pagingQuery,
    },
    response: RecommendationPage,
    errors: [400],
  },
  getRecommendation: {
    method: 'get',
    path: PATHS.getRecommendation,
    summary: 'One recommendation and its follow-up',
    tags: ['recommendations'],
    pathParams: { id: z.string() },
    response: Recommendation,
    errors: [404],
  },
  recordFollowUp: {
    method: 'post',
    path: PATHS.recordFollowUp,
    summary: 'Follow up a recommendation addressed to you',
    description: 'Statuses move forward only (received → under consideration → in progress → implemented / not retained). Public ones show in the tracker and feeds.',
    tags: ['recommendations', 'writes'],
    security: 'signed-in',
    pathParams: { id: z.string() },
    requestBody: { schema: FollowUpInput },
    responses: { 201: { description: 'Recorded: the recommendation as the caller now reads it', schema: Recommendation } },
    errors: [400, 401, 403, 404, 409, 413, 415, 429],
  },
} as const satisfies Record<string, Operation>;
