import type { Principal } from '../access/principal.js';
import { roleKey, type RoleGrant } from '../access/roles.js';
import type { AuditEntry } from '../audit/audit-entry.js';
import { conflictProblem, forbiddenProblem, invalidRequestProblem, notFoundProblem } from '../errors/problems.js';
import { issuesOf } from '../errors/issues-of.js';
import { safeParse } from '../errors/safe-parse.js';
import { EVENT_SESSION_RULES } from '../events/event-session.js';
import type { Addressee } from '../inbox/addressee.js';
import type { InboxItem, InboxItemKind } from '../inbox/inbox-item.js';
import type { AnyLanguageText } from '../schemas/localized-text.js';
import { actorOf, auditEntry, isRefusal, refuse, type Person, type Refusal, type WriteContext } from '../organization-writes/write-context.js';
import { signedIn } from '../organization-writes/write-permissions.js';
import type { GoverningBodySession } from '../sessions/governing-body-session.js';
import { applyMeetingAction, isMeetingPublic, otherSide, requestMeeting, sideOf, type Meeting, type MeetingAction, type MeetingParty, type MeetingResult, type MeetingSide } from './meeting.js';
import { MeetingCallOffInput, MeetingConfirmInput, MeetingCounterProposeInput, MeetingDeclineInput, MeetingPublicInput, MeetingRequestInput } from './meeting-schema.js';

/*
 * Who may do what to a meeting (paper ¶13), per object:
 * - an NGO editor asks a National Commission member (a person holding `member-state` through
 *   `national-commission`) to meet, or the reverse; the body names both scopes and the person;
 * - only the party whose turn it is confirms one proposed slot, declines with a reason or
 *   proposes other slots, which makes it the other party's turn (the other party: 403; a
 *   decided meeting: 409);
 * - each party says whether it agrees that the meeting be public; it is public only when both do;
 * - a meeting exists only for its two parties (404 for anyone else), and each must still hold
 *   the role it acts in (403 once it lost it).
 * The other party hears of each step in its inbox (its organisation's, or its Member State's).
 */

/** A person as the API found them: enough to tell whether they can act for a side. */
export interface MeetingPersonRecord {
  personId: string;
  roles: readonly RoleGrant[];
  disabled: boolean;
}

export interface MeetingRequestContext extends WriteContext {
  /** The person the body names as counterpart, if they exist. */
  counterpart: MeetingPersonRecord | undefined;
  /** Whether the organisation the body names exists. */
  organizationExists: boolean;
  /** The session the body names, if it exists. */
  session: GoverningBodySession | undefined;
}

export interface MeetingOutcome {
  kind: 'request' | 'confirm' | 'decline' | 'call-off' | 'public' | 'counter-propose';
  meeting: Meeting;
  deliveries: InboxItem[];
  audit: AuditEntry;
  /** Whether the meeting's public standing changed (its calendar event is then written). */
  publicChanged: boolean;
}

/** The grant by which roles `roles` act for `side` with `scope` (an organisation id or a country code). */
export function meetingGrant(roles: readonly RoleGrant[], side: MeetingSide, scope: string): RoleGrant | undefined {
  return roles.find((grant) =>
    side === 'ngo'
      ? grant.role === 'ngo-editor' && grant.organization === scope
      : grant.role === 'member-state' && grant.via === 'national-commission' && grant.country === scope,
  );
}

/** Whose inbox hears of a party's meetings: its organisation's, or its Member State's. */
export function meetingAddressee(party: Pick<MeetingParty, 'side' | 'scope'>): Addressee {
  return party.side === 'ngo' ? { kind: 'organization', organization: party.scope } : { kind: 'member-state', country: party.scope };
}

const partyOf = (meeting: Meeting, side: MeetingSide): MeetingParty => (meeting.requester.side === side ? meeting.requester : meeting.counterpart);

function deliveryTo(kind: InboxItemKind, meeting: Meeting, party: MeetingParty, context: WriteContext, summary?: string): InboxItem {
  const language = meeting.language ?? 'en';
  const addressee = meetingAddressee(party);
  return {
    id: context.newId(),
    kind,
    addressee,
    subject: { type: 'meeting', id: meeting.id },
    title: { [language]: meeting.subject } as AnyLanguageText,
    ...(summary ? { summary: { [language]: summary } as AnyLanguageText } : {}),
    at: context.now.toISOString(),
    public: false,
    reasons: [party.side === 'ngo' ? `organization:${party.scope}` : `country:${party.scope}`],
  };
}

