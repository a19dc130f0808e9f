import { editedOrganizations, grantsOf, type Principal } from '../access/principal.js';
import type { RoleGrant } from '../access/roles.js';
import type { AuditEntry } from '../audit/audit-entry.js';
import { conflictProblem, forbiddenProblem, invalidRequestProblem, notFoundProblem } from '../errors/problems.js';
import { issuesOf } from '../errors/issues-of.js';
import { safeParse } from '../errors/safe-parse.js';
import { deliveriesOfPublishedAction, deliveriesOfReturnedAction, deliveriesOfSubmittedAction } from '../inbox/deliveries.js';
import type { InboxItem } from '../inbox/inbox-item.js';
import { actorOf, auditEntry, isRefusal, refuse, type Person, type Refusal, type WriteContext } from '../organization-writes/write-context.js';
import { editorGrant, secretariatGrant, signedIn } from '../organization-writes/write-permissions.js';
import type { Coverage } from '../programmes/field-office-coverage.js';
import type { Action } from '../schemas/action.js';
import type { FieldIssue } from '../schemas/problem.js';
import type { Programme } from '../schemas/programme.js';
import { ActionSubmission, ReturnActionBody, type SubmittedAction } from './action-submission.js';

/*
 * Actions on the ground (paragraphs 5 and 6 of the working-group paper), checked per object:
 * - an NGO editor reports its own organisation's actions: pending until the programme's sector
 *   (a focal point of the programme's lead sector) or the Secretariat publishes or returns them;
 * - a field office reports its own actions, in countries it covers, published at once;
 * - the Secretariat may report for anyone, published at once;
 * - submissions are read by the Secretariat, the programme's sector and their actor only
 *   (not readable is not found): a pending action is in no public read, feed or inbox.
 */

export interface ActionWriteContext extends WriteContext {
  programmes: readonly Programme[];
  coverage: Coverage;
  /** The actor organisation as stored, when it exists. */
  organization?: { id: string; fictional: boolean } | undefined;
}

export interface ActionSubmitOutcome {
  kind: 'submit';
  submission: SubmittedAction;
  /** The action, when it is published at once (a field office's, the Secretariat's). */
  action?: Action;
  deliveries: InboxItem[];
  audit: AuditEntry;
}

export interface ActionPublishOutcome {
  kind: 'publish';
  submission: SubmittedAction;
  action: Action;
  deliveries: InboxItem[];
  audit: AuditEntry;
}

export interface ActionReturnOutcome {
  kind: 'return';
  submission: SubmittedAction;
  deliveries: InboxItem[];
  audit: AuditEntry;
}

const actorKeyOf = (action: Pick<Action, 'actor'>) =>
  action.actor.kind === 'organization' ? `organization:${action.actor.organization}` : `field-office:${action.actor.fieldOffice}`;

/** The grant that lets `person` report an action for `actor`, or undefined (the Secretariat's first). */
function actorGrant(person: Person, actor: ActionSubmission['actor']): RoleGrant | undefined {
  const secretariat = secretariatGrant(person);
  if (secretariat) return secretariat;
  return actor.kind === 'organization' ? editorGrant(person, actor.organization) : grantsOf(person, 'field-office').find((grant) => grant.fieldOffice === actor.fieldOffice);
}

/** Unknown programme, countries, offices or organisation, and an end before the start: 400 naming the field. */
function referenceIssues(input: ActionSubmission, context: ActionWriteContext): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const issue = (path: string, message: string, code: FieldIssue['code'] = 'invalid-value') => issues.push({ path, message, code });
  if (!context.programmes.some((p) => p.id === input.programme)) issue('programme', `no programme with id "${input.programme}"`);
  input.countries.forEach((code, n) => {
    if (!context.coverage.country(code)) issue(`countries[${n}]`, `no country with code "${code}"`);
  });
  (input.fieldOffices ?? []).forEach((code, n) => {
    if (!context.coverage.office(code)) issue(`fieldOffices[${n}]`, `no field office with code "${code}"`);
  });
  if (input.actor.kind === 'organization' && context.organization?.id !== input.actor.organization) {
    issue('actor.organization', `no organisation with id "${input.actor.organization}"`);
  }
  if (input.actor.kind === 'field-office' && !context.coverage.office(input.actor.fieldOffice)) {
    issue('actor.fieldOffice', `no field office with code "${input.actor.fieldOffice}"`);
  }
  if (input.period.end !== undefined && input.period.end < input.period.start) issue('period.end', 'must not be before the start', 'inconsistent');
  return issues;
}

