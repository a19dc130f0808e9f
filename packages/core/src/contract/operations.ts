import type * as z from 'zod/mini';
import { organizationOperations } from './organizations.js';
import { metaOperations } from './meta.js';
import { referenceOperations } from './reference.js';
import { eventOperations } from './events.js';
import { programmeOperations } from './programmes.js';
import { matchingOperations } from './matching.js';
import { fieldOfficeOperations } from './field-offices.js';
import { focalPointOperations } from './focal-points.js';
import { actionOperations } from './actions.js';
import { expertOperations } from './experts.js';
import { mandateOperations } from './liaison-committee.js';
import { sessionOperations } from './sessions.js';
import { organizationWriteOperations } from './organization-writes.js';
import { accountOperations } from './accounts.js';
import { actionWriteOperations } from './action-writes.js';
import { inboxOperations } from './inbox.js';
import { feedbackOperations } from './feedback.js';
import { consultationOperations } from './consultations.js';
import { recommendationOperations } from './recommendations.js';
import { mailOperations } from './mail.js';
import { hearingOperations } from './hearings.js';
import { newsletterOperations } from './newsletters.js';
import { meetingOperations } from './meetings.js';
import { forumThemeOperations } from './forum-themes.js';

export { buildPath } from './build-path.js';
export { PATHS, type PathId } from './paths.js';

export { OrganizationPage, OrganizationExport, OrganizationFacetCounts } from './organizations.js';
export { SectorList, SdgList, CountryList, NationalCommissionList } from './reference.js';
export { ProgrammePage } from './programmes.js';
export { FieldOfficePage, FieldOfficeDetail, CoveredCountry } from './field-offices.js';
export { FocalPointPage } from './focal-points.js';
export { ActionPage } from './actions.js';
export { ExpertDesignationPage } from './experts.js';
export { MandatePage } from './liaison-committee.js';
export { SessionPage } from './sessions.js';
export { RevisionPage, DecisionList, AuditPage, ContactErasureBody } from './organization-writes.js';
export { SubmittedActionPage } from './action-writes.js';
export { MarkInboxResult } from './inbox.js';
export { FeedbackPage } from './feedback.js';
export { ConsultationList } from './consultations.js';
export { RecommendationPage } from './recommendations.js';
export { HearingPage, SessionHearings } from './hearings.js';

export interface QueryParameter {
  description: string;
  schema: Record<string, unknown>;
}

export interface Operation {
  method: 'get' | 'post' | 'patch' | 'put' | 'delete';
  /** OpenAPI-style template: `/v1/organizations/{id}`. */
  path: string;
  summary: string;
  description?: string;
  tags: string[];
  pathParams?: Record<string, z.ZodMiniType>;
  query?: Record<string, QueryParameter>;
  /** Schema of the 200 response body when it is JSON. */
  response?: z.ZodMiniType;
  /** Media type of a non-JSON 200 body (text/calendar, text/csv); the body is then a string. */
  produces?: string;
  /** Error statuses the route can answer with (always problem+json). */
  errors: number[];
  /**
   * Who may call it: `public` (anyone, no credential: `security: []` in OpenAPI) or
   * `signed-in` (a bearer token, or a session cookie with its CSRF header). Default public.
   */
  security?: 'public' | 'signed-in';
  /** JSON request body; `mediaType` defaults to application/json (application/merge-patch+json for PATCH). */
  requestBody?: { schema: z.ZodMiniType; mediaType?: string; description?: string };
  /** Success statuses other than 200 and what each means (201 created, 202 accepted for review, 204 no content). */
  responses?: Record<number, { description: string; schema?: z.ZodMiniType }>;
  /** Request headers the operation reads (If-Match, Idempotency-Key, X-CSRF-Token). */
  headers?: Record<string, { description: string; required?: boolean }>;
}

/**
 * The API contract: one table read by the server (routes, validation), the OpenAPI
 * document and the client. A change here is a change everywhere. Each resource keeps
 * its operations in its own file; this table only gathers them.
 */
export const operations = {
  ...organizationOperations,
  ...metaOperations,
  ...referenceOperations,
  ...eventOperations,
  ...programmeOperations,
  ...matchingOperations,
  ...fieldOfficeOperations,
  ...focalPointOperations,
  ...actionOperations,
  ...expertOperations,
  ...mandateOperations,
  ...sessionOperations,
  ...organizationWriteOperations,
  ...accountOperations,
  ...actionWriteOperations,
  ...inboxOperations,
  ...feedbackOperations,
  ...recommendationOperations,
  ...mailOperations,
  ...hearingOperations,
  ...newsletterOperations,
  ...consultationOperations,
  ...meetingOperations,
  ...forumThemeOperations,
} as const satisfies Record<string, Operation>;

export type OperationId = keyof typeof operations;
