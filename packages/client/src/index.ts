export { createClient, type ClientOptions, type LiaisonClient } from './create-client.js';
export type {
  ListOrganizationsParams,
  OrganizationExportFormat,
  OrganizationFilters,
  OrganizationSearchParams,
  OrganizationsResource,
} from './resources/organizations.js';
export type { ReferenceResource } from './resources/reference.js';
export type { EventsResource, FeedUrlOptions, ListEventsParams } from './resources/events.js';
export type { ListProgrammesParams, MatchParams, ProgrammesResource } from './resources/programmes.js';
export type { MatchingResource } from './resources/matching.js';
export type { ExpertDesignationParams, ExpertProposalParams, ExpertsResource } from './resources/experts.js';
export type { LiaisonCommitteeResource, ListMandatesParams } from './resources/liaison-committee.js';
export type { FieldOfficesResource, ListFieldOfficesParams } from './resources/field-offices.js';
export type { FocalPointsResource, ListFocalPointsParams } from './resources/focal-points.js';
export type { ActionsResource, ListActionsParams } from './resources/actions.js';
export type { ListSessionsParams, SessionsResource, SessionsWithEventsResource } from './resources/sessions.js';
export type { OrganizationWritesResource, UpdateOptions } from './resources/organization-writes.js';
export type { CreateOptions } from './resources/write-options.js';
export type { ListRevisionsParams, RevisionsResource } from './resources/revisions.js';
export type { AuditResource, ListAuditParams } from './resources/audit.js';
export type { SignInSessionResource } from './resources/sign-in-session.js';
export type { TokensResource } from './resources/tokens.js';
export type { MailPreferencesResource } from './resources/mail-preferences.js';
export type { PeopleResource } from './resources/people.js';
export type { ActionWritesResource } from './resources/action-writes.js';
export type { ActionSubmissionsResource, ListActionSubmissionsParams } from './resources/action-submissions.js';
export type { InboxParams, InboxResource } from './resources/inbox.js';
export type { FeedbackFilter, FeedbackResource, ListFeedbackParams } from './resources/feedback.js';
export type { HearingsResource, ListHearingsParams } from './resources/hearings.js';
export type { ForumThemesResource } from './resources/forum-themes.js';
export type { ConsultationsResource } from './resources/consultations.js';
export type { ListRecommendationsParams, RecommendationsReadResource } from './resources/recommendations.js';
export type { RecommendationWritesResource } from './resources/recommendation-writes.js';
export { PagedList } from './paged-list.js';
export {
  LiaisonError,
  HttpError,
  NetworkError,
  TimeoutError,
  ResponseValidationError,
  isLiaisonError,
} from './errors.js';
export {
  UnauthorizedError,
  ForbiddenError,
  NotFoundError,
  ValidationError,
  ConflictError,
  PreconditionRequiredError,
  RateLimitedError,
} from './http-errors.js';
export { createEventsClient } from './resources/events.js';
export { createOrganizationsClient } from './resources/organizations.js';
export { createSessionsClient } from './resources/sessions.js';
export { createRecommendationsClient } from './resources/recommendations.js';
export type { NewsletterReadOptions, NewslettersResource } from './resources/newsletters.js';
export type { MeetingsResource } from './resources/meetings.js';
