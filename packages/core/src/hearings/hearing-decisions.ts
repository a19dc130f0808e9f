import { editedOrganizations, type Principal } from '../access/principal.js';
import type { RoleGrant } from '../access/roles.js';
import type { AuditEntry } from '../audit/audit-entry.js';
import { conflictProblem, forbiddenProblem, invalidRequestProblem, notFoundProblem } from '../errors/problems.js';
import { issuesOf } from '../errors/issues-of.js';
import { safeParse } from '../errors/safe-parse.js';
import type { InboxItem, InboxItemKind } from '../inbox/inbox-item.js';
import type { AnyLanguageText } from '../schemas/localized-text.js';
import { actorOf, auditEntry, isRefusal, refuse, type Person, type Refusal, type WriteContext } from '../organization-writes/write-context.js';
import { editorGrant, secretariatGrant, signedIn } from '../organization-writes/write-permissions.js';
import type { FieldIssue } from '../schemas/problem.js';
import type { GoverningBodySession } from '../sessions/governing-body-session.js';
import { eventDays } from '../events/event-time.js';
import { hearingEventId } from './hearing-event.js';
import { HearingAcceptInput, HearingDeclineInput, HearingRequestInput, type Hearing, type HearingSlot } from './hearing.js';

/*
 * NGO hearings, per object (paragraphs 7–8 of the working-group paper):
 * - an organisation's NGO editors ask for it to be heard, on an item of an NGP Committee session;
 * - the Secretariat accepts with a slot inside the session's days, or declines with a reason,
 *   once (a decided request is 409);
 * - the NGO may withdraw its request, or its accepted hearing before the slot starts;
 * - a request is read by its organisation's editors and the Secretariat; for anyone else it does
 *   not exist (404). Accepted hearings are public through the session's programme.
 */

export interface HearingRequestContext extends WriteContext {
  /** The session the body names, if it exists. */
  session: GoverningBodySession | undefined;
  /** The organisation the body names, if it exists: a fictional one is heard only in a fictional session, a real one only in a real one. */
  organization: { fictional: boolean } | undefined;
}

export interface HearingOutcome {
  kind: 'request' | 'accept' | 'decline' | 'withdraw';
  hearing: Hearing;
  deliveries: InboxItem[];
  audit: AuditEntry;
}

/** The Secretariat reads every request; an NGO editor those of the organisations it edits. */
export function hearingReadScope(principal: Principal): 'all' | string[] {
  return secretariatGrant(principal) ? 'all' : editedOrganizations(principal);
}

export function canReadHearing(principal: Principal, hearing: Hearing): boolean {
  const scope = hearingReadScope(principal);
  return scope === 'all' || scope.includes(hearing.organization);
}

/** The agenda item's title as the session's source gives it (the inbox keeps it). */
function itemTitle(session: GoverningBodySession | undefined, hearing: Hearing): AnyLanguageText {
  const title = session?.agendaItems.find((item) => item.number === hearing.agendaItem)?.title;
  return title && Object.keys(title).length ? (title as AnyLanguageText) : { en: `Agenda item ${hearing.agendaItem}` };
}

function deliveries(kind: InboxItemKind, hearing: Hearing, session: GoverningBodySession | undefined, context: WriteContext): InboxItem[] {
  const base = { kind, subject: { type: 'hearing' as const, id: hearing.id }, title: itemTitle(session, hearing), at: context.now.toISOString(), public: false };
  if (kind === 'hearing.requested') {
    return [{ ...base, id: context.newId(), addressee: { kind: 'liaison-committee' }, reasons: [`organization:${hearing.organization}`] }];
  }
  const summary: AnyLanguageText | undefined = hearing.reason ? { [hearing.language]: hearing.reason } : undefined;
  return [
    {
      ...base,
      id: context.newId(),
      addressee: { kind: 'organization', organization: hearing.organization },
      reasons: [`organization:${hearing.organization}`],
      ...(summary ? { summary } : {}),
    },
  ];
}

