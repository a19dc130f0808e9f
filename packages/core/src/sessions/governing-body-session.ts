import * as z from 'zod/mini';
import { CalendarDate, TimeZoneName } from '../schemas/calendar-fields.js';
import { CountryCode } from '../schemas/country.js';
import { PartialLocalizedText } from '../schemas/localized-text.js';
import { Provenance } from '../schemas/record-fields.js';
import { SESSION_BODIES } from './session-constants.js';
import { AgendaItemNumber, SessionId } from './session-id.js';

export { AgendaItemNumber, SessionId } from './session-id.js';

export { SESSION_BODIES } from './session-constants.js';

/**
 * A session of a governing body: the General Conference ("36 C"), the Executive Board
 * ("212 EX") or the Board's NGP Committee meeting during one of its sessions. Only what a
 * source states is filled in: dates, place and agenda items stay absent when no source gives
 * them. Cross-record rules (an NGP session inside its Board session, …) are in session-rules.ts.
 */

export const SessionBody = z.enum(SESSION_BODIES);
export type SessionBody = z.infer<typeof SessionBody>;

/** A document symbol as UNESCO writes it ("36 C/48", "189 EX/18 Part I", "189 EX/NGP/2"). */
const DocumentReference = z.string().check(z.trim(), z.minLength(1, 'must not be empty'), z.maxLength(80));

export const AgendaItem = z.object({
  number: AgendaItemNumber,
  /** The item's title in the languages a source gives it (at least one). */
  title: PartialLocalizedText,
  /** Documents the item is considered on. */
  documents: z.array(DocumentReference),
});
export type AgendaItem = z.infer<typeof AgendaItem>;

export const GoverningBodySession = z.object({
  id: SessionId,
  body: SessionBody,
  /**
   * The session's number ("36" for the 36th General Conference). For the NGP Committee, the
   * number of the Executive Board session it meets during. Absent for fictional sessions:
   * any number would pose as a real session.
   */
  number: z.optional(z.int().check(z.gte(1))),
  /** A name for sessions without a number (fictional ones); real sessions are named from body and number. */
  title: z.optional(PartialLocalizedText),
  /** NGP sessions: the Executive Board session they meet during. */
  parentSessionId: z.optional(SessionId),
  /** First and last day (inclusive), when a source gives them. */
  dates: z.optional(z.object({ start: CalendarDate, end: CalendarDate })),
  /** The zone the dates are days of ("Europe/Paris"): events are checked against the session in it. */
  timeZone: z.optional(TimeZoneName),
  place: z.optional(
    z.object({
      venue: z.optional(PartialLocalizedText),
      city: z.optional(PartialLocalizedText),
      country: CountryCode,
    }),
  ),
  agendaItems: z.array(AgendaItem),
  provenance: Provenance,
});
export type GoverningBodySession = z.infer<typeof GoverningBodySession>;