/** A refusal of the state machine as an HTTP problem: its 422s are bad input (400 naming the field). */
function refusalOf(result: Extract<MeetingResult, { ok: false }>): Refusal {
  if (result.status === 403) return refuse(forbiddenProblem(result.reason));
  if (result.status === 409) return refuse(conflictProblem(result.reason));
  return refuse(invalidRequestProblem([{ path: result.field ?? '', message: result.reason, code: 'invalid-value' }]));
}

/** `POST /v1/meetings`: 401 anonymous; 400 bad body, unknown organisation, person or session; 403 the caller does not act for the side it names. */
export function decideRequestMeeting(principal: Principal, body: unknown, context: MeetingRequestContext): MeetingOutcome | Refusal {
  const person = signedIn(principal);
  if (isRefusal(person)) return person;
  const parsed = safeParse(MeetingRequestInput, body);
  if (!parsed.success) return refuse(invalidRequestProblem(issuesOf(parsed.error)));
  const input = parsed.data;
  const ownScope = input.as === 'ngo' ? input.organization : input.country;
  const grant = meetingGrant(person.roles, input.as, ownScope);
  if (!grant) {
    return refuse(forbiddenProblem(input.as === 'ngo' ? `Only the editors of organisation "${input.organization}" ask to meet for it` : `Only the National Commission of ${input.country} asks to meet for it`));
  }
  const theirSide = otherSide(input.as);
  const theirScope = theirSide === 'ngo' ? input.organization : input.country;
  const issues = [];
  if (!context.organizationExists) issues.push({ path: 'organization', message: `no organisation with id "${input.organization}"`, code: 'invalid-value' as const });
  const counterpart = context.counterpart;
  if (input.counterpart === person.personId) {
    issues.push({ path: 'counterpart', message: 'the counterpart is someone else', code: 'invalid-value' as const });
  } else if (!counterpart || counterpart.disabled || !meetingGrant(counterpart.roles, theirSide, theirScope)) {
    const who = theirSide === 'ngo' ? `an editor of organisation "${input.organization}"` : `a member of the National Commission of ${input.country}`;
    issues.push({ path: 'counterpart', message: `"${input.counterpart}" is not ${who}`, code: 'invalid-value' as const });
  }
  if (input.session !== undefined) {
    const bodies = EVENT_SESSION_RULES['natcom-meeting'].bodies;
    if (!context.session) issues.push({ path: 'session', message: `no session with id "${input.session}"`, code: 'invalid-value' as const });
    else if (!bodies.includes(context.session.body)) issues.push({ path: 'session', message: `session "${input.session}" is not a General Conference or Executive Board session`, code: 'invalid-value' as const });
  }
  if (issues.length) return refuse(invalidRequestProblem(issues));
  const requested = requestMeeting(
    {
      id: context.newId(),
      subject: input.subject,
      language: input.language,
      ...(input.session === undefined ? {} : { sessionId: input.session }),
      requester: { side: input.as, personId: person.personId, scope: ownScope, publicConsent: input.public ?? false },
      counterpart: { side: theirSide, personId: input.counterpart, scope: theirScope },
      slots: input.slots,
    },
    context.now,
  );
  if (!requested.ok) return refusalOf(requested);
  const meeting = requested.meeting;
  const audit = auditEntry(person, grant, 'meeting.request', { type: 'meeting', id: meeting.id }, context, { after: meeting });
  return { kind: 'request', meeting, deliveries: [deliveryTo('meeting.proposed', meeting, meeting.counterpart, context)], audit, publicChanged: false };
}

const meetingNotFound = (id: string): Refusal => refuse(notFoundProblem(`No meeting with id "${id}"`));

