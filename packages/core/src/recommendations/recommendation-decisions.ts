import { grantsOf, type Principal } from '../access/principal.js';
import type { RoleGrant } from '../access/roles.js';
import type { AuditEntry } from '../audit/audit-entry.js';
import { conflictProblem, forbiddenProblem, invalidRequestProblem, notFoundProblem } from '../errors/problems.js';
import { issuesOf } from '../errors/issues-of.js';
import { safeParse } from '../errors/safe-parse.js';
import { addresseeKey, type Addressee } from '../inbox/addressee.js';
import { holdsAddressee } from '../inbox/addressee-holders.js';
import { deliveriesOfFollowUp, deliveriesOfRecommendation } from '../inbox/deliveries.js';
import type { InboxItem } from '../inbox/inbox-item.js';
import { themeVocabulary } from '../matching/themes.js';
import { actorOf, auditEntry, isRefusal, refuse, type Person, type Refusal, type WriteContext } from '../organization-writes/write-context.js';
import { secretariatGrant, signedIn } from '../organization-writes/write-permissions.js';
import type { FieldIssue } from '../schemas/problem.js';
import { FOLLOW_UP_STATUSES, FollowUpInput, RecommendationInput, RecommendationSubject, type AddresseeFollowUps, type FollowUp, type FollowUpStatus, type Recommendation, type RoutingProposal } from './recommendation.js';
import { proposeAddressees, type RoutingData } from './routing-proposal.js';

/*
 * Recommendations of an event's outputs and their follow-up (paragraphs 5 and 11 of the
 * working-group paper): the Liaison Committee (or the Secretariat) records them with the
 * addressees it confirmed; each addressee, and only it, follows up for itself, forward only.
 * Recommendations are public; a follow-up is public when its addressee makes it so.
 */

export interface RecommendationContext extends WriteContext, RoutingData {
  eventExists: (id: string) => boolean;
}

export interface RecommendationRecordOutcome {
  kind: 'record';
  recommendation: Recommendation;
  deliveries: InboxItem[];
  audit: AuditEntry;
}

export interface FollowUpOutcome {
  kind: 'follow-up';
  /** The whole recommendation with the new follow-up: show it through recommendationView. */
  recommendation: Recommendation;
  addressee: Addressee;
  followUp: FollowUp;
  deliveries: InboxItem[];
  audit: AuditEntry;
}

/** The follow-ups' final statuses: nothing follows them. */
const FINAL: readonly FollowUpStatus[] = ['implemented', 'not-retained'];

/** The Liaison Committee's grant, else the Secretariat's. */
const committeeGrant = (principal: Principal): RoleGrant | undefined => grantsOf(principal, 'liaison-committee')[0] ?? secretariatGrant(principal);

function mayRecord(principal: Principal, what: string): { person: Person; grant: RoleGrant } | Refusal {
  const person = signedIn(principal);
  if (isRefusal(person)) return person;
  const grant = committeeGrant(person);
  return grant ? { person, grant } : refuse(forbiddenProblem(`Only the Liaison Committee and the Secretariat may ${what}`));
}

/** Unknown event, countries, themes and addressees: 400 naming the field. */
function referenceIssues(input: RecommendationSubject & { addressees?: readonly Addressee[] }, context: RecommendationContext): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const themes = context.themes ?? themeVocabulary();
  if (!context.eventExists(input.event)) issues.push({ path: 'event', message: `no event with id "${input.event}"`, code: 'invalid-value' });
  input.themes.forEach((theme, n) => {
    if (!themes.concept(themes.keyOf(theme))) issues.push({ path: `themes[${n}]`, message: `"${theme}" is not a concept of the vocabulary`, code: 'invalid-value' });
  });
  input.countries.forEach((country, n) => {
    if (!context.coverage.country(country)) issues.push({ path: `countries[${n}]`, message: `no country with code "${country}"`, code: 'invalid-value' });
  });
  const seen = new Set<string>();
  (input.addressees ?? []).forEach((addressee, n) => {
    const key = addresseeKey(addressee);
    if (seen.has(key)) issues.push({ path: `addressees[${n}]`, message: `${key} is named twice`, code: 'duplicate' });
    seen.add(key);
    if (addressee.kind === 'field-office' && !context.coverage.office(addressee.fieldOffice)) issues.push({ path: `addressees[${n}].fieldOffice`, message: `no field office with code "${addressee.fieldOffice}"`, code: 'invalid-value' });
    if (addressee.kind === 'member-state' && !context.coverage.country(addressee.country)) issues.push({ path: `addressees[${n}].country`, message: `no country with code "${addressee.country}"`, code: 'invalid-value' });
  });
  return issues;
}

/** `POST /v1/recommendation-proposals`: who core proposes, with the reasons; writes nothing. */
export function decideProposeAddressees(principal: Principal, body: unknown, context: RecommendationContext): RoutingProposal | Refusal {
  const allowed = mayRecord(principal, 'route recommendations');
  if ('kind' in allowed) return allowed;
  const parsed = safeParse(RecommendationSubject, body);
  if (!parsed.success) return refuse(invalidRequestProblem(issuesOf(parsed.error)));
  const issues = referenceIssues(parsed.data, context);
  if (issues.length) return refuse(invalidRequestProblem(issues));
  return { addressees: proposeAddressees(parsed.data, context) };
}

