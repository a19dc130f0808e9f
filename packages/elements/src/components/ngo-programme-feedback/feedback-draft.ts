import * as z from 'zod/mini';
import { FeedbackAnswerInput, FeedbackInput, issuesOf, type FieldIssue, type Language } from '@ngo-liaison/core';

/** The NGO's feedback as typed (untrimmed), so a failed send never loses anything. '' = not chosen. */
export interface FeedbackDraft {
  programme: string;
  country: string;
  fieldOffice: string;
  subject: string;
  text: string;
  language: Language;
}

export function emptyFeedback(language: Language, programme = ''): FeedbackDraft {
  return { programme, country: '', fieldOffice: '', subject: '', text: '', language };
}

/** The body of POST /v1/feedback the draft makes (not yet checked). */
export function feedbackInputOf(draft: FeedbackDraft, organization: string): FeedbackInput {
  return {
    organization,
    programme: draft.programme,
    ...(draft.country ? { country: draft.country } : {}),
    ...(draft.fieldOffice ? { fieldOffice: draft.fieldOffice } : {}),
    subject: draft.subject,
    text: draft.text,
    language: draft.language,
  } as FeedbackInput;
}

/** Core's schema's problems, a blank field being `required` to the user (zod says "too short"). */
function checked<T>(schema: z.ZodMiniType<T>, body: unknown, blank: (path: string) => boolean): FieldIssue[] {
  const result = z.safeParse(schema, body);
  return (result.success ? [] : issuesOf(result.error)).map((issue) => (blank(issue.path) ? { ...issue, code: 'required' } : issue));
}

/** Checks the feedback with core's FeedbackInput, the schema the server applies. */
export function validateFeedback(draft: FeedbackDraft, organization: string): FieldIssue[] {
  return checked(FeedbackInput, feedbackInputOf(draft, organization), (path) => {
    const value = (draft as unknown as Record<string, unknown>)[path];
    return typeof value === 'string' && value.trim() === '';
  });
}

/** Checks a sector's answer with core's FeedbackAnswerInput. */
export function validateAnswer(text: string, language: Language): FieldIssue[] {
  return checked(FeedbackAnswerInput, { text, language }, (path) => path === 'text' && text.trim() === '');
}

/** The NGO form's control a problem's path points to; undefined for what it does not show. */
export function feedbackControlOf(path: string): string | undefined {
  const field = /^\w+/.exec(path)?.[0];
  return field && ['programme', 'country', 'fieldOffice', 'subject', 'text', 'language'].includes(field) ? field : undefined;
}
