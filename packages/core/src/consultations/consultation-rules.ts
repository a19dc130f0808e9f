import type { UnescoRegion } from '../schemas/country.js';
import type { Answer, Consultation, ConsultationAudience, Question, Respondent } from './consultation.js';

/** Open at instant t: opensAt ≤ t < closesAt. Time is passed in, never read. */
export function isConsultationOpen(consultation: Pick<Consultation, 'opensAt' | 'closesAt'>, now: Date): boolean {
  const t = now.getTime();
  return Date.parse(consultation.opensAt) <= t && t < Date.parse(consultation.closesAt);
}

export function isConsultationClosed(consultation: Pick<Consultation, 'closesAt'>, now: Date): boolean {
  return now.getTime() >= Date.parse(consultation.closesAt);
}

/** What the audience check needs to know of an organisation. */
export interface RespondentFacts {
  /** Is it a partner (official or consultative status in force)? */
  partner: boolean;
  region?: UnescoRegion;
}

/**
 * May this respondent answer? An organisation answers an audience of organisations; a Member
 * State answers only an audience of Member States. Expert audiences use the list frozen at opening.
 */
export function isInAudience(audience: ConsultationAudience, respondent: Respondent, facts: RespondentFacts = { partner: true }): boolean {
  if (audience.kind === 'member-states') return respondent.kind === 'member-state';
  if (respondent.kind !== 'organization') return false;
  switch (audience.kind) {
    case 'all-partners':
      return facts.partner;
    case 'sector-experts':
      return (audience.frozen ?? []).includes(respondent.organization);
    case 'region':
      return facts.partner && facts.region === audience.region;
    case 'organizations':
      return audience.organizations.includes(respondent.organization);
  }
}

/**
 * An audience named by a list or by expertise is private: someone outside it must not learn the
 * consultation exists (404). Partners-wide, regional and Member-State consultations are public
 * (published on the site), so outsiders are refused with 403.
 */
export function isAudiencePublic(audience: ConsultationAudience): boolean {
  return audience.kind === 'all-partners' || audience.kind === 'region' || audience.kind === 'member-states';
}

/** Freezes the sector's expert NGOs into the audience when the consultation opens. */
export function freezeAudience(audience: ConsultationAudience, sectorExperts: readonly string[]): ConsultationAudience {
  if (audience.kind !== 'sector-experts' || audience.frozen) return audience;
  return { ...audience, frozen: [...new Set(sectorExperts)].sort() };
}

export interface AnswerIssue {
  /** Path under the body: ['answers', questionKey]. */
  path: (string | number)[];
  message: string;
}

function checkAnswer(question: Question, answer: Answer): string | undefined {
  if (question.kind === 'free-text') {
    if (typeof answer !== 'string') return 'must be text';
    const max = question.maxLength ?? 4000;
    return answer.length > max ? `must be at most ${max} characters` : undefined;
  }
  const keys = new Set(question.options.map((option) => option.key));
  if (question.kind === 'single-choice') {
    if (typeof answer !== 'string') return 'must be one option key';
    return keys.has(answer) ? undefined : `must be one of ${[...keys].join(', ')}`;
  }
  if (!Array.isArray(answer)) return 'must be a list of option keys';
  if (new Set(answer).size !== answer.length) return 'must not repeat an option';
  const unknown = answer.find((option) => !keys.has(option));
  if (unknown !== undefined) return `names an unknown option "${unknown}"`;
  if (question.kind === 'ranking' && answer.length !== keys.size) return 'must rank every option once';
  return undefined;
}

/** Checks a response against the consultation's questions; an empty list means valid. */
export function validateAnswers(questions: readonly Question[], answers: Readonly<Record<string, Answer>>): AnswerIssue[] {
  const issues: AnswerIssue[] = [];
  const byKey = new Map(questions.map((question) => [question.key, question]));
  for (const key of Object.keys(answers)) {
    if (!byKey.has(key)) issues.push({ path: ['answers', key], message: 'is not a question of this consultation' });
  }
  for (const question of questions) {
    const answer = answers[question.key];
    const empty = answer === undefined || (typeof answer === 'string' ? answer.trim() === '' : answer.length === 0);
    if (empty) {
      if (question.required) issues.push({ path: ['answers', question.key], message: 'is required' });
      continue;
    }
    const problem = checkAnswer(question, answer);
    if (problem) issues.push({ path: ['answers', question.key], message: problem });
  }
  return issues;
}

/** A stable key of a respondent: one response per key. */
export function respondentKey(respondent: Respondent): string {
  return respondent.kind === 'organization' ? `organization:${respondent.organization}` : `member-state:${respondent.country}`;
}