/** 401 anonymous; 404 not a party; 403 a party that no longer holds the role it acts in. */
function partyAction(principal: Principal, id: string, meeting: Meeting | undefined): { kind: 'allowed'; person: Person; side: MeetingSide; grant: RoleGrant; meeting: Meeting } | Refusal {
  const person = signedIn(principal);
  if (isRefusal(person)) return person;
  const side = meeting ? sideOf(meeting, person.personId) : undefined;
  if (!meeting || !side) return meetingNotFound(id);
  const party = partyOf(meeting, side);
  const grant = meetingGrant(person.roles, side, party.scope);
  if (!grant) return refuse(forbiddenProblem(side === 'ngo' ? `You no longer edit organisation "${party.scope}"` : `You no longer act for the National Commission of ${party.scope}`));
  return { kind: 'allowed', person, side, grant, meeting };
}

/** The answer to a proposal is the other party's: 409 once decided, 403 for the party that proposed. */
function answerTurn(meeting: Meeting, side: MeetingSide): Refusal | undefined {
  if (meeting.status !== 'proposed') return refuse(conflictProblem(`Meeting "${meeting.id}" is already ${meeting.status}`));
  if (meeting.awaiting !== side) return refuse(forbiddenProblem('The other party answers this proposal'));
  return undefined;
}

function applied(meeting: Meeting, side: MeetingSide, action: MeetingAction, now: Date): Meeting | Refusal {
  const result = applyMeetingAction(meeting, side, action, now);
  return result.ok ? result.meeting : refusalOf(result);
}

/** `POST /v1/meetings/{id}/confirm` with the start of a proposed slot. */
export function decideConfirmMeeting(principal: Principal, id: string, stored: Meeting | undefined, body: unknown, context: WriteContext): MeetingOutcome | Refusal {
  const allowed = partyAction(principal, id, stored);
  if (isRefusal(allowed)) return allowed;
  const { person, side, grant, meeting } = allowed;
  const turn = answerTurn(meeting, side);
  if (turn) return turn;
  const parsed = safeParse(MeetingConfirmInput, body);
  if (!parsed.success) return refuse(invalidRequestProblem(issuesOf(parsed.error)));
  const at = Date.parse(parsed.data.start);
  const slotIndex = meeting.slots.findIndex((slot) => Date.parse(slot.start) === at);
  if (slotIndex < 0) {
    const proposed = meeting.slots.map((slot) => slot.start).join(', ');
    return refuse(invalidRequestProblem([{ path: 'start', message: `not one of the proposed slots (${proposed})`, code: 'invalid-value' }]));
  }
  const confirmed = applied(meeting, side, { type: 'confirm', slotIndex }, context.now);
  if ('kind' in confirmed) return confirmed;
  const audit = auditEntry(person, grant, 'meeting.confirm', { type: 'meeting', id }, context, { after: confirmed.confirmedSlot });
  const deliveries = [deliveryTo('meeting.confirmed', confirmed, partyOf(confirmed, otherSide(side)), context)];
  return { kind: 'confirm', meeting: confirmed, deliveries, audit, publicChanged: isMeetingPublic(confirmed) };
}

/** `POST /v1/meetings/{id}/decline` with a reason. */
export function decideDeclineMeeting(principal: Principal, id: string, stored: Meeting | undefined, body: unknown, context: WriteContext): MeetingOutcome | Refusal {
  const allowed = partyAction(principal, id, stored);
  if (isRefusal(allowed)) return allowed;
  const { person, side, grant, meeting } = allowed;
  const turn = answerTurn(meeting, side);
  if (turn) return turn;
  const parsed = safeParse(MeetingDeclineInput, body);
  if (!parsed.success) return refuse(invalidRequestProblem(issuesOf(parsed.error)));
  const declined = applied(meeting, side, { type: 'decline', reason: parsed.data.reason }, context.now);
  if ('kind' in declined) return declined;
  const audit = auditEntry(person, grant, 'meeting.decline', { type: 'meeting', id }, context, { note: parsed.data.reason });
  const deliveries = [deliveryTo('meeting.declined', declined, partyOf(declined, otherSide(side)), context, parsed.data.reason)];
  return { kind: 'decline', meeting: declined, deliveries, audit, publicChanged: false };
}

/**
 * `POST /v1/meetings/{id}/call-off`: either party calls off a confirmed meeting (409 otherwise).
 * Both parties are mailed an iCalendar CANCEL; a public meeting's event is cancelled.
 */