/** `POST /v1/hearings`: 401 anonymous; 400 bad body, unknown session or item; 403 not the organisation's editor; 409 not an NGP session. */
export function decideRequestHearing(principal: Principal, body: unknown, context: HearingRequestContext): HearingOutcome | Refusal {
  const person = signedIn(principal);
  if (isRefusal(person)) return person;
  const parsed = safeParse(HearingRequestInput, body);
  if (!parsed.success) return refuse(invalidRequestProblem(issuesOf(parsed.error)));
  const input = parsed.data;
  const grant = editorGrant(person, input.organization);
  if (!grant) return refuse(forbiddenProblem(`Only the editors of organisation "${input.organization}" ask for it to be heard`));
  const issues: FieldIssue[] = [];
  if (!context.organization) issues.push({ path: 'organization', message: `no organisation with id "${input.organization}"`, code: 'invalid-value' });
  const { session } = context;
  if (!session) issues.push({ path: 'session', message: `no session with id "${input.session}"`, code: 'invalid-value' });
  else if (session.body === 'ngp-committee' && !session.agendaItems.some((item) => item.number === input.agendaItem)) {
    const known = session.agendaItems.map((item) => item.number).join(', ');
    issues.push({ path: 'agendaItem', message: known ? `session "${session.id}" has no item "${input.agendaItem}" (its items: ${known})` : `the agenda of session "${session.id}" is not known yet`, code: 'invalid-value' });
  }
  if (issues.length) return refuse(invalidRequestProblem(issues));
  if (session!.body !== 'ngp-committee') return refuse(conflictProblem(`NGOs are heard by the NGP Committee: session "${session!.id}" is not one of its sessions`));
  if (session!.dates && session!.dates.end < context.now.toISOString().slice(0, 10)) {
    return refuse(conflictProblem(`Session "${session!.id}" ended on ${session!.dates.end}: hearings are asked for before a session`));
  }
  if (session!.provenance.fictional !== context.organization!.fictional) {
    return refuse(conflictProblem(session!.provenance.fictional ? `Session "${session!.id}" is a fictional demo session: only fictional organisations are heard there` : `Session "${session!.id}" is real: a fictional organisation is not heard there`));
  }
  const hearing: Hearing = { ...input, id: context.newId(), state: 'requested', requestedBy: actorOf(person), requestedAt: context.now.toISOString() };
  const audit = auditEntry(person, grant, 'hearing.request', { type: 'hearing', id: hearing.id }, context, { after: hearing });
  return { kind: 'request', hearing, deliveries: deliveries('hearing.requested', hearing, session, context), audit };
}

const hearingNotFound = (id: string): Refusal => refuse(notFoundProblem(`No hearing request with id "${id}"`));

/** 401 anonymous; 404 not readable; 403 readable but not the Secretariat; 409 already decided. */
function secretariatDecision(principal: Principal, id: string, hearing: Hearing | undefined): { kind: 'allowed'; person: Person; grant: RoleGrant; hearing: Hearing } | Refusal {
  const person = signedIn(principal);
  if (isRefusal(person)) return person;
  if (!hearing || !canReadHearing(person, hearing)) return hearingNotFound(id);
  const grant = secretariatGrant(person);
  if (!grant) return refuse(forbiddenProblem('Only the Secretariat decides hearing requests'));
  if (hearing.state !== 'requested') return refuse(conflictProblem(`Hearing request "${id}" is already ${hearing.state}`));
  return { kind: 'allowed', person, grant, hearing };
}

/** A slot ends after it starts, on days of the session (days in the session's zone, as for its events: event-session.ts). */
function slotIssues(slot: HearingSlot, session: GoverningBodySession | undefined): FieldIssue[] {
  if (Date.parse(slot.end) <= Date.parse(slot.start)) return [{ path: 'slot.end', message: 'must be after slot.start', code: 'invalid-value' }];
  if (!session?.dates) return [];
  const zone = session.timeZone ?? slot.timeZone;
  const { first, last } = eventDays({ when: { allDay: false, ...slot } }, zone);
  if (first >= session.dates.start && last <= session.dates.end) return [];
  return [{ path: 'slot.start', message: `must fall within session "${session.id}" (${session.dates.start} to ${session.dates.end}, ${zone}); the slot runs ${first} to ${last}`, code: 'invalid-value' }];
}

