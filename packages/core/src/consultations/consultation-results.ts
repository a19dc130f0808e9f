import * as z from 'zod/mini';
import { toCsv } from '../export/csv.js';
import { pickText } from '../i18n/pick-text.js';
import type { Language } from '../i18n/languages.js';
import type { Consultation, ConsultationResponse } from './consultation.js';
import { respondentKey } from './consultation-rules.js';

export const OptionCount = z.object({ option: z.string(), count: z.int() });
export const RankingStanding = z.object({
  option: z.string(),
  /** Borda points: n−1 for a first place, 0 for the last, summed over responses. */
  points: z.int(),
  /** Mean position (1 = first), over the responses that ranked it; null when none did. */
  meanRank: z.nullable(z.number()),
});

export const QuestionResult = z.discriminatedUnion('kind', [
  z.object({ question: z.string(), kind: z.literal('single-choice'), answered: z.int(), counts: z.array(OptionCount) }),
  z.object({ question: z.string(), kind: z.literal('multiple-choice'), answered: z.int(), counts: z.array(OptionCount) }),
  z.object({ question: z.string(), kind: z.literal('ranking'), answered: z.int(), standings: z.array(RankingStanding) }),
  z.object({ question: z.string(), kind: z.literal('free-text'), answered: z.int() }),
]);
export type QuestionResult = z.infer<typeof QuestionResult>;

export const ConsultationResults = z.object({
  consultation: z.string(),
  responses: z.int(),
  questions: z.array(QuestionResult),
});
export type ConsultationResults = z.infer<typeof ConsultationResults>;

/** Counts per option, rankings by Borda count (ties keep the question's option order). */
export function aggregateResponses(consultation: Pick<Consultation, 'id' | 'questions'>, responses: readonly Pick<ConsultationResponse, 'answers'>[]): ConsultationResults {
  const questions = consultation.questions.map((question): QuestionResult => {
    const answers = responses.map((response) => response.answers[question.key]).filter((answer) => answer !== undefined && answer.length > 0);
    if (question.kind === 'free-text') return { question: question.key, kind: 'free-text', answered: answers.length };
    const options = question.options.map((option) => option.key);
    if (question.kind === 'ranking') {
      const n = options.length;
      const standings = options.map((option) => {
        const positions = answers.flatMap((answer) => (Array.isArray(answer) && answer.includes(option) ? [answer.indexOf(option) + 1] : []));
        const points = positions.reduce((sum, position) => sum + (n - position), 0);
        const meanRank = positions.length === 0 ? null : Math.round((positions.reduce((a, b) => a + b, 0) / positions.length) * 100) / 100;
        return { option, points, meanRank };
      });
      const order = new Map(options.map((option, index) => [option, index]));
      standings.sort((a, b) => b.points - a.points || order.get(a.option)! - order.get(b.option)!);
      return { question: question.key, kind: 'ranking', answered: answers.length, standings };
    }
    const counts = options.map((option) => ({
      option,
      count: answers.filter((answer) => (Array.isArray(answer) ? answer.includes(option) : answer === option)).length,
    }));
    return { question: question.key, kind: question.kind, answered: answers.length, counts };
  });
  return { consultation: consultation.id, responses: responses.length, questions };
}

/**
 * The free-text answers as CSV: one row per respondent and free-text question, with the
 * question's prompt in the reader's language. Spreadsheet formulas are neutralised by toCsv.
 */
export function freeTextCsv(
  consultation: Pick<Consultation, 'questions'>,
  responses: readonly Pick<ConsultationResponse, 'respondent' | 'answers' | 'updatedAt'>[],
  language: Language = 'en',
): string {
  const rows: (string | null)[][] = [['respondent', 'question', 'prompt', 'answer', 'updatedAt']];
  const sorted = [...responses].sort((a, b) => respondentKey(a.respondent).localeCompare(respondentKey(b.respondent)));
  for (const question of consultation.questions) {
    if (question.kind !== 'free-text') continue;
    for (const response of sorted) {
      const answer = response.answers[question.key];
      if (typeof answer !== 'string' || answer.trim() === '') continue;
      rows.push([respondentKey(response.respondent), question.key, pickText(question.prompt, language) ?? '', answer, response.updatedAt]);
    }
  }
  return toCsv(rows);
}