/**
 * `POST /v1/actions`: 401 anonymous; 400 a bad body or an unknown reference; 403 for an actor the
 * caller does not act for, or a field office reporting in countries it does not cover (another
 * office's). An NGO editor's action is pending; a field office's or the Secretariat's is published.
 */
export function decideSubmitAction(principal: Principal, body: unknown, context: ActionWriteContext): ActionSubmitOutcome | Refusal {
  const person = signedIn(principal);
  if (isRefusal(person)) return person;
  const parsed = safeParse(ActionSubmission, body);
  if (!parsed.success) return refuse(invalidRequestProblem(issuesOf(parsed.error)));
  const input = parsed.data;
  const grant = actorGrant(person, input.actor);
  if (!grant) {
    return refuse(
      forbiddenProblem(
        input.actor.kind === 'organization'
          ? `You may not report actions for organisation "${input.actor.organization}": only its editors and the Secretariat may`
          : `You may not report actions for field office "${input.actor.fieldOffice}": only the office and the Secretariat may`
      )
    );
  }
  const issues = referenceIssues(input, context);
  if (issues.length) return refuse(invalidRequestProblem(issues));
  if (input.actor.kind === 'field-office' && grant.role !== 'secretariat') {
    const covered = context.coverage.countriesCoveredBy(input.actor.fieldOffice);
    const outside = input.countries.filter((country) => !covered.includes(country));
    if (outside.length) {
      return refuse(forbiddenProblem(`Field office "${input.actor.fieldOffice}" does not cover ${outside.join(', ')}: the office covering them reports actions there`));
    }
  }

  const now = context.now.toISOString();
  const action: Action = {
    id: context.newId(),
    actor: input.actor,
    programme: input.programme,
    title: input.title,
    ...(input.description ? { description: input.description } : {}),
    countries: input.countries,
    ...(input.place !== undefined ? { place: input.place } : {}),
    ...(input.fieldOffices ? { fieldOffices: input.fieldOffices } : {}),
    period: input.period,
    outcomes: input.outcomes,
    ...(input.links ? { links: input.links } : {}),
    sdgs: input.sdgs ?? [],
    provenance: {
      sourceUrls: input.links ?? [],
      asOf: now.slice(0, 10),
      verified: false,
      fictional: context.organization?.fictional ?? false,
      note: 'Reported through Liaison',
    },
  };
  const publishedAtOnce = grant.role !== 'ngo-editor';
  const submission: SubmittedAction = {
    action,
    state: publishedAtOnce ? 'published' : 'pending',
    submittedBy: actorOf(person),
    submittedAt: now,
    ...(publishedAtOnce ? { decidedBy: actorOf(person), decidedAt: now } : {}),
  };
  const programme = context.programmes.find((p) => p.id === input.programme)!;
  const deliveries = publishedAtOnce ? deliveriesOfPublishedAction(action, programme, context.coverage, context) : deliveriesOfSubmittedAction(submission, context);
  const audit = auditEntry(person, grant, 'action.submit', { type: 'action', id: action.id }, context, {
    after: submission,
    ...(publishedAtOnce ? { note: 'published at once' } : {}),
  });
  return { kind: 'submit', submission, ...(publishedAtOnce ? { action } : {}), deliveries, audit };
}

/** The sector grant for the programme's lead sector, if `principal` holds one. */
function programmeSectorGrant(principal: Principal, programme: Programme | undefined): RoleGrant | undefined {
  return programme ? grantsOf(principal, 'sector').find((grant) => grant.sector === programme.sector) : undefined;
}

/** Submissions are read by the Secretariat, the programme's sector and their actor (its editors, or the office). */
export function canReadActionSubmission(principal: Principal, submission: SubmittedAction, programmes: readonly Programme[]): boolean {
  if (secretariatGrant(principal)) return true;
  const scope = actionSubmissionReadScope(principal, programmes);
  return scope === 'all' || scope.programmes.includes(submission.action.programme) || scope.actors.includes(actorKeyOf(submission.action));
}

