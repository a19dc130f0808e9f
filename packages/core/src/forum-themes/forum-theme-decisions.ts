import { grantsOf, type Principal } from '../access/principal.js';
import type { RoleGrant } from '../access/roles.js';
import type { AuditEntry } from '../audit/audit-entry.js';
import { conflictProblem, forbiddenProblem, invalidRequestProblem, notFoundProblem } from '../errors/problems.js';
import { issuesOf } from '../errors/issues-of.js';
import { safeParse } from '../errors/safe-parse.js';
import { eventStartMs } from '../events/event-time.js';
import type { ForumEvent } from '../events/forum-event.js';
import type { InboxItem } from '../inbox/inbox-item.js';
import type { AnyLanguageText } from '../schemas/localized-text.js';
import { auditEntry, isRefusal, refuse, type Person, type Refusal, type WriteContext } from '../organization-writes/write-context.js';
import { editorGrant, requireSecretariat, signedIn } from '../organization-writes/write-permissions.js';
import { partyKey, type ForumParty, type ForumTheme, type ForumThemeChoice, type ForumThemeSupport } from './forum-theme.js';
import { ForumThemeChoiceInput, ForumThemeProposalInput, ForumThemeSupportInput, PhaseRegistrationInput } from './forum-theme-inputs.js';
import { chooseTheme, proposeTheme, supportTheme, withdrawSupport, type ForumThemeRefusal } from './forum-theme-rules.js';
import { registerPhase, withdrawPhase, type ForumPhase, type PhaseRegistration } from './phase-registration.js';

/*
 * Forum themes and phase registrations, per person (paragraphs 9–12 of the working-group paper):
 * - a Member State (its member-state grant) or an NGO (its ngo-editor grant) proposes themes for
 *   an ICNGO, an International NGO Forum or a General Conference NGO-space session that has not
 *   begun, and supports them, once per party and theme; anyone reads the standings;
 * - the Secretariat records the chosen theme with its reasons, once per event; the proposers of
 *   the event's themes find the choice in their inbox; proposals and supports then close (409);
 * - a Member State registers its participation in each phase with a role, and withdraws it.
 * The forum-theme rules themselves are in forum-theme-rules.ts and phase-registration.ts.
 */

/** The events themes are proposed for (paragraphs 9–12): the ICNGO, International NGO Forums, the GC NGO space. */
export const FORUM_THEME_EVENT_KINDS = ['icngo', 'ngo-forum', 'gc-ngo-space'] as const;

/** `event` takes themes and registrations: one of FORUM_THEME_EVENT_KINDS. 404 when unknown, 409 when of another kind. */
export function forumEventRefusal(id: string, event: ForumEvent | undefined): Refusal | undefined {
  if (!event) return refuse(notFoundProblem(`No event with id "${id}"`));
  if (!(FORUM_THEME_EVENT_KINDS as readonly string[]).includes(event.kind)) {
    return refuse(conflictProblem(`Event "${id}" is a ${event.kind}: themes and phase registrations are for an ICNGO, an International NGO Forum or a General Conference NGO-space session`));
  }
  return undefined;
}

/** Core's forum-theme refusal as a problem naming what was refused. */
function refusalOf(refusal: ForumThemeRefusal, subject: string): Refusal {
  switch (refusal.code) {
    case 'choice-made':
      return refuse(conflictProblem(`The theme of ${subject} is already chosen: proposals and supports are closed`));
    case 'already-supported':
      return refuse(conflictProblem(`You already support ${subject}`));
    case 'not-supported':
      return refuse(notFoundProblem(`You do not support ${subject}`));
    case 'unknown-theme':
      return refuse(invalidRequestProblem([{ path: 'theme', message: `no theme "${subject}" was proposed for this event`, code: 'invalid-value' }]));
    case 'empty-title':
      return refuse(invalidRequestProblem([{ path: refusal.field, message: 'needs a title in at least one language', code: 'invalid-value' }]));
  }
}

/**
 * The party a person acts for: the NGO named by `organization` (its editor), the Member State
 * named by `country` (its member-state grant), or, when neither is named, the only Member State or
 * the only NGO the person acts for. 403 for a person who is neither, 400 when it is ambiguous.
 */