/** `POST /v1/hearings/{id}/accept` with a slot. */
export function decideAcceptHearing(principal: Principal, id: string, stored: Hearing | undefined, body: unknown, session: GoverningBodySession | undefined, context: WriteContext): HearingOutcome | Refusal {
  const allowed = secretariatDecision(principal, id, stored);
  if (isRefusal(allowed)) return allowed;
  const { person, grant, hearing } = allowed;
  const parsed = safeParse(HearingAcceptInput, body);
  if (!parsed.success) return refuse(invalidRequestProblem(issuesOf(parsed.error)));
  const issues = slotIssues(parsed.data.slot, session);
  if (issues.length) return refuse(invalidRequestProblem(issues));
  const accepted: Hearing = { ...hearing, state: 'accepted', slot: parsed.data.slot, eventId: hearingEventId(hearing.id), decidedBy: actorOf(person), decidedAt: context.now.toISOString() };
  const audit = auditEntry(person, grant, 'hearing.accept', { type: 'hearing', id }, context, { after: accepted.slot });
  return { kind: 'accept', hearing: accepted, deliveries: deliveries('hearing.accepted', accepted, session, context), audit };
}

/** `POST /v1/hearings/{id}/decline` with a reason. */
export function decideDeclineHearing(principal: Principal, id: string, stored: Hearing | undefined, body: unknown, session: GoverningBodySession | undefined, context: WriteContext): HearingOutcome | Refusal {
  const allowed = secretariatDecision(principal, id, stored);
  if (isRefusal(allowed)) return allowed;
  const { person, grant, hearing } = allowed;
  const parsed = safeParse(HearingDeclineInput, body);
  if (!parsed.success) return refuse(invalidRequestProblem(issuesOf(parsed.error)));
  const declined: Hearing = { ...hearing, state: 'declined', reason: parsed.data.reason, decidedBy: actorOf(person), decidedAt: context.now.toISOString() };
  const audit = auditEntry(person, grant, 'hearing.decline', { type: 'hearing', id }, context, { note: parsed.data.reason });
  return { kind: 'decline', hearing: declined, deliveries: deliveries('hearing.declined', declined, session, context), audit };
}

/** `POST /v1/hearings/{id}/withdraw`: the NGO's editors, while requested, or accepted and its slot not begun. */
export function decideWithdrawHearing(principal: Principal, id: string, stored: Hearing | undefined, context: WriteContext): Omit<HearingOutcome, 'deliveries'> | Refusal {
  const person = signedIn(principal);
  if (isRefusal(person)) return person;
  if (!stored || !canReadHearing(person, stored)) return hearingNotFound(id);
  const grant = editorGrant(person, stored.organization);
  if (!grant) return refuse(forbiddenProblem(`Only the editors of organisation "${stored.organization}" withdraw its request`));
  if (stored.state !== 'requested' && stored.state !== 'accepted') return refuse(conflictProblem(`Hearing request "${id}" is ${stored.state}`));
  if (stored.slot && Date.parse(stored.slot.start) <= context.now.getTime()) return refuse(conflictProblem(`The hearing "${id}" has begun: it can no longer be withdrawn`));
  const withdrawn: Hearing = { ...stored, state: 'withdrawn', withdrawnAt: context.now.toISOString() };
  const audit = auditEntry(person, grant, 'hearing.withdraw', { type: 'hearing', id }, context);
  return { kind: 'withdraw', hearing: withdrawn, audit };
}

/** `GET /v1/hearings/{id}`: the request, or 401 / 404. */
export function decideReadHearing(principal: Principal, id: string, hearing: Hearing | undefined): Hearing | Refusal {
  const person = signedIn(principal);
  if (isRefusal(person)) return person;
  return hearing && canReadHearing(person, hearing) ? hearing : hearingNotFound(id);
}
