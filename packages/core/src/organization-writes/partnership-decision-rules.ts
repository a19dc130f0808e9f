import type { Principal } from '../access/principal.js';
import type { AuditEntry } from '../audit/audit-entry.js';
import { invalidRequestProblem } from '../errors/problems.js';
import { safeParse } from '../errors/safe-parse.js';
import { issuesOf } from '../errors/issues-of.js';
import { partnershipRuleIssues } from '../organizations/directives-rules.js';
import { currentPartnership } from '../organizations/partnership.js';
import type { Organization, PartnershipCategory, PartnershipEntry } from '../schemas/organization.js';
import type { FieldIssue } from '../schemas/problem.js';
import { PartnershipDecisionInput, type PartnershipDecision } from './partnership-decision.js';
import { actorOf, auditEntry, isRefusal, nextVersion, refuse, type Refusal, type VersionedOrganization, type WriteContext } from './write-context.js';
import { organizationNotFound, requireSecretariat, signedIn } from './write-permissions.js';

/*
 * The few rules of the 2011 Directives (36 C/Resolution 108) a recorded decision must follow
 * (see /work/shared/reference/unesco-domain.md, "Two categories of official partnership"):
 * - consultative status is decided by the Director-General, associate status by the Executive
 *   Board (on the DG's recommendation); a suspension, renewal or termination is decided by the
 *   body that decides the category in force;
 * - admission opens a partnership: none may be in force (a pending request, or a terminated
 *   one, may precede it). An NGO is admitted to consultative status, a foundation to official
 *   relations; associate status needs at least two years of effective consultative
 *   partnership, so it is reached by reclassification, never by admission;
 * - associate status is open only to international or regional NGOs (checked with the record's
 *   other partnership rules, directives-rules.ts);
 * - renewal concerns associate status only (renewable periods of eight years; consultative
 *   status is not time-limited in the sources);
 * - suspension needs a partnership in force and active; termination one in force, active or suspended;
 * - the history stays oldest first: a decision cannot precede the entry in force.
 */

const BODY_OF: Partial<Record<PartnershipCategory, 'DG' | 'EB'>> = { consultative: 'DG', associate: 'EB' };
/** Years of consultative partnership before associate status (2011 Directives). */
const CONSULTATIVE_YEARS_BEFORE_ASSOCIATE = 2;

export interface DecisionOutcome {
  kind: 'decide';
  decision: PartnershipDecision;
  organization: Organization;
  version: string;
  audit: AuditEntry;
}

function ruleIssues(org: Organization, input: PartnershipDecisionInput): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const issue = (path: string, message: string) => issues.push({ path, message, code: 'inconsistent' });
  const current = currentPartnership(org);
  const inForce = current !== undefined && current.state !== 'pending' && current.state !== 'terminated';
  const year = Number(input.date.slice(0, 4));
  const opens = input.kind === 'admission' || input.kind === 'reclassification' || input.kind === 'renewal';

  if (opens && input.category === undefined) issue('category', `a ${input.kind} grants a category: name it`);
  if (!opens && input.category !== undefined) issue('category', `a ${input.kind} grants no category: leave it out`);
  switch (input.kind) {
    case 'admission':
      if (inForce) issue('kind', 'a partnership is in force already: record a reclassification, renewal, suspension or termination instead');
      if (input.category === 'associate') issue('category', 'associate status needs two years of consultative partnership: it is reached by reclassification (2011 Directives)');
      break;
    case 'reclassification':
      if (!inForce || current.state !== 'active') issue('kind', 'a reclassification needs an active partnership in force');
      else if (input.category === current.category) issue('category', `the category in force is ${input.category} already`);
      else if (input.category === 'associate' && current.category === 'consultative' && current.since !== undefined && year - current.since < CONSULTATIVE_YEARS_BEFORE_ASSOCIATE) {
        issue('date', `associate status needs ${CONSULTATIVE_YEARS_BEFORE_ASSOCIATE} years of consultative partnership (consultative since ${current.since})`);
      }
      break;
    case 'renewal':
      if (!inForce || current.state !== 'active' || current.category !== 'associate') issue('kind', 'only an active associate partnership is renewed (renewable periods of eight years)');
      break;
    case 'suspension':
      if (!inForce || current.state !== 'active') issue('kind', 'a suspension needs an active partnership in force');
      break;
    case 'termination':
      if (!inForce) issue('kind', 'a termination needs a partnership in force (active or suspended)');
      break;
  }
  const category = opens ? input.category : current?.category;
  const body = category ? BODY_OF[category] : undefined;
  if (body && input.decidedBy !== body) issue('decidedBy', `${category} status is decided by the ${body === 'EB' ? 'Executive Board' : 'Director-General'} (2011 Directives)`);
  const lastFrom = org.partnership.at(-1)?.from;
  if (lastFrom !== undefined && year < lastFrom) issue('date', `precedes the entry in force (from ${lastFrom}): the history is oldest first`);
  return issues;
}

