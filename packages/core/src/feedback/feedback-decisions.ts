import { editedOrganizations, grantsOf, type Principal } from '../access/principal.js';
import type { RoleGrant } from '../access/roles.js';
import type { AuditEntry } from '../audit/audit-entry.js';
import { conflictProblem, forbiddenProblem, invalidRequestProblem, notFoundProblem } from '../errors/problems.js';
import { issuesOf } from '../errors/issues-of.js';
import { safeParse } from '../errors/safe-parse.js';
import { deliveriesOfFeedback } from '../inbox/deliveries.js';
import type { InboxItem } from '../inbox/inbox-item.js';
import { actorOf, auditEntry, isRefusal, refuse, type Refusal, type WriteContext } from '../organization-writes/write-context.js';
import { editorGrant, secretariatGrant, signedIn } from '../organization-writes/write-permissions.js';
import type { Coverage } from '../programmes/field-office-coverage.js';
import type { FieldIssue } from '../schemas/problem.js';
import type { Programme } from '../schemas/programme.js';
import { FeedbackAnswerInput, FeedbackInput, type Feedback } from './feedback.js';

/*
 * Feedback on programme implementation (paragraph 6 of the working-group paper), per object:
 * - only an NGO's own editors send its feedback (the NGO's voice, not the Secretariat's);
 * - the programme's sector (recorded on the feedback) acknowledges and answers it, or the Secretariat;
 * - it is read by the NGO, the sector, the field office it names and the Secretariat; for anyone
 *   else it does not exist (404). The named office reads it but does not answer it (403).
 */

export interface FeedbackContext extends WriteContext {
  programmes: readonly Programme[];
  coverage: Coverage;
  /** Whether the body's organisation exists. */
  organizationExists: boolean;
}

export interface FeedbackSendOutcome {
  kind: 'send';
  feedback: Feedback;
  deliveries: InboxItem[];
  audit: AuditEntry;
}

export interface FeedbackDecisionOutcome {
  kind: 'acknowledge' | 'answer';
  feedback: Feedback;
  deliveries: InboxItem[];
  audit: AuditEntry;
}

/**
 * Which feedback `principal` may read: all (the Secretariat), or that of its sectors, the offices
 * it acts for and the organisations it edits (all empty for anonymous readers).
 */
export function feedbackReadScope(principal: Principal): 'all' | { sectors: string[]; fieldOffices: string[]; organizations: string[] } {
  if (secretariatGrant(principal)) return 'all';
  return {
    sectors: grantsOf(principal, 'sector').map((grant) => grant.sector),
    fieldOffices: grantsOf(principal, 'field-office').map((grant) => grant.fieldOffice),
    organizations: editedOrganizations(principal),
  };
}

export function canReadFeedback(principal: Principal, feedback: Feedback): boolean {
  const scope = feedbackReadScope(principal);
  return (
    scope === 'all' ||
    scope.sectors.includes(feedback.sector) ||
    (feedback.fieldOffice !== undefined && scope.fieldOffices.includes(feedback.fieldOffice)) ||
    scope.organizations.includes(feedback.organization)
  );
}

function referenceIssues(input: FeedbackInput, context: FeedbackContext): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (!context.organizationExists) issues.push({ path: 'organization', message: `no organisation with id "${input.organization}"`, code: 'invalid-value' });
  if (!context.programmes.some((p) => p.id === input.programme)) issues.push({ path: 'programme', message: `no programme with id "${input.programme}"`, code: 'invalid-value' });
  if (input.country !== undefined && !context.coverage.country(input.country)) issues.push({ path: 'country', message: `no country with code "${input.country}"`, code: 'invalid-value' });
  if (input.fieldOffice !== undefined && !context.coverage.office(input.fieldOffice)) issues.push({ path: 'fieldOffice', message: `no field office with code "${input.fieldOffice}"`, code: 'invalid-value' });
  return issues;
}