/**
 * `POST /v1/recommendations`: recorded with the confirmed addressees, each keeping core's reasons
 * when core proposed it ([] when the Committee added it); what core proposed is kept beside.
 */
export function decideRecordRecommendation(principal: Principal, body: unknown, context: RecommendationContext): RecommendationRecordOutcome | Refusal {
  const allowed = mayRecord(principal, 'record recommendations');
  if ('kind' in allowed) return allowed;
  const parsed = safeParse(RecommendationInput, body);
  if (!parsed.success) return refuse(invalidRequestProblem(issuesOf(parsed.error)));
  const input = parsed.data;
  const issues = referenceIssues(input, context);
  if (issues.length) return refuse(invalidRequestProblem(issues));
  const proposal = proposeAddressees(input, context);
  const reasonsOf = (addressee: Addressee) => proposal.find((p) => addresseeKey(p.addressee) === addresseeKey(addressee))?.reasons ?? [];
  const recommendation: Recommendation = {
    id: context.newId(),
    event: input.event,
    ...(input.reference !== undefined ? { reference: input.reference } : {}),
    text: input.text,
    themes: input.themes,
    sectors: input.sectors,
    countries: input.countries,
    recordedAt: context.now.toISOString(),
    recordedBy: actorOf(allowed.person),
    proposal,
    addressees: input.addressees.map((addressee) => ({ addressee, reasons: reasonsOf(addressee), followUps: [] })),
  };
  const audit = auditEntry(allowed.person, allowed.grant, 'recommendation.record', { type: 'recommendation', id: recommendation.id }, context, { after: recommendation });
  return { kind: 'record', recommendation, deliveries: deliveriesOfRecommendation(recommendation, context), audit };
}

/** The latest follow-up status of an addressee (follow-ups are oldest first), or undefined before any. */
export function latestStatus(entry: Pick<AddresseeFollowUps, 'followUps'>): FollowUpStatus | undefined {
  return entry.followUps.at(-1)?.status;
}

const recommendationNotFound = (id: string): Refusal => refuse(notFoundProblem(`No recommendation with id "${id}"`));

/**
 * `POST /v1/recommendations/{id}/follow-ups`: 401 anonymous; 404 no such recommendation; 400 a
 * bad body or an addressee it is not addressed to; 403 an addressee the caller does not hold (a
 * Member State following up for another); 409 a status that does not move forward, or after a
 * final one.
 */
export function decideFollowUp(principal: Principal, id: string, recommendation: Recommendation | undefined, body: unknown, context: WriteContext): FollowUpOutcome | Refusal {
  const person = signedIn(principal);
  if (isRefusal(person)) return person;
  if (!recommendation) return recommendationNotFound(id);
  const parsed = safeParse(FollowUpInput, body);
  if (!parsed.success) return refuse(invalidRequestProblem(issuesOf(parsed.error)));
  const input = parsed.data;
  const key = addresseeKey(input.addressee);
  const index = recommendation.addressees.findIndex((entry) => addresseeKey(entry.addressee) === key);
  if (index < 0) return refuse(invalidRequestProblem([{ path: 'addressee', message: `the recommendation is not addressed to ${key}`, code: 'invalid-value' }]));
  const grant = holdsAddressee(person, input.addressee);
  if (!grant) return refuse(forbiddenProblem(`Only ${key} follows up for ${key}`));
  const entry = recommendation.addressees[index]!;
  const latest = latestStatus(entry);
  if (latest !== undefined && FINAL.includes(latest)) return refuse(conflictProblem(`The follow-up of ${key} ended: ${latest}`));
  if (latest !== undefined && FOLLOW_UP_STATUSES.indexOf(input.status) <= FOLLOW_UP_STATUSES.indexOf(latest)) {
    return refuse(conflictProblem(`The follow-up of ${key} is ${latest}: a status moves forward, never back`));
  }
  const followUp: FollowUp = {
    status: input.status,
    ...(input.note ? { note: input.note } : {}),
    public: input.public,
    at: context.now.toISOString(),
    by: actorOf(person),
  };
  const updated: Recommendation = {
    ...recommendation,
    addressees: recommendation.addressees.map((other, n) => (n === index ? { ...other, followUps: [...other.followUps, followUp] } : other)),
  };
  const audit = auditEntry(person, grant, 'recommendation.follow-up', { type: 'recommendation', id }, context, { after: followUp, note: `${key}: ${input.status}` });
  return { kind: 'follow-up', recommendation: updated, addressee: input.addressee, followUp, deliveries: deliveriesOfFollowUp(updated, input.addressee, followUp, context), audit };
}

/**
 * A recommendation as `principal` reads it: the Liaison Committee and the Secretariat see
 * everything; a holder of an addressee sees that addressee's follow-ups, public or not; everyone
 * else (anonymous readers included) the public follow-ups only, without who recorded what.
 */
export function recommendationView(principal: Principal, recommendation: Recommendation): Recommendation {
  if (committeeGrant(principal)) return recommendation;
  const { recordedBy: _recordedBy, ...rest } = recommendation;
  return {
    ...rest,
    addressees: recommendation.addressees.map((entry) =>
      holdsAddressee(principal, entry.addressee)
        ? entry
        : { ...entry, followUps: entry.followUps.filter((f) => f.public).map(({ by: _by, ...publicFollowUp }) => publicFollowUp) }
    ),
  };
}
