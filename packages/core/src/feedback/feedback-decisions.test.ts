import { describe, expect, it } from 'vitest';
import { ANONYMOUS } from '../access/principal.js';
import { ValidationError } from '../errors/validation-error.js';
import { addresseeKey } from '../inbox/addressee.js';
import { ABUJA, CLT, COMMITTEE, ED, ICOM_EDITOR, KENYA, LITERACY_FEEDBACK, NAIROBI, NGO, NGO_EDITOR, SECRETARIAT, feedbackContext, statusOf } from '../inbox/test-inbox.js';
import { testContext } from '../organization-writes/test-writes.js';
import type { Feedback } from './feedback.js';
import {
  canReadFeedback,
  decideAcknowledgeFeedback,
  decideAnswerFeedback,
  decideReadFeedback,
  decideSendFeedback,
  feedbackReadScope,
} from './feedback-decisions.js';
import { parseFeedbackQuery } from './feedback-query.js';

function sent(): Feedback {
  const outcome = decideSendFeedback(NGO_EDITOR, LITERACY_FEEDBACK, feedbackContext());
  if (outcome.kind !== 'send') throw new Error(JSON.stringify(outcome));
  return outcome.feedback;
}
const ANSWER = { text: 'New primers ship in March <b>&</b>.', language: 'fr' } as const;

describe('sending feedback', () => {
  it('is the NGO’s own voice to the programme’s sector and the office it names, never public', () => {
    const outcome = decideSendFeedback(NGO_EDITOR, LITERACY_FEEDBACK, feedbackContext());
    if (outcome.kind !== 'send') throw new Error(JSON.stringify(outcome));
    expect(outcome.feedback).toMatchObject({ id: 'id-1', sector: 'ED', state: 'sent', sentAt: '2026-12-03T10:00:00.000Z', organization: NGO });
    expect(outcome.audit).toMatchObject({ action: 'feedback.send', role: `ngo-editor:${NGO}`, entity: { type: 'feedback', id: 'id-1' } });
    expect(outcome.deliveries.map((d) => [d.kind, d.public, addresseeKey(d.addressee), d.reasons, d.title])).toEqual([
      ['feedback.received', false, 'sector:ED', ['sector:ED', 'programme:demo-coastal-literacy-initiative', 'country:NG'], { en: 'Reading materials arrive late' }],
      ['feedback.received', false, 'field-office:abuja', ['field-office:abuja', 'country:NG'], { en: 'Reading materials arrive late' }],
    ]);
  });

  it('is 401 anonymous and 403 for anyone but the organisation’s editors (the Secretariat included)', () => {
    expect(statusOf(decideSendFeedback(ANONYMOUS, LITERACY_FEEDBACK, feedbackContext()))).toBe(401);
    for (const principal of [ICOM_EDITOR, SECRETARIAT, ED, ABUJA, KENYA, COMMITTEE]) expect(statusOf(decideSendFeedback(principal, LITERACY_FEEDBACK, feedbackContext()))).toBe(403);
  });

  it('names the field of an unknown organisation, programme, country or office, and of a bad body (400)', () => {
    const outcome = decideSendFeedback(NGO_EDITOR, { ...LITERACY_FEEDBACK, programme: 'demo-nothing', country: 'XX', fieldOffice: 'atlantis' }, feedbackContext(false));
    expect(outcome.kind === 'refuse' && outcome.problem.errors?.map((e) => e.path)).toEqual(['organization', 'programme', 'country', 'fieldOffice']);
    const body = decideSendFeedback(NGO_EDITOR, { ...LITERACY_FEEDBACK, language: 'de', sector: 'CI' }, feedbackContext());
    expect(body.kind === 'refuse' && body.problem.errors?.map((e) => e.path).sort()).toEqual(['language', 'sector']);
  });
});

