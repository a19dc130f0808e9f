import { describe, expect, it } from 'vitest';
import {
  ConsultationInput,
  aggregateResponses,
  composeConsultationInvitation,
  freeTextCsv,
  freezeAudience,
  isAudiencePublic,
  isConsultationOpen,
  isInAudience,
  validateAnswers,
  type Consultation,
  type ConsultationResponse,
} from './index.js';

const consultation: Consultation = {
  id: 'cons-2026-sample',
  title: { en: 'Priorities', fr: 'Priorités' },
  owner: { kind: 'sector', sector: 'ED' },
  audience: { kind: 'all-partners' },
  opensAt: '2026-01-01T00:00:00Z',
  closesAt: '2026-02-01T00:00:00Z',
  questions: [
    { key: 'one', kind: 'single-choice', prompt: { en: 'One' }, options: [{ key: 'a', label: { en: 'A' } }, { key: 'b', label: { en: 'B' } }], required: true },
    { key: 'many', kind: 'multiple-choice', prompt: { en: 'Many' }, options: [{ key: 'a', label: { en: 'A' } }, { key: 'b', label: { en: 'B' } }] },
    { key: 'rank', kind: 'ranking', prompt: { en: 'Rank' }, options: [{ key: 'x', label: { en: 'X' } }, { key: 'y', label: { en: 'Y' } }, { key: 'z', label: { en: 'Z' } }] },
    { key: 'text', kind: 'free-text', prompt: { en: 'Say', fr: 'Dites' } },
  ],
};

describe('consultation rules', () => {
  it('is open from opensAt (inclusive) to closesAt (exclusive)', () => {
    expect(isConsultationOpen(consultation, new Date('2025-12-31T23:59:59Z'))).toBe(false);
    expect(isConsultationOpen(consultation, new Date('2026-01-01T00:00:00Z'))).toBe(true);
    expect(isConsultationOpen(consultation, new Date('2026-02-01T00:00:00Z'))).toBe(false);
  });

  it('checks the audience', () => {
    const ngo = { kind: 'organization', organization: 'ngo-1' } as const;
    const state = { kind: 'member-state', country: 'FR' } as const;
    expect(isInAudience({ kind: 'all-partners' }, ngo)).toBe(true);
    expect(isInAudience({ kind: 'all-partners' }, state)).toBe(false);
    expect(isInAudience({ kind: 'member-states' }, state)).toBe(true);
    expect(isInAudience({ kind: 'member-states' }, ngo)).toBe(false);
    expect(isInAudience({ kind: 'region', region: 'europe-north-america' }, ngo, { partner: true, region: 'africa' })).toBe(false);
    expect(isInAudience({ kind: 'organizations', organizations: ['ngo-1'] }, ngo)).toBe(true);
    const frozen = freezeAudience({ kind: 'sector-experts', sector: 'ED' }, ['ngo-2', 'ngo-1', 'ngo-1']);
    expect(frozen).toEqual({ kind: 'sector-experts', sector: 'ED', frozen: ['ngo-1', 'ngo-2'] });
    expect(freezeAudience(frozen, ['ngo-3'])).toBe(frozen);
    expect(isInAudience(frozen, ngo)).toBe(true);
    expect(isAudiencePublic(frozen)).toBe(false);
    expect(isAudiencePublic({ kind: 'all-partners' })).toBe(true);
  });

  it('validates answers against the questions', () => {
    expect(validateAnswers(consultation.questions, { one: 'a', many: ['a', 'b'], rank: ['z', 'x', 'y'], text: 'ok' })).toEqual([]);
    const issues = validateAnswers(consultation.questions, { many: ['a', 'a'], rank: ['x'], text: ['no'], extra: 'x' });
    expect(issues.map((issue) => issue.path.join('.'))).toEqual(['answers.extra', 'answers.one', 'answers.many', 'answers.rank', 'answers.text']);
    expect(validateAnswers(consultation.questions, { one: 'c' })[0]?.message).toMatch(/one of a, b/);
  });

  it('refuses a closing before the opening', () => {
    const input = { title: { en: 'T' }, owner: { kind: 'secretariat' }, audience: { kind: 'member-states' }, questions: consultation.questions, opensAt: '2026-02-01T00:00:00Z', closesAt: '2026-01-01T00:00:00Z' };
    const parsed = ConsultationInput.safeParse(input);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(['closesAt']);
  });
});

describe('consultation results', () => {
  const responses: Pick<ConsultationResponse, 'respondent' | 'answers' | 'updatedAt'>[] = [
    { respondent: { kind: 'organization', organization: 'ngo-b' } , updatedAt: '2026-01-02T00:00:00Z', answers: { one: 'a', many: ['a', 'b'], rank: ['x', 'y', 'z'], text: '=HYPERLINK("x")' } },
    { respondent: { kind: 'organization', organization: 'ngo-a' } , updatedAt: '2026-01-03T00:00:00Z', answers: { one: 'b', many: ['b'], rank: ['y', 'x', 'z'], text: 'Plus de, "moyens"' } },
    { respondent: { kind: 'organization', organization: 'ngo-c' } , updatedAt: '2026-01-04T00:00:00Z', answers: { one: 'a', rank: ['x', 'z', 'y'] } },
  ];

  it('counts options and ranks by Borda count with the mean rank', () => {
    const results = aggregateResponses(consultation, responses);
    expect(results.responses).toBe(3);
    expect(results.questions[0]).toEqual({ question: 'one', kind: 'single-choice', answered: 3, counts: [{ option: 'a', count: 2 }, { option: 'b', count: 1 }] });
    expect(results.questions[1]).toEqual({ question: 'many', kind: 'multiple-choice', answered: 2, counts: [{ option: 'a', count: 1 }, { option: 'b', count: 2 }] });
    expect(results.questions[2]).toEqual({
      question: 'rank', kind: 'ranking', answered: 3,
      standings: [{ option: 'x', points: 5, meanRank: 1.33 }, { option: 'y', points: 3, meanRank: 2 }, { option: 'z', points: 1, meanRank: 2.67 }],
    });
    expect(results.questions[3]).toEqual({ question: 'text', kind: 'free-text', answered: 2 });
  });

  it('exports free text as CSV, formulas neutralised', () => {
    const csv = freeTextCsv(consultation, responses, 'fr');
    expect(csv.split('\r\n')).toEqual([
      '\uFEFFrespondent,question,prompt,answer,updatedAt',
      'organization:ngo-a,text,Dites,"Plus de, ""moyens""",2026-01-03T00:00:00Z',
      `organization:ngo-b,text,Dites,"'=HYPERLINK(""x"")",2026-01-02T00:00:00Z`,
      '',
    ]);
  });

  it('composes the invitation in the recipient language', () => {
    const mail = composeConsultationInvitation(consultation, { email: 'a@example.org', language: 'fr', personId: 'p1' }, 'https://x/c');
    expect(mail.subject).toBe('Invitation à une consultation : Priorités');
    expect(mail.dedupeKey).toBe('consultation-invitation:cons-2026-sample:p1');
    expect(mail.text).toContain('https://x/c');
  });
});
