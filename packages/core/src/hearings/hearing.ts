import * as z from 'zod/mini';
import { LANGUAGES } from '../i18n/languages.js';
import { Actor } from '../organization-writes/organization-revision.js';
import { TimeZoneName } from '../schemas/calendar-fields.js';
import { withoutControlCharacters } from '../schemas/plain-text.js';
import { OrganizationId } from '../schemas/record-fields.js';
import { AgendaItemNumber, SessionId } from '../sessions/session-id.js';

/**
 * NGO hearings (paragraphs 7–8 of the working-group paper): during the NGP Committee's
 * consideration of an agenda item, an NGO asks to be heard with a short statement; the
 * Secretariat accepts with a time slot or declines with a reason.
 */

/** The paper asks for a short statement: a paragraph or two, not a document. */
export const HEARING_STATEMENT_MAX = 1500;

const statementText = z.string().check(z.trim(), z.minLength(1, 'must not be empty'), z.maxLength(HEARING_STATEMENT_MAX), withoutControlCharacters());
const reasonText = z.string().check(z.trim(), z.minLength(1, 'must not be empty'), z.maxLength(1000), withoutControlCharacters());
const instant = z.iso.datetime({ error: 'must be an ISO 8601 UTC instant such as "2026-10-14T07:30:00Z"' });

/** Body of POST /v1/hearings. */
export const HearingRequestInput = z.strictObject({
  session: SessionId,
  agendaItem: AgendaItemNumber,
  organization: OrganizationId,
  statement: statementText,
  /** The language the statement is written in. */
  language: z.enum(LANGUAGES),
});
export type HearingRequestInput = z.infer<typeof HearingRequestInput>;

/** When the NGO is heard: two instants and the zone the session is held in. */
export const HearingSlot = z.strictObject({ start: instant, end: instant, timeZone: TimeZoneName });
export type HearingSlot = z.infer<typeof HearingSlot>;

/** Body of POST /v1/hearings/{id}/accept. */
export const HearingAcceptInput = z.strictObject({ slot: HearingSlot });
export type HearingAcceptInput = z.infer<typeof HearingAcceptInput>;

/** Body of POST /v1/hearings/{id}/decline. */
export const HearingDeclineInput = z.strictObject({ reason: reasonText });
export type HearingDeclineInput = z.infer<typeof HearingDeclineInput>;

/** requested → accepted | declined; requested or accepted → withdrawn (by the NGO, before its slot). */
export const HEARING_STATES = ['requested', 'accepted', 'declined', 'withdrawn'] as const;
export const HearingState = z.enum(HEARING_STATES);
export type HearingState = z.infer<typeof HearingState>;

export const Hearing = z.object({
  id: z.string(),
  session: SessionId,
  agendaItem: AgendaItemNumber,
  organization: OrganizationId,
  statement: z.string(),
  language: z.enum(LANGUAGES),
  state: HearingState,
  requestedBy: Actor,
  requestedAt: z.iso.datetime(),
  /** Present once accepted (kept after a withdrawal, for the record). */
  slot: z.optional(HearingSlot),
  /** Why it was declined. */
  reason: z.optional(z.string()),
  decidedBy: z.optional(Actor),
  decidedAt: z.optional(z.iso.datetime()),
  withdrawnAt: z.optional(z.iso.datetime()),
  /** The forum-calendar event of an accepted hearing ("hearing-<id>"). */
  eventId: z.optional(z.string()),
});
export type Hearing = z.infer<typeof Hearing>;

/**
 * An accepted hearing as the public sees it in a session's programme: who speaks, on which
 * item, when. The statement stays with the NGO and the Secretariat until the NGO is heard.
 */
export const PublicHearing = z.object({
  id: z.string(),
  session: SessionId,
  agendaItem: AgendaItemNumber,
  organization: OrganizationId,
  slot: HearingSlot,
  eventId: z.string(),
});
export type PublicHearing = z.infer<typeof PublicHearing>;

export const publicHearingOf = (hearing: Hearing): PublicHearing => ({
  id: hearing.id,
  session: hearing.session,
  agendaItem: hearing.agendaItem,
  organization: hearing.organization,
  slot: hearing.slot!,
  eventId: hearing.eventId!,
});
