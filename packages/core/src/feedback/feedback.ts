import * as z from 'zod/mini';
import { Actor } from '../organization-writes/organization-revision.js';
import { CountryCode } from '../schemas/country.js';
import { FieldOfficeCode } from '../schemas/field-office.js';
import { lineText, withoutControlCharacters } from '../schemas/plain-text.js';
import { LANGUAGES } from '../i18n/languages.js';
import { ProgrammeId } from '../schemas/programme.js';
import { OrganizationId } from '../schemas/record-fields.js';
import { SectorCode } from '../schemas/sector.js';

/** A message of several lines: feedback, an answer. */
const messageText = z.string().check(z.trim(), z.minLength(1, 'must not be empty'), z.maxLength(4000), withoutControlCharacters());

/**
 * Body of POST /v1/feedback: an NGO's feedback to a sector on how a programme is carried out
 * (paragraph 6 of the working-group paper), optionally about one country or field office.
 */
export const FeedbackInput = z.strictObject({
  organization: OrganizationId,
  programme: ProgrammeId,
  country: z.optional(CountryCode),
  fieldOffice: z.optional(FieldOfficeCode),
  subject: lineText(160),
  text: messageText,
  /** The language the text is written in (one of the six: inboxes and feeds tag it). */
  language: z.enum(LANGUAGES),
});
export type FeedbackInput = z.infer<typeof FeedbackInput>;

/** sent → acknowledged → answered (a sector may answer without acknowledging first). */
export const FEEDBACK_STATES = ['sent', 'acknowledged', 'answered'] as const;
export const FeedbackState = z.enum(FEEDBACK_STATES);
export type FeedbackState = z.infer<typeof FeedbackState>;

/** Body of POST /v1/feedback/{id}/answer. */
export const FeedbackAnswerInput = z.strictObject({ text: messageText, language: z.enum(LANGUAGES) });
export type FeedbackAnswerInput = z.infer<typeof FeedbackAnswerInput>;

export const FeedbackAnswer = z.object({ text: z.string(), language: z.enum(LANGUAGES), by: Actor, at: z.iso.datetime() });
export type FeedbackAnswer = z.infer<typeof FeedbackAnswer>;

/**
 * Feedback as stored. It is read by the NGO that sent it, the programme's sector, the field
 * office it names and the Secretariat: never public.
 */
export const Feedback = z.object({
  id: z.string(),
  organization: OrganizationId,
  programme: ProgrammeId,
  /** The programme's lead sector when the feedback was sent: the addressee. */
  sector: SectorCode,
  country: z.optional(CountryCode),
  fieldOffice: z.optional(FieldOfficeCode),
  subject: z.string(),
  text: z.string(),
  language: z.enum(LANGUAGES),
  state: FeedbackState,
  sentBy: Actor,
  sentAt: z.iso.datetime(),
  acknowledgedBy: z.optional(Actor),
  acknowledgedAt: z.optional(z.iso.datetime()),
  answer: z.optional(FeedbackAnswer),
});
export type Feedback = z.infer<typeof Feedback>;

/** One row of the sector's overview: feedback counted by programme and country (null: no country named). */
export const FeedbackSummaryRow = z.object({
  programme: ProgrammeId,
  country: z.nullable(CountryCode),
  total: z.int(),
  sent: z.int(),
  acknowledged: z.int(),
  answered: z.int(),
  /** ISO instant of the newest feedback in the row. */
  latest: z.iso.datetime(),
});
export type FeedbackSummaryRow = z.infer<typeof FeedbackSummaryRow>;

export const FeedbackSummary = z.object({ rows: z.array(FeedbackSummaryRow) });
export type FeedbackSummary = z.infer<typeof FeedbackSummary>;
