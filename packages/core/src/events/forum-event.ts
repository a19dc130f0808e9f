import * as z from 'zod/mini';
import { CalendarDate, TimeZoneName } from '../schemas/calendar-fields.js';
import { CountryCode } from '../schemas/country.js';
import { LocalizedText, PartialLocalizedText } from '../schemas/localized-text.js';
import { OrganizationId, Provenance, WebUrl } from '../schemas/record-fields.js';
import { SectorCode } from '../schemas/sector.js';
import { AgendaItemNumber, SessionId } from '../sessions/session-id.js';
import { EVENT_KINDS, EVENT_PHASES, EVENT_STATUSES, OUTPUT_KINDS, PARTICIPATION_CHANNELS, PARTICIPATION_ROLES, PHASE_STATUSES } from './event-constants.js';

export { EVENT_KINDS, EVENT_PHASES, EVENT_STATUSES, ORGANIZER_ROLES, OUTPUT_KINDS, PARTICIPATION_CHANNELS, PARTICIPATION_ROLES, PHASE_STATUSES } from './event-constants.js';
export type { OrganizerRole, OutputKind } from './event-constants.js';
export { CalendarDate, TimeZoneName } from '../schemas/calendar-fields.js';

/**
 * A meeting of the NGO–UNESCO dialogue. Named ForumEvent so it never shadows the DOM's Event.
 * Cross-field rules (end after start, unique phases, …) live in event-rules.ts: the shape
 * here is what the client checks responses against; parseForumEvent() applies both.
 */

/** Readable, stable ids ("icngo-2018", "demo-coastal-literacy-forum"): they end up in iCalendar UIDs. */
export const ForumEventId = z.string().check(
  z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case slug such as "icngo-2018"'),
  z.maxLength(100),
);
export type ForumEventId = z.infer<typeof ForumEventId>;


export const EventKind = z.enum(EVENT_KINDS);
export type EventKind = z.infer<typeof EventKind>;


export const EventStatus = z.enum(EVENT_STATUSES);
export type EventStatus = z.infer<typeof EventStatus>;


/** An instant in UTC, ISO 8601 with `Z` ("2026-10-14T07:30:00Z"). */
export const Instant = z.iso.datetime({ error: 'must be an ISO 8601 UTC instant such as "2026-10-14T07:30:00Z"' });


/** Start and end as instants, shown in `timeZone` where the event takes place. */
export const TimedSchedule = z.object({
  allDay: z.literal(false),
  start: Instant,
  /** Exclusive: the moment the event is over. */
  end: Instant,
  timeZone: TimeZoneName,
});
export type TimedSchedule = z.infer<typeof TimedSchedule>;

/**
 * Whole days: the same calendar dates for every viewer, wherever they are. `endDate` is
 * the last day (inclusive), as people write "3–4 November"; iCalendar's exclusive DTEND is
 * derived when writing.
 */
export const AllDaySchedule = z.object({
  allDay: z.literal(true),
  startDate: CalendarDate,
  endDate: CalendarDate,
  /** Where the event takes place, when known; only used to order it among timed events. */
  timeZone: z.optional(TimeZoneName),
});
export type AllDaySchedule = z.infer<typeof AllDaySchedule>;

export const EventSchedule = z.discriminatedUnion('allDay', [TimedSchedule, AllDaySchedule]);
export type EventSchedule = z.infer<typeof EventSchedule>;

const place = {
  /** Building or room ("UNESCO Headquarters", "Salle des pas perdus"). */
  venue: z.optional(PartialLocalizedText),
  city: z.optional(PartialLocalizedText),
  country: CountryCode,
};

export const EventLocation = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('in-person'), ...place }),
  z.object({ mode: z.literal('online'), url: z.optional(WebUrl) }),
  z.object({ mode: z.literal('hybrid'), ...place, url: z.optional(WebUrl) }),
]);
export type EventLocation = z.infer<typeof EventLocation>;

/**
 * A field office's code ("abuja"). Checked against the reference table by validateEvents; the
 * office schema itself is not imported here (this schema is in every calendar's first download).
 */
const FieldOfficeKey = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a field office code such as "abuja"'), z.maxLength(60));

