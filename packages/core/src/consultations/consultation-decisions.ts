import { editedOrganizations, grantsOf, type Principal } from '../access/principal.js';
import type { RoleGrant } from '../access/roles.js';
import type { AuditEntry } from '../audit/audit-entry.js';
import { conflictProblem, forbiddenProblem, invalidRequestProblem, notFoundProblem } from '../errors/problems.js';
import { issuesOf } from '../errors/issues-of.js';
import { safeParse } from '../errors/safe-parse.js';
import { auditEntry, isRefusal, refuse, type Person, type Refusal, type WriteContext } from '../organization-writes/write-context.js';
import { editorGrant, secretariatGrant, signedIn } from '../organization-writes/write-permissions.js';
import { ConsultationInput, ConsultationResponseInput, type Consultation, type ConsultationResponse, type Respondent } from './consultation.js';
import { freezeAudience, isAudiencePublic, isConsultationClosed, isConsultationOpen, isInAudience, type RespondentFacts, validateAnswers } from './consultation-rules.js';

/*
 * Who does what with a consultation:
 * - the Secretariat creates any; a sector's focal point creates its sector's;
 * - the owner (and the Secretariat) reads live results and publishes them after closing;
 * - respondents read what they are in the audience for; a private audience (a list, the sector's
 *   experts) is invisible to everyone else (404); a public one is readable but not answerable (403);
 * - one response per respondent, replaced by a second PUT, refused after closing (409).
 */

const notFound = (id: string): Refusal => refuse(notFoundProblem(`No consultation with id "${id}"`));

/** The grant that makes `principal` an owner of the consultation, if any. */
export function ownerGrant(principal: Principal, owner: Consultation['owner']): RoleGrant | undefined {
  const secretariat = secretariatGrant(principal);
  if (secretariat) return secretariat;
  if (owner.kind !== 'sector') return undefined;
  return grantsOf(principal, 'sector').find((grant) => grant.sector === owner.sector);
}

/** The respondents a principal may answer as: the organisations it edits, the Member States it acts for. */
export function respondentsOf(principal: Principal): Respondent[] {
  return [
    ...editedOrganizations(principal).map((organization): Respondent => ({ kind: 'organization', organization })),
    ...grantsOf(principal, 'member-state').map((grant): Respondent => ({ kind: 'member-state', country: grant.country })),
  ];
}

export type FactsOf = (organization: string) => RespondentFacts;

/** Whether `principal` may see the consultation at all (owner, audience, or a public audience). */
export function canSeeConsultation(principal: Principal, consultation: Consultation, factsOf: FactsOf): boolean {
  if (ownerGrant(principal, consultation.owner)) return true;
  if (isAudiencePublic(consultation.audience)) return true;
  return respondentsOf(principal).some((respondent) => isInAudience(consultation.audience, respondent, respondent.kind === 'organization' ? factsOf(respondent.organization) : undefined));
}

export interface ConsultationCreateOutcome {
  kind: 'create';
  consultation: Consultation;
  audit: AuditEntry;
}

/** `POST /v1/consultations`: 400 bad body; 403 unless the Secretariat or the owning sector. */
export function decideCreateConsultation(principal: Principal, body: unknown, context: WriteContext & { sectorExperts: (sector: string) => string[] }): ConsultationCreateOutcome | Refusal {
  const person = signedIn(principal);
  if (isRefusal(person)) return person;
  const parsed = safeParse(ConsultationInput, body);
  if (!parsed.success) return refuse(invalidRequestProblem(issuesOf(parsed.error)));
  const input = parsed.data;
  const grant = ownerGrant(person, input.owner);
  if (!grant) return refuse(forbiddenProblem('Only the Secretariat, or a sector for its own sector, opens a consultation'));
  const audience = input.audience.kind === 'sector-experts' ? freezeAudience({ ...input.audience, frozen: undefined }, context.sectorExperts(input.audience.sector)) : input.audience;
  const consultation: Consultation = { ...input, id: `cons-${context.newId()}`, audience };
  return { kind: 'create', consultation, audit: auditEntry(person, grant, 'consultation.create', { type: 'consultation', id: consultation.id }, context, { after: consultation }) };
}

/** Reading one consultation: 404 where the reader must not learn it exists. */
export function decideReadConsultation(principal: Principal, id: string, consultation: Consultation | undefined, factsOf: FactsOf): Consultation | Refusal {
  if (!consultation || !canSeeConsultation(principal, consultation, factsOf)) return notFound(id);
  return consultation;
}