/** The partnership entry a decision adds: a new category, or the state it puts the one in force in. */
function entryOf(org: Organization, input: PartnershipDecisionInput): PartnershipEntry {
  const category = input.category ?? currentPartnership(org)?.category;
  const state = input.kind === 'suspension' ? 'suspended' : input.kind === 'termination' ? 'terminated' : undefined;
  return {
    ...(category ? { category } : {}),
    ...(state ? { state } : {}),
    from: Number(input.date.slice(0, 4)),
    decidedBy: input.decidedBy,
    decisionRef: input.decisionRef,
    evidence: input.evidence,
  };
}

/** Issues the record's own partnership rules find with the new (last) entry, named by the input's fields. */
function newEntryIssues(org: Organization): FieldIssue[] {
  const prefix = `partnership[${org.partnership.length - 1}].`;
  const fields: Record<string, string> = { category: 'category', decidedBy: 'decidedBy', from: 'date', to: 'date', evidence: 'evidence' };
  return partnershipRuleIssues(org)
    .filter((issue) => issue.path.startsWith(prefix))
    .map((issue) => ({ path: fields[issue.path.slice(prefix.length)] ?? '(root)', message: issue.message, code: 'inconsistent' }));
}

/**
 * `POST /v1/organizations/{id}/decisions`: the Secretariat records a partnership decision. 401
 * anonymous, 404 no such organisation, 403 any other role (the history is public), 400 a body
 * or a decision the rules above refuse. The decision joins the public history and the
 * organisation gets the entry it implies, as a new published version.
 */
export function applyPartnershipDecision(
  principal: Principal,
  id: string,
  current: VersionedOrganization | undefined,
  body: unknown,
  context: WriteContext
): DecisionOutcome | Refusal {
  const person = signedIn(principal);
  if (isRefusal(person)) return person;
  if (!current) return organizationNotFound(id);
  const grant = requireSecretariat(person, 'record partnership decisions');
  if ('kind' in grant) return grant;
  const parsed = safeParse(PartnershipDecisionInput, body);
  if (!parsed.success) return refuse(invalidRequestProblem(issuesOf(parsed.error)));
  const input = parsed.data;
  const before = current.organization;
  const rules = ruleIssues(before, input);
  if (rules.length) return refuse(invalidRequestProblem(rules));
  const organization: Organization = { ...before, partnership: [...before.partnership, entryOf(before, input)] };
  const entryIssues = newEntryIssues(organization);
  if (entryIssues.length) return refuse(invalidRequestProblem(entryIssues));

  const decision: PartnershipDecision = {
    ...input,
    id: context.newId(),
    organizationId: id,
    recordedBy: actorOf(person),
    recordedAt: context.now.toISOString(),
  };
  const audit = auditEntry(person, grant, 'decision.record', { type: 'organization', id }, context, {
    before,
    after: organization,
    note: `${input.kind} ${input.decisionRef}`,
  });
  return { kind: 'decide', decision, organization, version: nextVersion(current.version), audit };
}
