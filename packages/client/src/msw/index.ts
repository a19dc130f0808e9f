import type { RequestHandler } from 'msw';
import type { ForumEvent, GoverningBodySession, Organization } from '@ngo-liaison/core';
import { SAMPLE_ORGANIZATIONS, SAMPLE_PROGRAMMES, sampleEvents, sampleSessions } from '@ngo-liaison/core/sample-data';
import { defaultCoverage } from '@ngo-liaison/core/matching';
import { organizationHandlers } from './organizations.js';
import { referenceHandlers } from './reference.js';
import { eventHandlers } from './events.js';
import { programmeAreaHandlers, type ProgrammeHandlerData } from './programme-handlers.js';
import { sessionHandlers } from './sessions.js';
import { organizationWriteHandlers } from './organization-writes.js';
import { revisionHandlers } from './revisions.js';
import { auditHandlers } from './audit.js';
import { accountHandlers } from './accounts.js';
import { MockAccounts, type MockPerson } from './principals.js';
import { WriteStore } from './write-store.js';
import type { WorkflowDeps, WriteDeps } from './write-adapter.js';
import { actionWriteHandlers } from './action-writes.js';
import { inboxHandlers } from './inbox.js';
import { feedbackHandlers } from './feedback.js';
import { consultationHandlers } from './consultations.js';
import { recommendationHandlers } from './recommendations.js';
import { hearingHandlers } from './hearings.js';
import { meetingHandlers } from './meetings.js';
import { forumThemeHandlers } from './forum-themes.js';
import { mailPreferenceHandlers } from './mail-preferences.js';
import { newsletterHandlers } from './newsletters.js';
import { sampleNewsletterIssues } from './newsletter-sample.js';
import type { NewsletterIssue } from '@ngo-liaison/core';

export interface HandlerOptions extends ProgrammeHandlerData {
  /**
   * URL of the API's `/v1` that the handlers answer for. The default matches `/v1` on any
   * origin, which suits tests and Storybook.
   */
  baseUrl?: string;
  /** The organisations to serve (default: the sample data set). */
  organizations?: readonly Organization[];
  /** The events to serve (default: the sample events for the month of `now`). */
  events?: readonly ForumEvent[];
  /** The governing-body sessions to serve (default: the sample sessions for the month of `now`). */
  sessions?: readonly GoverningBodySession[];
  /**
   * The clock for the default sample events, and "today" for the countries list and the
   * directory's region and group facets, which follow UNESCO membership (default: the current time).
   */
  now?: Date;
  /** Milliseconds to wait before answering, to show loading states. */
  delay?: number;
  /**
   * People the handlers know, for the write routes: a TEST FIXTURE, not a security mechanism.
   * A request with `Authorization: Bearer <token>` acts as that person with those roles;
   * `email` and `password` let `client.session.signIn()` open the handlers' one cookie session.
   * Default: nobody (every write answers 401, as the server does without a credential).
   */
  people?: readonly MockPerson[];
  /** Newsletter issues to serve, every language of each month (default: a fictional issue of the previous month). */
  newsletters?: readonly NewsletterIssue[];
}

/**
 * msw request handlers that behave like the reference server (same pages, cursors and
 * problem+json errors), backed by in-memory data. For your tests and for Storybook.
 */
export function createHandlers({
  baseUrl = '*/v1',
  organizations = SAMPLE_ORGANIZATIONS,
  events,
  sessions,
  now,
  delay = 0,
  people = [],
  newsletters,
  ...programmeData
}: HandlerOptions = {}): RequestHandler[] {
  const base = baseUrl.replace(/\/$/, '');
  // Read on each request unless fixed: "today" moves on while a Storybook tab stays open.
  const clock = () => now ?? new Date();
  // Writes change these in memory; reads see what is published from the next request on.
  const deps: WriteDeps = { store: new WriteStore(organizations), accounts: new MockAccounts(people, clock), now: clock };
  // A copy the hearing handlers add accepted hearings to, as the server's writes add them to its table.
  const servedEvents = [...(events ?? sampleEvents(clock()))];
  const servedSessions = sessions ?? sampleSessions(clock());
  const eventIds = new Set(servedEvents.map((event) => event.id));
  const workflow: WorkflowDeps = {
    ...deps,
    programmes: programmeData.programmes ?? SAMPLE_PROGRAMMES,
    coverage: defaultCoverage(),
    eventExists: (id) => eventIds.has(id),
  };
  return [
    ...organizationWriteHandlers(base, deps, delay),
    ...actionWriteHandlers(base, workflow, delay),
    ...inboxHandlers(base, workflow, delay),
    ...feedbackHandlers(base, workflow, delay),
    ...recommendationHandlers(base, workflow, delay),
    ...hearingHandlers(base, workflow, delay, { sessions: servedSessions, events: servedEvents }),
    ...consultationHandlers(base, workflow, delay),
    ...revisionHandlers(base, deps, delay),
    ...auditHandlers(base, deps, delay),
    ...accountHandlers(base, deps, delay),
    ...organizationHandlers(base, deps, delay),
    ...referenceHandlers(base, delay, clock),
    ...eventHandlers(base, servedEvents, delay),
    ...sessionHandlers(base, servedSessions, delay),
    ...programmeAreaHandlers(base, organizations, programmeData, delay, () => deps.store.publishedActions()),
    ...mailPreferenceHandlers(base, deps, delay),
    ...newsletterHandlers(base, deps, { issues: newsletters ?? sampleNewsletterIssues(clock()) }, delay),
    ...meetingHandlers(base, workflow, delay, { sessions: servedSessions, events: servedEvents }),
    ...forumThemeHandlers(base, workflow, delay, servedEvents),
  ];
}

export { problemResponse } from './responses.js';
export type { MockPerson } from './principals.js';