/** Who organises: UNESCO's bodies by role, NGOs by name (and id when in the directory). */
export const EventOrganizer = z.discriminatedUnion('role', [
  z.object({ role: z.literal('secretariat') }),
  z.object({ role: z.literal('liaison-committee') }),
  /** The Executive Board (its Committee on Non-Governmental Partners meets during its sessions). */
  z.object({ role: z.literal('executive-board') }),
  z.object({
    role: z.literal('host-ngo'),
    name: PartialLocalizedText,
    organizationId: z.optional(OrganizationId),
  }),
  z.object({ role: z.literal('national-commission'), country: CountryCode }),
  /** A programme sector, by its code (ED, SC, SHS, CLT, CI). */
  z.object({ role: z.literal('programme-sector'), sector: SectorCode }),
  /** A field office, by its code in the reference table (reference/field-offices.ts). */
  z.object({ role: z.literal('field-office'), office: FieldOfficeKey }),
  /**
   * The Executive Board's Committee on Non-Governmental Partners; the Chairperson of the
   * International Conference of NGOs (who also chairs the Liaison Committee); the Secretariat's
   * unit in charge of partnerships with civil society, the paper's institutional focal point (¶4).
   */
  z.object({ role: z.enum(['ngp-committee', 'icngo-chair', 'civil-society-unit']) }),
]);
export type EventOrganizer = z.infer<typeof EventOrganizer>;



export const ParticipationRole = z.enum(PARTICIPATION_ROLES);
export type ParticipationRole = z.infer<typeof ParticipationRole>;

export const ParticipationChannel = z.enum(PARTICIPATION_CHANNELS);
export type ParticipationChannel = z.infer<typeof ParticipationChannel>;

/** A Member State taking part, how, and through whom (absent: not stated). */
export const MemberStateParticipation = z.object({
  country: CountryCode,
  roles: z.array(ParticipationRole).check(z.minLength(1, 'needs at least one role')),
  through: z.optional(ParticipationChannel),
});
export type MemberStateParticipation = z.infer<typeof MemberStateParticipation>;


export const EventPhaseName = z.enum(EVENT_PHASES);
export type EventPhaseName = z.infer<typeof EventPhaseName>;


export const PhaseStatus = z.enum(PHASE_STATUSES);
export type PhaseStatus = z.infer<typeof PhaseStatus>;

export const EventPhase = z.object({
  phase: EventPhaseName,
  status: PhaseStatus,
  start: z.optional(CalendarDate),
  end: z.optional(CalendarDate),
  note: z.optional(PartialLocalizedText),
});
export type EventPhase = z.infer<typeof EventPhase>;


export const EventOutput = z.object({
  kind: z.enum(OUTPUT_KINDS),
  url: WebUrl,
  title: z.optional(PartialLocalizedText),
});
export type EventOutput = z.infer<typeof EventOutput>;

export const Registration = z.object({
  url: z.optional(WebUrl),
  deadline: z.optional(Instant),
  note: z.optional(PartialLocalizedText),
});
export type Registration = z.infer<typeof Registration>;

const LanguageCode = z.string().check(z.regex(/^[a-z]{2,3}$/, 'must be an ISO 639 language code such as "fr"'));

export const ForumEvent = z.object({
  id: ForumEventId,
  kind: EventKind,
  status: EventStatus,
  title: LocalizedText,
  theme: z.optional(PartialLocalizedText),
  description: z.optional(PartialLocalizedText),
  when: EventSchedule,
  location: z.optional(EventLocation),
  organizers: z.array(EventOrganizer),
  sectors: z.array(SectorCode),
  /** Languages of the proceedings (ISO 639-1). */
  languages: z.array(LanguageCode),
  /**
   * The governing-body session the event is part of (a hearing in an NGP session, the NGO
   * space of a General Conference); which kinds need one is in event-session.ts.
   */
  sessionId: z.optional(SessionId),
  /** The item of that session's agenda the event is held on (NGO hearings). */
  agendaItem: z.optional(AgendaItemNumber),
  registration: z.optional(Registration),
  participants: z.array(MemberStateParticipation),
  phases: z.array(EventPhase),
  outputs: z.array(EventOutput),
  /** The event's own page. */
  url: z.optional(WebUrl),
  /** Bumped on every change (iCalendar SEQUENCE): calendar clients replace their copy. */
  sequence: z.int().check(z.gte(0)),
  /** Last change (iCalendar DTSTAMP and LAST-MODIFIED). */
  updatedAt: Instant,
  provenance: Provenance,
});
export type ForumEvent = z.infer<typeof ForumEvent>;