export function decideCallOffMeeting(principal: Principal, id: string, stored: Meeting | undefined, body: unknown, context: WriteContext): MeetingOutcome | Refusal {
  const allowed = partyAction(principal, id, stored);
  if (isRefusal(allowed)) return allowed;
  const { person, side, grant, meeting } = allowed;
  const parsed = safeParse(MeetingCallOffInput, body ?? {});
  if (!parsed.success) return refuse(invalidRequestProblem(issuesOf(parsed.error)));
  const calledOff = applied(meeting, side, { type: 'call-off', ...(parsed.data.reason ? { reason: parsed.data.reason } : {}) }, context.now);
  if ('kind' in calledOff) return calledOff;
  const audit = auditEntry(person, grant, 'meeting.call-off', { type: 'meeting', id }, context, parsed.data.reason ? { note: parsed.data.reason } : {});
  const deliveries = [deliveryTo('meeting.called-off', calledOff, partyOf(calledOff, otherSide(side)), context, parsed.data.reason)];
  return { kind: 'call-off', meeting: calledOff, deliveries, audit, publicChanged: isMeetingPublic(meeting) };
}

/** `POST /v1/meetings/{id}/counter-propose`: the party whose turn it is proposes other slots; then it is the other party's turn. */
export function decideCounterProposeMeeting(principal: Principal, id: string, stored: Meeting | undefined, body: unknown, context: WriteContext): MeetingOutcome | Refusal {
  const allowed = partyAction(principal, id, stored);
  if (isRefusal(allowed)) return allowed;
  const { person, side, grant, meeting } = allowed;
  const turn = answerTurn(meeting, side);
  if (turn) return turn;
  const parsed = safeParse(MeetingCounterProposeInput, body);
  if (!parsed.success) return refuse(invalidRequestProblem(issuesOf(parsed.error)));
  const countered = applied(meeting, side, { type: 'counter', slots: parsed.data.slots }, context.now);
  if ('kind' in countered) return countered;
  const audit = auditEntry(person, grant, 'meeting.counter-propose', { type: 'meeting', id }, context, { before: meeting.slots, after: countered.slots });
  const deliveries = [deliveryTo('meeting.counter-proposed', countered, partyOf(countered, otherSide(side)), context)];
  return { kind: 'counter-propose', meeting: countered, deliveries, audit, publicChanged: false };
}

/** `POST /v1/meetings/{id}/public`: the caller's side agrees (or no longer agrees) that the meeting be public. */
export function decideMeetingPublic(principal: Principal, id: string, stored: Meeting | undefined, body: unknown, context: WriteContext): MeetingOutcome | Refusal {
  const allowed = partyAction(principal, id, stored);
  if (isRefusal(allowed)) return allowed;
  const { person, side, grant, meeting } = allowed;
  const parsed = safeParse(MeetingPublicInput, body);
  if (!parsed.success) return refuse(invalidRequestProblem(issuesOf(parsed.error)));
  const changed = applied(meeting, side, { type: 'set-public-consent', publicConsent: parsed.data.public }, context.now);
  if ('kind' in changed) return changed;
  const audit = auditEntry(person, grant, 'meeting.public', { type: 'meeting', id }, context, { after: { side, public: parsed.data.public } });
  return { kind: 'public', meeting: changed, deliveries: [], audit, publicChanged: isMeetingPublic(changed) !== isMeetingPublic(meeting) };
}

/** `GET /v1/meetings/{id}`: the meeting for its parties, else 401 / 404. */
export function decideReadMeeting(principal: Principal, id: string, meeting: Meeting | undefined): Meeting | Refusal {
  const person = signedIn(principal);
  if (isRefusal(person)) return person;
  return meeting && sideOf(meeting, person.personId) ? meeting : meetingNotFound(id);
}

/**
 * The audit entry of creating or revoking one's own private calendar feed. Anyone signed in
 * holds one (it lists only their own meetings), so the role is their first grant, if any.
 */
export function calendarFeedAudit(person: Person, action: 'calendar-feed.create' | 'calendar-feed.revoke', context: WriteContext): AuditEntry {
  const grant = person.roles[0];
  return {
    id: context.newId(),
    at: context.now.toISOString(),
    actor: actorOf(person),
    role: grant ? roleKey(grant) : 'signed-in',
    action,
    entity: { type: 'calendar-feed', id: person.personId },
  };
}
