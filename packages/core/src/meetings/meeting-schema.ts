import * as z from 'zod/mini';
import { LANGUAGES } from '../i18n/languages.js';
import { TimeZoneName } from '../schemas/calendar-fields.js';
import { CountryCode } from '../schemas/country.js';
import { withoutControlCharacters } from '../schemas/plain-text.js';
import { OrganizationId } from '../schemas/record-fields.js';
import { SessionId } from '../sessions/session-id.js';
import { MAX_MEETING_SLOTS, MEETING_SIDES, MEETING_STATUSES } from './meeting.js';

/*
 * The wire shapes of NGO ↔ National Commission meetings (meeting.ts holds the rules). Named
 * *Schema where the state machine already owns the type name.
 */

const instant = z.iso.datetime({ error: 'must be an ISO 8601 UTC instant such as "2026-11-10T09:00:00Z"' });
const reasonText = z.string().check(z.trim(), z.minLength(1, 'must not be empty'), z.maxLength(1000), withoutControlCharacters());

/** One proposed date-time: two instants and the IANA zone it is shown in. */
export const MeetingSlotSchema = z.strictObject({ start: instant, end: instant, zone: TimeZoneName });

/** Body of POST /v1/meetings. */
export const MeetingRequestInput = z.strictObject({
  /** Which side the caller acts for: the NGO (as one of its editors) or the National Commission. */
  as: z.enum(MEETING_SIDES),
  /** The NGO of the meeting. */
  organization: OrganizationId,
  /** The country whose National Commission meets. */
  country: CountryCode,
  /** The person of the other side (an editor of the organisation, or a National Commission member of the country). */
  counterpart: z.string().check(z.minLength(1), z.maxLength(100)),
  subject: z.string().check(z.trim(), z.minLength(1, 'must not be empty'), z.maxLength(200), withoutControlCharacters()),
  /** The language the subject is written in (inbox titles keep it). */
  language: z.enum(LANGUAGES),
  /** A General Conference (or Executive Board) session the meeting is held during. */
  session: z.optional(SessionId),
  slots: z.array(MeetingSlotSchema).check(z.minLength(1, 'needs at least one slot'), z.maxLength(MAX_MEETING_SLOTS)),
  /** Whether the requester agrees that the meeting be public once confirmed (default false). */
  public: z.optional(z.boolean()),
});
export type MeetingRequestInput = z.infer<typeof MeetingRequestInput>;

/** Body of POST /v1/meetings/{id}/confirm: the start of one of the proposed slots. */
export const MeetingConfirmInput = z.strictObject({ start: instant });
export type MeetingConfirmInput = z.infer<typeof MeetingConfirmInput>;

/** Body of POST /v1/meetings/{id}/decline. */
export const MeetingDeclineInput = z.strictObject({ reason: reasonText });
export type MeetingDeclineInput = z.infer<typeof MeetingDeclineInput>;

/** Body of POST /v1/meetings/{id}/call-off: an optional reason, mailed with the cancellation. */
export const MeetingCallOffInput = z.strictObject({ reason: z.optional(reasonText) });
export type MeetingCallOffInput = z.infer<typeof MeetingCallOffInput>;

/** Body of POST /v1/meetings/{id}/public: the caller's side agrees (or no longer agrees) that it be public. */
export const MeetingPublicInput = z.strictObject({ public: z.boolean() });
export type MeetingPublicInput = z.infer<typeof MeetingPublicInput>;

const MeetingPartySchema = z.object({
  side: z.enum(MEETING_SIDES),
  personId: z.string(),
  scope: z.string(),
  publicConsent: z.boolean(),
});

/** A meeting as its parties read it (core's Meeting). */
export const MeetingSchema = z.object({
  id: z.string(),
  subject: z.string(),
  language: z.optional(z.enum(LANGUAGES)),
  sessionId: z.optional(z.string()),
  requester: MeetingPartySchema,
  counterpart: MeetingPartySchema,
  awaiting: z.enum(MEETING_SIDES),
  slots: z.array(z.object({ start: z.string(), end: z.string(), zone: z.string() })),
  status: z.enum(MEETING_STATUSES),
  confirmedSlot: z.optional(z.object({ start: z.string(), end: z.string(), zone: z.string() })),
  declineReason: z.optional(z.string()),
  sequence: z.int(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  /** The forum-calendar event while both parties agree it is public. */
  eventId: z.optional(z.string()),
});

/** GET /v1/meetings: the caller's meetings, newest first. */
export const MeetingList = z.object({ items: z.array(MeetingSchema) });
export type MeetingList = z.infer<typeof MeetingList>;

/** GET /v1/me/calendar-feed: whether the caller has a private feed (its URL is shown only when created). */
export const CalendarFeedStatus = z.object({ active: z.boolean(), createdAt: z.optional(z.iso.datetime()) });
export type CalendarFeedStatus = z.infer<typeof CalendarFeedStatus>;

/** POST /v1/me/calendar-feed: the new secret URL, shown once (only its hash is kept). */
export const CalendarFeedLink = z.object({ url: z.string(), createdAt: z.iso.datetime() });
export type CalendarFeedLink = z.infer<typeof CalendarFeedLink>;

/** One person one may ask to meet (GET /v1/meeting-counterparts): no e-mail address, only what choosing needs. */
export const MeetingCounterpartSchema = z.object({
  personId: z.string(),
  displayName: z.string(),
  side: z.enum(MEETING_SIDES),
  /** Their organisation id (ngo) or ISO country code (national-commission). */
  scope: z.string(),
  /** The organisation's or the country's name. */
  scopeName: z.record(z.string(), z.string()),
});

/** GET /v1/meeting-counterparts: sorted by side, scope, then name. */
export const MeetingCounterpartList = z.object({ items: z.array(MeetingCounterpartSchema) });
export type MeetingCounterpartList = z.infer<typeof MeetingCounterpartList>;

/** Body of POST /v1/meetings/{id}/counter-propose: the slots proposed instead (the party whose turn it is). */
export const MeetingCounterProposeInput = z.strictObject({
  slots: z.array(MeetingSlotSchema).check(z.minLength(1, 'needs at least one slot'), z.maxLength(MAX_MEETING_SLOTS)),
});
export type MeetingCounterProposeInput = z.infer<typeof MeetingCounterProposeInput>;
