// Classes and types only: importing this module registers no tags (see ./define.ts).
export { NgoDirectory, type OrganizationSource, type DirectoryState } from './components/ngo-directory/ngo-directory.element.js';
export { NgoSearchChangeEvent, type DirectoryQuery, type SearchChangeReason } from './events/ngo-search-change.js';
export { LoadError } from './components/ngo-directory/directory-source.js';
export { NgoOrganizationProfile } from './components/ngo-organization-profile/ngo-organization-profile.element.js';
export { NgoCard } from './components/ngo-card/ngo-card.element.js';
export { NgoOrganizationSelectEvent } from './events/ngo-organization-select.js';
export { LiaisonElement, type Direction } from './internal/liaison-element.js';
export type { Translation, PluralForms } from './internal/translation.js';
export { NgoForumCalendar, type CalendarView, type CalendarState } from './components/ngo-forum-calendar/ngo-forum-calendar.element.js';
export type { EventSource } from './components/ngo-forum-calendar/calendar-source.js';
export { NgoEventCard } from './components/ngo-event-card/ngo-event-card.element.js';
export { NgoEventDetail, type EventGetter } from './components/ngo-event-detail/ngo-event-detail.element.js';
export { NgoEventSelectEvent } from './events/ngo-event-select.js';
export { NgoCalendarNavigateEvent } from './events/ngo-calendar-navigate.js';
export { NgoMatchList, type MatchSource } from './components/ngo-match-list/ngo-match-list.element.js';
export { NgoFieldOffice, type FieldOfficeSource } from './components/ngo-field-office/ngo-field-office.element.js';
export { NgoFocalPoints, type FocalPointSource } from './components/ngo-focal-points/ngo-focal-points.element.js';
export { NgoActionFeed } from './components/ngo-action-feed/ngo-action-feed.element.js';
export type { ActionSource } from './components/ngo-action-feed/action-feed-data.js';
export { NgoWeightsChangeEvent } from './events/ngo-weights-change.js';
export type { OrganizationGetter } from './internal/organization-loader.js';
export { NgoOrganizationEditor, type EditorState, type SaveState } from './components/ngo-organization-editor/ngo-organization-editor.element.js';
export { NgoRevisionReview, type ReviewState } from './components/ngo-revision-review/ngo-revision-review.element.js';
export { NgoSavedEvent } from './events/ngo-saved.js';
export { NgoRevisionDecideEvent } from './events/ngo-revision-decide.js';
export { whatRolesMayDo, ROLE_ACTIONS, type RoleAction, type RoleActions, type ActionOutcome } from './role-actions.js';
export type { OrganizationEditorClient, RevisionReviewClient, RevisionsClient, RevisionListParams, InboxClient, InboxPageParams } from './internal/write-client.js';
export { NgoInbox, type InboxState } from './components/ngo-inbox/ngo-inbox.element.js';
export { NgoInboxReadEvent } from './events/ngo-inbox-read.js';
export { NgoRecommendationTracker, type TrackerState } from './components/ngo-recommendation-tracker/ngo-recommendation-tracker.element.js';
export type { RecommendationSource, RecommendationListParams } from './components/ngo-recommendation-tracker/recommendation-source.js';
export { NgoNewsletterSignup, type NewsletterSignupSource } from './components/ngo-newsletter-signup/ngo-newsletter-signup.element.js';
export { NgoNewsletterArchive, type NewsletterArchiveSource } from './components/ngo-newsletter-archive/ngo-newsletter-archive.element.js';
export { NgoActionSubmit, type ActionSubmitState, type ActionSendState } from './components/ngo-action-submit/ngo-action-submit.element.js';
export { NgoActionSubmitEvent } from './events/ngo-action-submit.js';
export { NgoProgrammeFeedback, type ProgrammeFeedbackState, type FeedbackSendState } from './components/ngo-programme-feedback/ngo-programme-feedback.element.js';
export { NgoFeedbackChangeEvent } from './events/ngo-feedback-change.js';
export { NgoHearingRequest, type HearingRequestState, type HearingSendState } from './components/ngo-hearing-request/ngo-hearing-request.element.js';
export { NgoHearingChangeEvent } from './events/ngo-hearing-change.js';
export type { ActionSubmitClient, ProgrammeFeedbackClient, ProgrammesLister, FeedbackListParams, HearingRequestClient } from './internal/forms-client.js';
export { NgoConsultation, type ConsultationState, type ConsultationSaveState } from './components/ngo-consultation/ngo-consultation.element.js';
export { NgoConsultationRespondEvent } from './events/ngo-consultation-respond.js';
export type { ConsultationClient } from './internal/consultation-client.js';
export { NgoForumThemes, type ForumThemesState } from './components/ngo-forum-themes/ngo-forum-themes.element.js';
export { NgoForumThemeChangeEvent } from './events/ngo-forum-theme-change.js';
export type { ForumThemesClient } from './internal/forms-client.js';
export { NgoMeetings, type MeetingsState } from './components/ngo-meetings/ngo-meetings.element.js';
export { NgoMeetingChangeEvent } from './events/ngo-meeting-change.js';
export type { MeetingsClient } from './internal/meetings-client.js';
// The data the elements take and their events carry, so a page can name every type it passes
// (the React and Vue typings in ./react and ./vue import them from here).
export type {
  Action,
  Feedback,
  FocalPoint,
  ForumEvent,
  GoverningBodySession,
  InboxItem,
  InboxPage,
  Language,
  Organization,
  OrganizationMatchPage,
  OrganizationRevision,
  OrganizationWriteResult,
  SubmittedAction,
  Recommendation,
  Weights,
} from '@ngo-liaison/core';