describe('acknowledging and answering feedback', () => {
  it('lets the sector acknowledge, then answer; the NGO hears of both', () => {
    const acknowledged = decideAcknowledgeFeedback(ED, 'id-1', sent(), testContext());
    if (acknowledged.kind === 'refuse') throw new Error(JSON.stringify(acknowledged));
    expect(acknowledged.feedback).toMatchObject({ state: 'acknowledged', acknowledgedAt: '2026-12-03T10:00:00.000Z' });
    expect(acknowledged.deliveries).toEqual([expect.objectContaining({ kind: 'feedback.acknowledged', public: false, addressee: { kind: 'organization', organization: NGO } })]);
    const answered = decideAnswerFeedback(ED, 'id-1', acknowledged.feedback, ANSWER, testContext());
    if (answered.kind === 'refuse') throw new Error(JSON.stringify(answered));
    expect(answered.feedback).toMatchObject({ state: 'answered', answer: { ...ANSWER, at: '2026-12-03T10:00:00.000Z' } });
    expect(answered.audit).toMatchObject({ action: 'feedback.answer', role: 'sector:ED' });
    expect(answered.deliveries).toEqual([expect.objectContaining({ kind: 'feedback.answered', summary: { fr: ANSWER.text }, addressee: { kind: 'organization', organization: NGO } })]);
  });

  it('answers without acknowledging first; 409 acknowledging twice or answering twice', () => {
    expect(statusOf(decideAnswerFeedback(SECRETARIAT, 'id-1', sent(), ANSWER, testContext()))).toBe('answer');
    expect(statusOf(decideAcknowledgeFeedback(ED, 'id-1', { ...sent(), state: 'acknowledged' }, testContext()))).toBe(409);
    expect(statusOf(decideAcknowledgeFeedback(ED, 'id-1', { ...sent(), state: 'answered' }, testContext()))).toBe(409);
    expect(statusOf(decideAnswerFeedback(ED, 'id-1', { ...sent(), state: 'answered' }, ANSWER, testContext()))).toBe(409);
  });

  it('is 404 for another sector (not readable), 403 for the named office and the NGO (readable)', () => {
    for (const decide of [(p: typeof ED) => decideAcknowledgeFeedback(p, 'id-1', sent(), testContext()), (p: typeof ED) => decideAnswerFeedback(p, 'id-1', sent(), ANSWER, testContext())]) {
      for (const principal of [CLT, NAIROBI, KENYA, ICOM_EDITOR, COMMITTEE]) expect(statusOf(decide(principal))).toBe(404);
      for (const principal of [ABUJA, NGO_EDITOR]) expect(statusOf(decide(principal))).toBe(403);
      expect(statusOf(decide(ANONYMOUS))).toBe(401);
    }
    expect(statusOf(decideAcknowledgeFeedback(ED, 'id-1', undefined, testContext()))).toBe(404);
  });

  it('needs a well-formed answer', () => {
    const outcome = decideAnswerFeedback(ED, 'id-1', sent(), { text: '', language: 'fr' }, testContext());
    expect(outcome).toMatchObject({ problem: { status: 400, errors: [{ path: 'text' }] } });
  });
});

describe('reading feedback', () => {
  it('is for the NGO, the sector, the named office and the Secretariat', () => {
    const feedback = sent();
    for (const principal of [NGO_EDITOR, ED, ABUJA, SECRETARIAT]) expect(canReadFeedback(principal, feedback)).toBe(true);
    for (const principal of [CLT, NAIROBI, KENYA, ICOM_EDITOR, COMMITTEE, ANONYMOUS]) expect(canReadFeedback(principal, feedback)).toBe(false);
    expect(decideReadFeedback(ED, 'id-1', feedback)).toBe(feedback);
    expect(statusOf(decideReadFeedback(CLT, 'id-1', feedback))).toBe(404);
    expect(statusOf(decideReadFeedback(ANONYMOUS, 'id-1', feedback))).toBe(401);
  });

  it('lists by scope', () => {
    expect(feedbackReadScope(SECRETARIAT)).toBe('all');
    expect(feedbackReadScope(ED)).toEqual({ sectors: ['ED'], fieldOffices: [], organizations: [] });
    expect(feedbackReadScope(NGO_EDITOR)).toEqual({ sectors: [], fieldOffices: [], organizations: [NGO] });
    expect(feedbackReadScope(ANONYMOUS)).toEqual({ sectors: [], fieldOffices: [], organizations: [] });
  });

  it('parses the list’s filters strictly', () => {
    expect(parseFeedbackQuery(new URLSearchParams('programme=demo-x&country=NG&sector=ED&state=sent&organization=icom&limit=3'))).toEqual({
      programme: 'demo-x',
      country: 'NG',
      sector: 'ED',
      state: 'sent',
      organization: 'icom',
      limit: 3,
      cursor: undefined,
    });
    const paths = (query: string) => {
      try {
        parseFeedbackQuery(new URLSearchParams(query));
        return [];
      } catch (error) {
        return (error as ValidationError).issues.map((issue) => issue.path);
      }
    };
    expect(paths('state=closed&sector=XX&country=ng&addressee=x')).toEqual(['addressee']);
    expect(paths('state=closed&sector=XX&country=ng')).toEqual(['state', 'sector', 'country']);
  });
});