export function actingParty(person: Person, wanted: { organization?: string | undefined; country?: string | undefined }, what: string): { kind: 'acting'; party: ForumParty; grant: RoleGrant } | Refusal {
  if (wanted.organization !== undefined) {
    const grant = editorGrant(person, wanted.organization);
    return grant ? { kind: 'acting', party: { kind: 'ngo', organization: wanted.organization }, grant } : refuse(forbiddenProblem(`Only the editors of organisation "${wanted.organization}" ${what} for it`));
  }
  const states = grantsOf(person, 'member-state');
  if (wanted.country !== undefined) {
    const grant = states.find((g) => g.country === wanted.country);
    return grant ? { kind: 'acting', party: { kind: 'member-state', country: grant.country }, grant } : refuse(forbiddenProblem(`Only Member State ${wanted.country} itself may ${what} for it`));
  }
  const countries = [...new Set(states.map((g) => g.country))];
  if (countries.length === 1) return { kind: 'acting', party: { kind: 'member-state', country: countries[0]! }, grant: states[0]! };
  const editors = grantsOf(person, 'ngo-editor');
  if (!countries.length && editors.length === 1) return { kind: 'acting', party: { kind: 'ngo', organization: editors[0]!.organization }, grant: editors[0]! };
  if (!countries.length && !editors.length) return refuse(forbiddenProblem(`Only Member States and NGO editors ${what}`));
  const path = countries.length > 1 && !editors.length ? 'country' : 'organization';
  return refuse(invalidRequestProblem([{ path, message: `you act for several Member States or organisations: name the one that ${what}s (organization or country)`, code: 'invalid-value' }]));
}

/** Proposals and supports close once the event begins. */
function begunRefusal(event: ForumEvent, now: Date): Refusal | undefined {
  return eventStartMs(event) <= now.getTime() ? refuse(conflictProblem(`Event "${event.id}" has begun: its themes are no longer proposed or supported`)) : undefined;
}

export interface ForumThemeWriteContext extends WriteContext {
  /** The event of the path, if it exists. */
  event: ForumEvent | undefined;
  /** The event's chosen theme, once chosen. */
  choice: ForumThemeChoice | undefined;
  /**
   * Whether each stored organisation the person edits is a fictional demo one, for the writes an
   * NGO may make (proposals, supports); an organisation missing here is not stored.
   */
  organizations?: Readonly<Record<string, { fictional: boolean }>>;
}

/**
 * Real and fictional records do not mix (as with hearings): a fictional NGO proposes and supports
 * themes only for a fictional event, a real NGO only for a real one. Member States are real and
 * act on both: the demo's fictional forums are prepared with them too.
 */
function mixingRefusal(party: ForumParty, event: ForumEvent, organizations: ForumThemeWriteContext['organizations']): Refusal | undefined {
  if (party.kind !== 'ngo') return undefined;
  const organization = organizations?.[party.organization];
  if (!organization) return refuse(invalidRequestProblem([{ path: 'organization', message: `no organisation with id "${party.organization}"`, code: 'invalid-value' }]));
  if (organization.fictional === event.provenance.fictional) return undefined;
  return refuse(
    conflictProblem(
      event.provenance.fictional
        ? `Event "${event.id}" is a fictional demo event: only fictional organisations propose and support its themes`
        : `Event "${event.id}" is real: a fictional organisation does not propose or support its themes`,
    ),
  );
}

/** `POST /v1/events/{id}/forum-themes`: 401, 404 unknown event, 400 bad body, 403 neither a Member State nor the NGO's editor, 409 not a forum, begun, or chosen. */
export function decideProposeForumTheme(principal: Principal, eventId: string, body: unknown, context: ForumThemeWriteContext): { kind: 'propose'; theme: ForumTheme; audit: AuditEntry } | Refusal {
  const person = signedIn(principal);
  if (isRefusal(person)) return person;
  const unknown = forumEventRefusal(eventId, context.event);
  if (unknown) return unknown;
  const parsed = safeParse(ForumThemeProposalInput, body);
  if (!parsed.success) return refuse(invalidRequestProblem(issuesOf(parsed.error)));
  const { organization, country, title, description } = parsed.data;
  const acting = actingParty(person, { organization, country }, 'propose themes');
  if (isRefusal(acting)) return acting;
  const mixed = mixingRefusal(acting.party, context.event!, context.organizations);
  if (mixed) return mixed;
  const begun = begunRefusal(context.event!, context.now);
  if (begun) return begun;
  const proposed = proposeTheme({ id: context.newId(), event: eventId, title, description, proposer: acting.party, proposedAt: context.now.toISOString() }, context.choice);
  if (!proposed.ok) return refusalOf(proposed.refusal, `event "${eventId}"`);
  const audit = auditEntry(person, acting.grant, 'forum-theme.propose', { type: 'forum-theme', id: proposed.value.id }, context, { after: proposed.value });
  return { kind: 'propose', theme: proposed.value, audit };
}

