import { validateAnswers, type Answer, type Consultation, type ConsultationResponse, type ConsultationResponseInput, type FieldIssue, type Question } from '@ngo-liaison/core';

/**
 * A respondent's answers while they are being given: one entry per question, in the shape the
 * form edits (a ranking is always a full order, shown from the start). `ranked` holds the
 * rankings the respondent has set (moved an option, or saved before): an untouched ranking is
 * not an answer, so the question's own option order is never sent as if it were an opinion.
 */
export interface ConsultationDraft {
  single: Record<string, string>;
  multiple: Record<string, string[]>;
  ranking: Record<string, string[]>;
  ranked: Set<string>;
  text: Record<string, string>;
}

/** The draft of `consultation`, prefilled from the saved response when there is one. */
export function draftOf(consultation: Pick<Consultation, 'questions'>, response?: Pick<ConsultationResponse, 'answers'>): ConsultationDraft {
  const draft: ConsultationDraft = { single: {}, multiple: {}, ranking: {}, ranked: new Set(), text: {} };
  for (const question of consultation.questions) {
    const saved = response?.answers[question.key];
    if (question.kind === 'free-text') draft.text[question.key] = typeof saved === 'string' ? saved : '';
    else if (question.kind === 'single-choice') draft.single[question.key] = typeof saved === 'string' ? saved : '';
    else if (question.kind === 'multiple-choice') draft.multiple[question.key] = Array.isArray(saved) ? [...saved] : [];
    else {
      const keys = question.options.map((option) => option.key);
      const complete = Array.isArray(saved) && saved.length === keys.length && keys.every((key) => saved.includes(key));
      draft.ranking[question.key] = complete ? [...saved] : keys;
      if (complete) draft.ranked.add(question.key);
    }
  }
  return draft;
}

/** Moves option `index` of a ranking by `by` places (−1 up, +1 down); false at either end. */
export function moveInRanking(draft: ConsultationDraft, question: string, index: number, by: -1 | 1): boolean {
  const order = draft.ranking[question];
  const target = index + by;
  if (!order || target < 0 || target >= order.length) return false;
  [order[index], order[target]] = [order[target]!, order[index]!];
  draft.ranked.add(question);
  return true;
}

function answerOf(question: Question, draft: ConsultationDraft): Answer | undefined {
  switch (question.kind) {
    case 'free-text':
      return draft.text[question.key]?.trim() ? draft.text[question.key] : undefined;
    case 'single-choice':
      return draft.single[question.key] || undefined;
    case 'multiple-choice':
      return draft.multiple[question.key]?.length ? draft.multiple[question.key] : undefined;
    case 'ranking':
      return draft.ranked.has(question.key) || question.required ? draft.ranking[question.key] : undefined;
  }
}

/** The body of PUT …/responses/mine: the answers given, none for a question left blank. */
export function responseInputOf(consultation: Pick<Consultation, 'questions'>, draft: ConsultationDraft, organization?: string): ConsultationResponseInput {
  const answers: Record<string, Answer> = {};
  for (const question of consultation.questions) {
    const answer = answerOf(question, draft);
    if (answer !== undefined) answers[question.key] = answer;
  }
  return { ...(organization ? { organization } : {}), answers };
}

/** Core's answer rules, as the summary's field issues (the server decides with the same rules). */
export function validateDraft(consultation: Pick<Consultation, 'questions'>, input: ConsultationResponseInput): FieldIssue[] {
  return validateAnswers(consultation.questions, input.answers).map((issue) => ({
    path: issue.path.join('.'),
    message: issue.message,
    code: issue.message === 'is required' ? 'required' : issue.message.startsWith('must be at most') ? 'too-long' : 'invalid-value',
  }));
}

/** The question a problem's path names (`answers.focus` → `focus`), if any. */
export function questionOfPath(path: string): string | undefined {
  const match = /^answers\.([a-z0-9][a-z0-9-]*)/.exec(path);
  return match?.[1];
}
