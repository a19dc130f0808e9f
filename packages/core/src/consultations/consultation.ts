import * as z from 'zod/mini';
import { AnyLanguageText } from '../schemas/localized-text.js';
import { CountryCode, UnescoRegion } from '../schemas/country.js';
import { lineText, withoutControlCharacters } from '../schemas/plain-text.js';
import { ProgrammeId } from '../schemas/programme.js';
import { OrganizationId } from '../schemas/record-fields.js';
import { SectorCode } from '../schemas/sector.js';

/**
 * Collective consultations (paragraph 6 of the working-group paper): a sector or the
 * Secretariat asks partners, or Member States, a few questions around a priority programme.
 */

export const QUESTION_KINDS = ['single-choice', 'multiple-choice', 'ranking', 'free-text'] as const;
export const QuestionKind = z.enum(QUESTION_KINDS);
export type QuestionKind = z.infer<typeof QuestionKind>;

const key = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'must be a short key such as "q1" or "education"'));

/** One option of a choice or ranking question, its label in the languages it has. */
export const QuestionOption = z.object({ key, label: AnyLanguageText });
export type QuestionOption = z.infer<typeof QuestionOption>;

export const ChoiceQuestion = z.object({
  key,
  kind: z.enum(['single-choice', 'multiple-choice', 'ranking']),
  prompt: AnyLanguageText,
  options: z.array(QuestionOption).check(z.minLength(2), z.maxLength(30)),
  required: z.optional(z.boolean()),
});
export const FreeTextQuestion = z.object({
  key,
  kind: z.literal('free-text'),
  prompt: AnyLanguageText,
  /** Longest answer accepted, in characters. */
  maxLength: z.optional(z.int().check(z.gte(1), z.lte(8000))),
  required: z.optional(z.boolean()),
});
export const Question = z.union([ChoiceQuestion, FreeTextQuestion]);
export type Question = z.infer<typeof Question>;

/**
 * Who is asked. The sector's expert NGOs are frozen as a list of organisations when the
 * consultation opens, so a designation made later neither adds nor removes a respondent.
 */
export const ConsultationAudience = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('all-partners') }),
  z.object({ kind: z.literal('sector-experts'), sector: SectorCode, frozen: z.optional(z.array(OrganizationId)) }),
  z.object({ kind: z.literal('region'), region: UnescoRegion }),
  z.object({ kind: z.literal('organizations'), organizations: z.array(OrganizationId).check(z.minLength(1)) }),
  z.object({ kind: z.literal('member-states') }),
]);
export type ConsultationAudience = z.infer<typeof ConsultationAudience>;

/** Who owns it: a sector, or the Secretariat (for itself or on behalf of Member States). */
export const ConsultationOwner = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('sector'), sector: SectorCode }),
  z.object({ kind: z.literal('secretariat'), onBehalfOfMemberStates: z.optional(z.boolean()) }),
]);
export type ConsultationOwner = z.infer<typeof ConsultationOwner>;

export const ConsultationId = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{2,80}$/, 'must be a consultation id such as "cons-2026-education"'));
export type ConsultationId = z.infer<typeof ConsultationId>;

const questionsOf = z.array(Question).check(
  z.minLength(1),
  z.maxLength(50),
  z.refine((questions) => new Set(questions.map((q) => q.key)).size === questions.length, 'question keys must be unique'),
  z.refine(
    (questions) => questions.every((q) => q.kind === 'free-text' || new Set(q.options.map((o) => o.key)).size === q.options.length),
    'option keys must be unique within a question',
  ),
);

/** Body of POST /v1/consultations. */
export const ConsultationInput = z.strictObject({
  title: AnyLanguageText,
  description: z.optional(AnyLanguageText),
  programme: z.optional(ProgrammeId),
  owner: ConsultationOwner,
  audience: ConsultationAudience,
  /** A forum evaluation: the calendar event it evaluates (answered by Member States). */
  eventId: z.optional(lineText(120)),
  questions: questionsOf,
  opensAt: z.iso.datetime({ offset: true }),
  closesAt: z.iso.datetime({ offset: true }),
}).check(z.refine((input) => Date.parse(input.closesAt) > Date.parse(input.opensAt), { message: 'must be after opensAt', path: ['closesAt'] }));
export type ConsultationInput = z.infer<typeof ConsultationInput>;

export const Consultation = z.object({
  id: ConsultationId,
  title: AnyLanguageText,
  description: z.optional(AnyLanguageText),
  programme: z.optional(ProgrammeId),
  owner: ConsultationOwner,
  audience: ConsultationAudience,
  eventId: z.optional(z.string()),
  questions: z.array(Question),
  opensAt: z.iso.datetime({ offset: true }),
  closesAt: z.iso.datetime({ offset: true }),
  /** When the results were published (only after closing). */
  resultsPublishedAt: z.optional(z.iso.datetime({ offset: true })),
  fictional: z.optional(z.boolean()),
});
export type Consultation = z.infer<typeof Consultation>;

/** One answer: an option key, a set of option keys, a full ordering of option keys, or text. */
export const Answer = z.union([
  z.string().check(z.maxLength(8000), withoutControlCharacters()),
  z.array(z.string().check(z.maxLength(40))).check(z.maxLength(30)),
]);
export type Answer = z.infer<typeof Answer>;

/** Body of PUT /v1/consultations/{id}/responses/mine. */
export const ConsultationResponseInput = z.strictObject({
  /** The organisation answering (an editor acts for it); absent for a Member State. */
  organization: z.optional(OrganizationId),
  answers: z.record(key, Answer),
});
export type ConsultationResponseInput = z.infer<typeof ConsultationResponseInput>;

/** The one who answers: an organisation (through its editors) or a Member State. */
export const Respondent = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('organization'), organization: OrganizationId }),
  z.object({ kind: z.literal('member-state'), country: CountryCode }),
]);
export type Respondent = z.infer<typeof Respondent>;

export const ConsultationResponse = z.object({
  consultation: ConsultationId,
  respondent: Respondent,
  answers: z.record(z.string(), Answer),
  submittedAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
});
export type ConsultationResponse = z.infer<typeof ConsultationResponse>;