/** `POST /v1/forum-themes/{id}/support`: 401, 404 unknown theme, 400, 403, 409 second support, begun or chosen. */
export function decideSupportForumTheme(
  principal: Principal,
  themeId: string,
  theme: ForumTheme | undefined,
  supports: readonly ForumThemeSupport[],
  body: unknown,
  context: ForumThemeWriteContext,
): { kind: 'support'; support: ForumThemeSupport; audit: AuditEntry } | Refusal {
  const person = signedIn(principal);
  if (isRefusal(person)) return person;
  if (!theme || !context.event) return refuse(notFoundProblem(`No forum theme with id "${themeId}"`));
  const parsed = safeParse(ForumThemeSupportInput, body ?? {});
  if (!parsed.success) return refuse(invalidRequestProblem(issuesOf(parsed.error)));
  const acting = actingParty(person, parsed.data, 'support themes');
  if (isRefusal(acting)) return acting;
  const mixed = mixingRefusal(acting.party, context.event, context.organizations);
  if (mixed) return mixed;
  const begun = begunRefusal(context.event, context.now);
  if (begun) return begun;
  const supported = supportTheme(theme, supports, acting.party, context.choice, context.now);
  if (!supported.ok) return refusalOf(supported.refusal, `theme "${themeId}"`);
  const audit = auditEntry(person, acting.grant, 'forum-theme.support', { type: 'forum-theme', id: themeId }, context, { note: partyKey(acting.party) });
  return { kind: 'support', support: supported.value, audit };
}

/** `POST /v1/forum-themes/{id}/support/withdraw`: 404 unknown theme or no support of the party's, 409 once chosen. */
export function decideWithdrawForumThemeSupport(
  principal: Principal,
  themeId: string,
  theme: ForumTheme | undefined,
  supports: readonly ForumThemeSupport[],
  body: unknown,
  context: ForumThemeWriteContext,
): { kind: 'withdraw-support'; supporter: ForumParty; audit: AuditEntry } | Refusal {
  const person = signedIn(principal);
  if (isRefusal(person)) return person;
  if (!theme) return refuse(notFoundProblem(`No forum theme with id "${themeId}"`));
  const parsed = safeParse(ForumThemeSupportInput, body ?? {});
  if (!parsed.success) return refuse(invalidRequestProblem(issuesOf(parsed.error)));
  const acting = actingParty(person, parsed.data, 'support themes');
  if (isRefusal(acting)) return acting;
  const withdrawn = withdrawSupport(themeId, supports, acting.party, context.choice);
  if (!withdrawn.ok) return refusalOf(withdrawn.refusal, `theme "${themeId}"`);
  const audit = auditEntry(person, acting.grant, 'forum-theme.withdraw-support', { type: 'forum-theme', id: themeId }, context, { note: partyKey(acting.party) });
  return { kind: 'withdraw-support', supporter: acting.party, audit };
}

/** The proposers of an event's themes, one inbox each: they hear which theme was chosen, and why. */
function choiceDeliveries(chosen: ForumTheme, themes: readonly ForumTheme[], choice: ForumThemeChoice, context: WriteContext): InboxItem[] {
  const seen = new Set<string>();
  const items: InboxItem[] = [];
  for (const theme of themes) {
    const key = partyKey(theme.proposer);
    if (seen.has(key)) continue;
    seen.add(key);
    items.push({
      id: context.newId(),
      kind: 'forum-theme.chosen',
      addressee: theme.proposer.kind === 'member-state' ? { kind: 'member-state', country: theme.proposer.country } : { kind: 'organization', organization: theme.proposer.organization },
      subject: { type: 'forum-theme', id: chosen.id },
      title: chosen.title as AnyLanguageText,
      summary: choice.reasons as AnyLanguageText,
      at: context.now.toISOString(),
      // The choice and its reasons are public (the standings are).
      public: true,
      reasons: [`event:${choice.event}`],
    });
  }
  return items;
}

