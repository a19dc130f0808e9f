import * as z from 'zod/mini';
import { HearingRequestInput, issuesOf, type FieldIssue, type Language } from '@ngo-liaison/core';

/** The request as typed (untrimmed), so a failed send never loses anything. '' = not chosen. */
export interface HearingDraft {
  session: string;
  agendaItem: string;
  statement: string;
  language: Language;
}

export const emptyHearing = (language: Language, session = ''): HearingDraft => ({ session, agendaItem: '', statement: '', language });

/** The body of POST /v1/hearings the draft makes (not yet checked). */
export const hearingInputOf = (draft: HearingDraft, organization: string): HearingRequestInput => ({ ...draft, organization }) as HearingRequestInput;

/** Checks the request with core's HearingRequestInput, the schema the server applies; a blank field is `required`. */
export function validateHearing(draft: HearingDraft, organization: string): FieldIssue[] {
  const result = z.safeParse(HearingRequestInput, hearingInputOf(draft, organization));
  return (result.success ? [] : issuesOf(result.error)).map((issue) => {
    const value = (draft as unknown as Record<string, unknown>)[issue.path];
    return typeof value === 'string' && value.trim() === '' ? { ...issue, code: 'required' } : issue;
  });
}

/** The form's control a problem's path points to; undefined for what it does not show. */
export function hearingControlOf(path: string): string | undefined {
  const field = /^\w+/.exec(path)?.[0];
  return field && ['session', 'agendaItem', 'statement', 'language'].includes(field) ? field : undefined;
}