/** `POST /v1/feedback`: 401 anonymous; 400 bad body or unknown reference; 403 anyone but the organisation's editors. */
export function decideSendFeedback(principal: Principal, body: unknown, context: FeedbackContext): FeedbackSendOutcome | Refusal {
  const person = signedIn(principal);
  if (isRefusal(person)) return person;
  const parsed = safeParse(FeedbackInput, body);
  if (!parsed.success) return refuse(invalidRequestProblem(issuesOf(parsed.error)));
  const input = parsed.data;
  const grant = editorGrant(person, input.organization);
  if (!grant) return refuse(forbiddenProblem(`Only the editors of organisation "${input.organization}" send its feedback`));
  const issues = referenceIssues(input, context);
  if (issues.length) return refuse(invalidRequestProblem(issues));
  const programme = context.programmes.find((p) => p.id === input.programme)!;
  const feedback: Feedback = { ...input, id: context.newId(), sector: programme.sector, state: 'sent', sentBy: actorOf(person), sentAt: context.now.toISOString() };
  const audit = auditEntry(person, grant, 'feedback.send', { type: 'feedback', id: feedback.id }, context, { after: feedback });
  return { kind: 'send', feedback, deliveries: deliveriesOfFeedback(feedback, 'feedback.received', context), audit };
}

const feedbackNotFound = (id: string): Refusal => refuse(notFoundProblem(`No feedback with id "${id}"`));

/** 401 anonymous; 404 not readable; 403 readable but not the feedback's sector nor the Secretariat. */
function mayDecide(principal: Principal, id: string, feedback: Feedback | undefined, what: string) {
  const person = signedIn(principal);
  if (isRefusal(person)) return person;
  if (!feedback || !canReadFeedback(person, feedback)) return feedbackNotFound(id);
  const grant: RoleGrant | undefined = grantsOf(person, 'sector').find((g) => g.sector === feedback.sector) ?? secretariatGrant(person);
  if (!grant) return refuse(forbiddenProblem(`Only sector ${feedback.sector} and the Secretariat may ${what}`));
  return { person, grant, feedback };
}

/** `POST /v1/feedback/{id}/acknowledge`: 409 unless the feedback is just sent. */
export function decideAcknowledgeFeedback(principal: Principal, id: string, feedback: Feedback | undefined, context: WriteContext): FeedbackDecisionOutcome | Refusal {
  const allowed = mayDecide(principal, id, feedback, 'acknowledge this feedback');
  if ('kind' in allowed) return allowed;
  if (allowed.feedback.state !== 'sent') return refuse(conflictProblem(`Feedback "${id}" is already ${allowed.feedback.state}`));
  const { person, grant } = allowed;
  const acknowledged: Feedback = { ...allowed.feedback, state: 'acknowledged', acknowledgedBy: actorOf(person), acknowledgedAt: context.now.toISOString() };
  const audit = auditEntry(person, grant, 'feedback.acknowledge', { type: 'feedback', id }, context);
  return { kind: 'acknowledge', feedback: acknowledged, deliveries: deliveriesOfFeedback(acknowledged, 'feedback.acknowledged', context), audit };
}

/** `POST /v1/feedback/{id}/answer`: once (409 when already answered); acknowledging first is optional. */
export function decideAnswerFeedback(principal: Principal, id: string, feedback: Feedback | undefined, body: unknown, context: WriteContext): FeedbackDecisionOutcome | Refusal {
  const allowed = mayDecide(principal, id, feedback, 'answer this feedback');
  if ('kind' in allowed) return allowed;
  if (allowed.feedback.state === 'answered') return refuse(conflictProblem(`Feedback "${id}" is already answered`));
  const parsed = safeParse(FeedbackAnswerInput, body);
  if (!parsed.success) return refuse(invalidRequestProblem(issuesOf(parsed.error)));
  const { person, grant } = allowed;
  const answered: Feedback = { ...allowed.feedback, state: 'answered', answer: { ...parsed.data, by: actorOf(person), at: context.now.toISOString() } };
  const audit = auditEntry(person, grant, 'feedback.answer', { type: 'feedback', id }, context, { after: answered.answer });
  return { kind: 'answer', feedback: answered, deliveries: deliveriesOfFeedback(answered, 'feedback.answered', context), audit };
}

/** `GET /v1/feedback/{id}`: the feedback, or 401 / 404 (not readable is not found). */
export function decideReadFeedback(principal: Principal, id: string, feedback: Feedback | undefined): Feedback | Refusal {
  const person = signedIn(principal);
  if (isRefusal(person)) return person;
  return feedback && canReadFeedback(person, feedback) ? feedback : feedbackNotFound(id);
}