/**
 * Which submissions `principal` may list: all (the Secretariat), or those of the programmes its
 * sectors lead and those whose actor it is ("organization:x" for its organisations, "field-office:y"
 * for its offices). Empty lists for everyone else.
 */
export function actionSubmissionReadScope(principal: Principal, programmes: readonly Programme[]): 'all' | { programmes: string[]; actors: string[] } {
  if (secretariatGrant(principal)) return 'all';
  const sectors = new Set(grantsOf(principal, 'sector').map((grant) => grant.sector));
  return {
    programmes: programmes.filter((p) => sectors.has(p.sector)).map((p) => p.id),
    actors: [
      ...editedOrganizations(principal).map((id) => `organization:${id}`),
      ...grantsOf(principal, 'field-office').map((grant) => `field-office:${grant.fieldOffice}`),
    ],
  };
}

const submissionNotFound = (id: string): Refusal => refuse(notFoundProblem(`No action submission with id "${id}"`));

/**
 * 401 anonymous; 404 not readable; 403 readable but neither the programme's sector nor the
 * Secretariat (the NGO itself, the office); 409 no longer pending.
 */
function mayDecide(principal: Principal, id: string, submission: SubmittedAction | undefined, context: ActionWriteContext, what: string) {
  const person = signedIn(principal);
  if (isRefusal(person)) return person;
  if (!submission || !canReadActionSubmission(person, submission, context.programmes)) return submissionNotFound(id);
  const programme = context.programmes.find((p) => p.id === submission.action.programme);
  const grant = programmeSectorGrant(person, programme) ?? secretariatGrant(person);
  if (!grant) return refuse(forbiddenProblem(`Only the programme's sector and the Secretariat may ${what}`));
  if (submission.state !== 'pending') return refuse(conflictProblem(`Action submission "${id}" is already ${submission.state}`));
  return { person, grant, submission, programme };
}

/** `POST /v1/action-submissions/{id}/publish`: the action becomes public and reaches those it concerns. */
export function decidePublishAction(principal: Principal, id: string, submission: SubmittedAction | undefined, context: ActionWriteContext): ActionPublishOutcome | Refusal {
  const allowed = mayDecide(principal, id, submission, context, 'publish an action');
  if ('kind' in allowed) return allowed;
  const { person, grant, programme } = allowed;
  if (!programme) return refuse(conflictProblem(`The action's programme "${allowed.submission.action.programme}" no longer exists: return the action instead`));
  const published: SubmittedAction = { ...allowed.submission, state: 'published', decidedBy: actorOf(person), decidedAt: context.now.toISOString() };
  const deliveries = deliveriesOfPublishedAction(published.action, programme, context.coverage, context);
  const audit = auditEntry(person, grant, 'action.publish', { type: 'action', id }, context, { after: published.action });
  return { kind: 'publish', submission: published, action: published.action, deliveries, audit };
}

/** `POST /v1/action-submissions/{id}/return`: back to the NGO with a reason it reads in its inbox. */
export function decideReturnAction(principal: Principal, id: string, submission: SubmittedAction | undefined, body: unknown, context: ActionWriteContext): ActionReturnOutcome | Refusal {
  const allowed = mayDecide(principal, id, submission, context, 'return an action');
  if ('kind' in allowed) return allowed;
  const parsed = safeParse(ReturnActionBody, body);
  if (!parsed.success) return refuse(invalidRequestProblem(issuesOf(parsed.error)));
  const { person, grant } = allowed;
  const returned: SubmittedAction = {
    ...allowed.submission,
    state: 'returned',
    decidedBy: actorOf(person),
    decidedAt: context.now.toISOString(),
    reason: parsed.data.reason,
  };
  const audit = auditEntry(person, grant, 'action.return', { type: 'action', id }, context, { note: parsed.data.reason });
  return { kind: 'return', submission: returned, deliveries: deliveriesOfReturnedAction(returned, context), audit };
}

/** `GET /v1/action-submissions/{id}`: the submission, or 401 / 404 (not readable is not found). */
export function decideReadActionSubmission(principal: Principal, id: string, submission: SubmittedAction | undefined, programmes: readonly Programme[]): SubmittedAction | Refusal {
  const person = signedIn(principal);
  if (isRefusal(person)) return person;
  return submission && canReadActionSubmission(person, submission, programmes) ? submission : submissionNotFound(id);
}
