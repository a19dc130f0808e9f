import * as z from 'zod/mini';
import { Hearing, HearingAcceptInput, HearingDeclineInput, HearingRequestInput, HearingState, PublicHearing } from '../hearings/hearing.js';
import { pageOf } from '../schemas/page.js';
import { SessionId } from '../sessions/session-id.js';
import type { Operation } from './operations.js';
import { pagingQuery } from './paging-query.js';
import { PATHS } from './paths.js';

export const HearingPage = pageOf(Hearing);
export type HearingPage = z.infer<typeof HearingPage>;

export const SessionHearings = z.object({ items: z.array(PublicHearing) });
export type SessionHearings = z.infer<typeof SessionHearings>;

export const hearingOperations = {
  requestHearing: {
    method: 'post',
    path: PATHS.requestHearing,
    summary: 'Ask for an NGO to be heard on an NGP agenda item (its NGO editors)',
    description: 'A short statement on an item of an NGP Committee session. The Liaison Committee hears of it in its inbox; the Secretariat decides.',
    tags: ['hearings', 'writes'],
    security: 'signed-in',
    headers: { 'Idempotency-Key': { description: 'Any unique string (a UUID): a replay within 24 hours returns the first result.' } },
    requestBody: { schema: HearingRequestInput },
    responses: { 201: { description: 'Requested; Location names it', schema: Hearing } },
    errors: [400, 401, 403, 409, 413, 415, 422, 429],
  },
  listHearings: {
    method: 'get',
    path: PATHS.listHearings,
    summary: 'Hearing requests you may read',
    description: "The Secretariat reads all; an NGO editor its organisations' requests. Newest first.",
    tags: ['hearings'],
    security: 'signed-in',
    query: {
      session: { description: 'Session id.', schema: { type: 'string' } },
      state: { description: 'requested, accepted, declined or withdrawn.', schema: { type: 'string', enum: [...HearingState.options] } },
      organization: { description: 'Organisation id.', schema: { type: 'string' } },
      ...pagingQuery,
    },
    response: HearingPage,
    errors: [400, 401, 429],
  },
  getHearing: {
    method: 'get',
    path: PATHS.getHearing,
    summary: 'One hearing request',
    tags: ['hearings'],
    security: 'signed-in',
    pathParams: { id: z.string() },
    response: Hearing,
    errors: [401, 404, 429],
  },
  acceptHearing: {
    method: 'post',
    path: PATHS.acceptHearing,
    summary: 'Accept a hearing request with a time slot (the Secretariat)',
    description: "The slot must fall within the session's days. The hearing joins the session's programme, the forum calendar and its iCalendar feed; the NGO hears of it in its inbox.",
    tags: ['hearings', 'writes'],
    security: 'signed-in',
    pathParams: { id: z.string() },
    requestBody: { schema: HearingAcceptInput },
    response: Hearing,
    errors: [400, 401, 403, 404, 409, 413, 415, 429],
  },
  declineHearing: {
    method: 'post',
    path: PATHS.declineHearing,
    summary: 'Decline a hearing request with a reason (the Secretariat)',
    tags: ['hearings', 'writes'],
    security: 'signed-in',
    pathParams: { id: z.string() },
    requestBody: { schema: HearingDeclineInput },
    response: Hearing,
    errors: [400, 401, 403, 404, 409, 413, 415, 429],
  },
  withdrawHearing: {
    method: 'post',
    path: PATHS.withdrawHearing,
    summary: 'Withdraw a hearing request (its NGO editors)',
    description: "While requested, or accepted and its slot not begun; an accepted hearing's calendar event is cancelled.",
    tags: ['hearings', 'writes'],
    security: 'signed-in',
    pathParams: { id: z.string() },
    response: Hearing,
    errors: [401, 403, 404, 409, 429],
  },
  listSessionHearings: {
    method: 'get',
    path: PATHS.listSessionHearings,
    summary: "The NGO hearings in a session's programme",
    description: 'Accepted hearings, in the order of their slots: who is heard, on which agenda item, when.',
    tags: ['hearings', 'sessions'],
    pathParams: { id: SessionId },
    response: SessionHearings,
    errors: [400, 404],
  },
} as const satisfies Record<string, Operation>;