/** `POST /v1/events/{id}/forum-theme-choice`: 401, 404 unknown event, 403 not the Secretariat, 400 bad body or theme of another event, 409 chosen already. */
export function decideChooseForumTheme(
  principal: Principal,
  eventId: string,
  themes: readonly ForumTheme[],
  body: unknown,
  context: ForumThemeWriteContext,
): { kind: 'choose'; choice: ForumThemeChoice; deliveries: InboxItem[]; audit: AuditEntry } | Refusal {
  const person = signedIn(principal);
  if (isRefusal(person)) return person;
  const unknown = forumEventRefusal(eventId, context.event);
  if (unknown) return unknown;
  const grant = requireSecretariat(person, 'choose the theme of a forum');
  if ('kind' in grant) return grant;
  const parsed = safeParse(ForumThemeChoiceInput, body);
  if (!parsed.success) return refuse(invalidRequestProblem(issuesOf(parsed.error)));
  if (!Object.keys(parsed.data.reasons).length) return refuse(invalidRequestProblem([{ path: 'reasons', message: 'needs the reasons in at least one language', code: 'invalid-value' }]));
  const theme = themes.find((t) => t.id === parsed.data.theme);
  const choice: ForumThemeChoice = { event: eventId, theme: parsed.data.theme, reasons: parsed.data.reasons, chosenAt: context.now.toISOString() };
  const chosen = chooseTheme(theme, context.choice, choice);
  if (!chosen.ok) return refusalOf(chosen.refusal, parsed.data.theme);
  const audit = auditEntry(person, grant, 'forum-theme.choose', { type: 'forum-theme', id: choice.theme }, context, { after: choice });
  return { kind: 'choose', choice, deliveries: choiceDeliveries(theme!, themes, choice, context), audit };
}

/** The Member State a registration is made for: `country`, or the person's only Member State. 403 for others. */
function registeringState(person: Person, country: string | undefined): { kind: 'state'; country: string; grant: RoleGrant } | Refusal {
  const states = grantsOf(person, 'member-state');
  const grant = country === undefined ? (new Set(states.map((g) => g.country)).size === 1 ? states[0] : undefined) : states.find((g) => g.country === country);
  if (grant) return { kind: 'state', country: grant.country, grant };
  if (country === undefined && states.length) return refuse(invalidRequestProblem([{ path: 'country', message: 'you act for several Member States: name the one that registers', code: 'invalid-value' }]));
  return refuse(forbiddenProblem(country === undefined ? 'Only Member States register their participation in a forum' : `Only Member State ${country} itself registers its participation`));
}

/** `POST /v1/events/{id}/phase-registrations`: registers, or edits the role of the state's registration for that phase. */
export function decideRegisterPhase(
  principal: Principal,
  eventId: string,
  event: ForumEvent | undefined,
  registrations: readonly PhaseRegistration[],
  body: unknown,
  context: WriteContext,
): { kind: 'register'; registration: PhaseRegistration; created: boolean; audit: AuditEntry } | Refusal {
  const person = signedIn(principal);
  if (isRefusal(person)) return person;
  const unknown = forumEventRefusal(eventId, event);
  if (unknown) return unknown;
  const parsed = safeParse(PhaseRegistrationInput, body);
  if (!parsed.success) return refuse(invalidRequestProblem(issuesOf(parsed.error)));
  const state = registeringState(person, parsed.data.country);
  if (isRefusal(state)) return state;
  const { phase, role } = parsed.data;
  const mine = registrations.filter((r) => r.event === eventId && r.country === state.country);
  const after = registerPhase(mine, { event: eventId, country: state.country, phase, role }, context.now);
  const registration = after.find((r) => r.phase === phase)!;
  const before = mine.find((r) => r.phase === phase);
  const audit = auditEntry(person, state.grant, 'forum-phase.register', { type: 'event', id: eventId }, context, { ...(before ? { before } : {}), after: registration });
  return { kind: 'register', registration, created: !before, audit };
}

/** `DELETE /v1/events/{id}/phase-registrations/{country}/{phase}`: 404 when the state is not registered for that phase. */
export function decideWithdrawPhase(
  principal: Principal,
  eventId: string,
  event: ForumEvent | undefined,
  slot: { country: string; phase: ForumPhase },
  registrations: readonly PhaseRegistration[],
  context: WriteContext,
): { kind: 'withdraw-phase'; registration: PhaseRegistration; audit: AuditEntry } | Refusal {
  const person = signedIn(principal);
  if (isRefusal(person)) return person;
  const unknown = forumEventRefusal(eventId, event);
  if (unknown) return unknown;
  const state = registeringState(person, slot.country);
  if (isRefusal(state)) return state;
  const registration = registrations.find((r) => r.event === eventId && r.country === state.country && r.phase === slot.phase);
  if (!registration || !withdrawPhase(registrations, { event: eventId, ...slot })) {
    return refuse(notFoundProblem(`Member State ${slot.country} is not registered for the ${slot.phase} of event "${eventId}"`));
  }
  const audit = auditEntry(person, state.grant, 'forum-phase.withdraw', { type: 'event', id: eventId }, context, { before: registration });
  return { kind: 'withdraw-phase', registration, audit };
}