export interface ConsultationRespondOutcome {
  kind: 'respond';
  response: ConsultationResponse;
  audit: AuditEntry;
}

/**
 * `PUT /v1/consultations/{id}/responses/mine`: 404 invisible; 403 not in the audience (or not
 * yet open); 409 after closing; 400 answers that do not fit the questions.
 */
export function decideRespond(
  principal: Principal,
  id: string,
  consultation: Consultation | undefined,
  body: unknown,
  context: WriteContext & { factsOf: FactsOf; existing: (respondent: Respondent) => ConsultationResponse | undefined },
): ConsultationRespondOutcome | Refusal {
  const person = signedIn(principal);
  if (isRefusal(person)) return person;
  if (!consultation || !canSeeConsultation(person, consultation, context.factsOf)) return notFound(id);
  const parsed = safeParse(ConsultationResponseInput, body);
  if (!parsed.success) return refuse(invalidRequestProblem(issuesOf(parsed.error)));
  const respondent = pickRespondent(person, parsed.data.organization);
  if (!respondent || !isInAudience(consultation.audience, respondent.respondent, respondent.respondent.kind === 'organization' ? context.factsOf(respondent.respondent.organization) : undefined)) {
    return refuse(forbiddenProblem(`You are not among the respondents of consultation "${id}"`));
  }
  if (isConsultationClosed(consultation, context.now)) return refuse(conflictProblem(`Consultation "${id}" closed at ${consultation.closesAt}`));
  if (!isConsultationOpen(consultation, context.now)) return refuse(forbiddenProblem(`Consultation "${id}" opens at ${consultation.opensAt}`));
  const issues = validateAnswers(consultation.questions, parsed.data.answers);
  if (issues.length) return refuse(invalidRequestProblem(issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message, code: 'invalid-value' }))));
  const before = context.existing(respondent.respondent);
  const at = context.now.toISOString();
  const response: ConsultationResponse = { consultation: consultation.id, respondent: respondent.respondent, answers: parsed.data.answers, submittedAt: before?.submittedAt ?? at, updatedAt: at };
  const audit = auditEntry(person, respondent.grant, 'consultation.respond', { type: 'consultation', id: consultation.id }, context, { after: response });
  return { kind: 'respond', response, audit };
}

function pickRespondent(person: Person, organization: string | undefined): { respondent: Respondent; grant: RoleGrant } | undefined {
  if (organization !== undefined) {
    const grant = editorGrant(person, organization);
    return grant ? { respondent: { kind: 'organization', organization }, grant } : undefined;
  }
  const state = grantsOf(person, 'member-state')[0];
  if (state) return { respondent: { kind: 'member-state', country: state.country }, grant: state };
  const edited = editedOrganizations(person);
  if (edited.length === 1) return pickRespondent(person, edited[0]);
  return undefined;
}

/** Live results: the owner (or the Secretariat) at any time; others only once published. */
export function mayReadResults(principal: Principal, consultation: Consultation, now: Date): boolean {
  if (ownerGrant(principal, consultation.owner)) return true;
  return consultation.resultsPublishedAt !== undefined && isConsultationClosed(consultation, now);
}

/** `POST /v1/consultations/{id}/publish`: the owner, after closing, once. */
export function decidePublishResults(principal: Principal, id: string, consultation: Consultation | undefined, context: WriteContext & { factsOf: FactsOf }): { kind: 'publish'; consultation: Consultation; audit: AuditEntry } | Refusal {
  const person = signedIn(principal);
  if (isRefusal(person)) return person;
  if (!consultation || !canSeeConsultation(person, consultation, context.factsOf)) return notFound(id);
  const grant = ownerGrant(person, consultation.owner);
  if (!grant) return refuse(forbiddenProblem(`Only the owner of consultation "${id}" publishes its results`));
  if (!isConsultationClosed(consultation, context.now)) return refuse(conflictProblem(`Consultation "${id}" is still open until ${consultation.closesAt}`));
  if (consultation.resultsPublishedAt) return refuse(conflictProblem(`The results of consultation "${id}" are already published`));
  const published = { ...consultation, resultsPublishedAt: context.now.toISOString() };
  return { kind: 'publish', consultation: published, audit: auditEntry(person, grant, 'consultation.publish', { type: 'consultation', id }, context) };
}
