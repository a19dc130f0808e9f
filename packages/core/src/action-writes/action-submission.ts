import * as z from 'zod/mini';
import { Action, ActionActor } from '../schemas/action.js';
import { CountryCode } from '../schemas/country.js';
import { FieldOfficeCode } from '../schemas/field-office.js';
import { AnyLanguageText } from '../schemas/localized-text.js';
import { lineText } from '../schemas/plain-text.js';
import { DatePeriod, ProgrammeId, SdgNumber } from '../schemas/programme.js';
import { WebUrl } from '../schemas/record-fields.js';
import { Actor } from '../organization-writes/organization-revision.js';

/**
 * Body of POST /v1/actions: an action on the ground within a programme, as its author reports
 * it (paragraphs 5 and 6 of the working-group paper). The server gives it its id and
 * provenance; an NGO editor's action waits for the programme's sector, a field office's own
 * action is published at once.
 */
export const ActionSubmission = z.strictObject({
  /** An organisation the caller edits, or the field office the caller acts for. */
  actor: ActionActor,
  programme: ProgrammeId,
  title: AnyLanguageText,
  description: z.optional(AnyLanguageText),
  countries: z.array(CountryCode).check(z.minLength(1, 'needs at least one country'), z.maxLength(60)),
  place: z.optional(lineText(160)),
  fieldOffices: z.optional(z.array(FieldOfficeCode).check(z.maxLength(20))),
  period: DatePeriod,
  outcomes: z.array(AnyLanguageText).check(z.maxLength(20)),
  links: z.optional(z.array(WebUrl).check(z.maxLength(10))),
  sdgs: z.optional(z.array(SdgNumber).check(z.maxLength(17))),
});
export type ActionSubmission = z.infer<typeof ActionSubmission>;

/** pending → published (by the sector's focal point or the Secretariat) or returned (with a reason). */
export const ACTION_SUBMISSION_STATES = ['pending', 'published', 'returned'] as const;
export const ActionSubmissionState = z.enum(ACTION_SUBMISSION_STATES);
export type ActionSubmissionState = z.infer<typeof ActionSubmissionState>;

/**
 * An action as submitted, with its review state. Only published ones reach the public reads
 * (GET /v1/actions, feeds, inboxes); the submitter's organisation sees its own pending and
 * returned ones.
 */
export const SubmittedAction = z.object({
  /** The action as it reads once published (its id is the submission's id). */
  action: Action,
  state: ActionSubmissionState,
  submittedBy: Actor,
  /** ISO instant. */
  submittedAt: z.iso.datetime(),
  decidedBy: z.optional(Actor),
  decidedAt: z.optional(z.iso.datetime()),
  /** Why it was returned (shown to the submitter). */
  reason: z.optional(lineText(2000)),
});
export type SubmittedAction = z.infer<typeof SubmittedAction>;

/** Body of POST /v1/action-submissions/{id}/return. */
export const ReturnActionBody = z.strictObject({ reason: lineText(2000) });
export type ReturnActionBody = z.infer<typeof ReturnActionBody>;
