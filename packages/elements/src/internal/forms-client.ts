import type {
  ActionSubmission,
  EventForumThemes,
  ForumTheme,
  ForumThemeProposalInput,
  ForumThemeSupportInput,
  ActionSubmissionState,
  Feedback,
  FeedbackAnswerInput,
  FeedbackInput,
  FeedbackState,
  FeedbackSummary,
  GoverningBodySession,
  Hearing,
  HearingRequestInput,
  Page,
  PhaseRegistration,
  Programme,
  SubmittedAction,
} from '@ngo-liaison/core';

/*
 * What <ngo-action-submit>, <ngo-programme-feedback> and <ngo-hearing-request> need of `@ngo-liaison/client`
 * (createClient's return value fits). Structural, like write-client.ts: the page passes the
 * client it already has (token or cookie session); the elements never hold a credential.
 * Lists are awaited for their first page (the client returns a PagedList).
 */

export interface ProgrammesLister {
  list(params?: { limit?: number }): PromiseLike<Page<Programme>>;
}

/** What <ngo-action-submit> calls. */
export interface ActionSubmitClient {
  programmes: ProgrammesLister;
  actions: {
    submit(submission: ActionSubmission, options?: { idempotencyKey?: string }): Promise<SubmittedAction>;
  };
  actionSubmissions: {
    list(params?: { state?: ActionSubmissionState; organization?: string; limit?: number }): PromiseLike<Page<SubmittedAction>>;
  };
}

export interface FeedbackListParams {
  organization?: string;
  sector?: string;
  programme?: string;
  state?: FeedbackState;
  limit?: number;
}

/** What <ngo-programme-feedback> calls: an NGO sends and reads its own; a sector reads, acknowledges and answers. */
export interface ProgrammeFeedbackClient {
  programmes: ProgrammesLister;
  feedback: {
    send(input: FeedbackInput, options?: { idempotencyKey?: string }): Promise<Feedback>;
    list(params?: FeedbackListParams): PromiseLike<Page<Feedback>>;
    get(id: string): Promise<Feedback>;
    acknowledge(id: string): Promise<Feedback>;
    answer(id: string, input: FeedbackAnswerInput): Promise<Feedback>;
    summary(params?: { programme?: string; country?: string; sector?: string }): Promise<FeedbackSummary>;
  };
}

/** What <ngo-hearing-request> calls: the NGP sessions and their agendas, the NGO's requests, a new request, a withdrawal. */
export interface HearingRequestClient {
  sessions: {
    list(params?: { body?: GoverningBodySession['body'][]; limit?: number }): PromiseLike<Page<GoverningBodySession>>;
  };
  hearings: {
    request(input: HearingRequestInput): Promise<Hearing>;
    list(params?: { organization?: string; limit?: number }): PromiseLike<Page<Hearing>>;
    withdraw(id: string): Promise<Hearing>;
  };
}

/** What <ngo-forum-themes> calls: an event's standings, a proposal, a support and its withdrawal. */
export interface ForumThemesClient {
  forumThemes: {
    list(event: string): Promise<EventForumThemes>;
    propose(event: string, input: ForumThemeProposalInput): Promise<ForumTheme>;
    support(id: string, input?: ForumThemeSupportInput): Promise<unknown>;
    withdrawSupport(id: string, input?: ForumThemeSupportInput): Promise<unknown>;
    /** Member States' phase registrations (read-only here); without it the element shows none. */
    registrations?(event: string): Promise<readonly PhaseRegistration[]>;
  };
}
