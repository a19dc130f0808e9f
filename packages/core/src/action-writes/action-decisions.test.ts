import { describe, expect, it } from 'vitest';
import { ANONYMOUS } from '../access/principal.js';
import { addresseeKey } from '../inbox/addressee.js';
import { ABUJA, CLT, ED, ICOM_EDITOR, KENYA, LITERACY, NAIROBI, NGO, NGO_EDITOR, PROGRAMMES, READING_CIRCLES, SECRETARIAT, actionContext, officeContext, statusOf } from '../inbox/test-inbox.js';
import {
  actionSubmissionReadScope,
  decidePublishAction,
  decideReadActionSubmission,
  decideReturnAction,
  decideSubmitAction,
  type ActionSubmitOutcome,
} from './action-decisions.js';
import type { SubmittedAction } from './action-submission.js';

function pending(): SubmittedAction {
  const outcome = decideSubmitAction(NGO_EDITOR, READING_CIRCLES, actionContext());
  if (outcome.kind !== 'submit') throw new Error(`expected a submission, got ${JSON.stringify(outcome)}`);
  return outcome.submission;
}
const errorsOf = (outcome: object) => ('problem' in outcome ? (outcome.problem as { errors?: unknown }).errors : undefined);

describe('submitting an action', () => {
  it('keeps an NGO editor’s action pending, with provenance, and tells only the NGO', () => {
    const outcome = decideSubmitAction(NGO_EDITOR, READING_CIRCLES, actionContext()) as ActionSubmitOutcome;
    expect(outcome).toMatchObject({
      kind: 'submit',
      submission: { state: 'pending', submittedAt: '2026-12-03T10:00:00.000Z', action: { id: 'id-1', sdgs: [], links: READING_CIRCLES.links } },
      audit: { action: 'action.submit', role: `ngo-editor:${NGO}`, entity: { type: 'action', id: 'id-1' } },
    });
    expect(outcome.action).toBeUndefined();
    expect(outcome.submission.decidedBy).toBeUndefined();
    expect(outcome.submission.action.provenance).toEqual({ sourceUrls: READING_CIRCLES.links, asOf: '2026-12-03', verified: false, fictional: true, note: 'Reported through Liaison' });
    expect(outcome.deliveries).toEqual([expect.objectContaining({ kind: 'action.submitted', public: false, addressee: { kind: 'organization', organization: NGO }, subject: { type: 'action', id: 'id-1' } })]);
  });

  it('publishes a field office’s own action in countries it covers at once, to those concerned', () => {
    const body = { ...READING_CIRCLES, actor: { kind: 'field-office', fieldOffice: 'abuja' } };
    const outcome = decideSubmitAction(ABUJA, body, officeContext()) as ActionSubmitOutcome;
    expect(outcome.submission).toMatchObject({ state: 'published', decidedBy: { personId: ABUJA.kind === 'person' ? ABUJA.personId : '' } });
    expect(outcome.action?.provenance.fictional).toBe(false);
    expect(outcome.deliveries.map((item) => addresseeKey(item.addressee))).toEqual(['sector:ED', 'field-office:abuja', 'member-state:NG', 'member-state:GH']);
    expect(outcome.deliveries.every((item) => item.kind === 'action.published' && item.public)).toBe(true);
  });

  it('refuses a field office acting for another office’s countries (403), but not the Secretariat', () => {
    const body = { ...READING_CIRCLES, countries: ['NG', 'KE'], actor: { kind: 'field-office', fieldOffice: 'abuja' } };
    const refused = decideSubmitAction(ABUJA, body, officeContext());
    expect(statusOf(refused)).toBe(403);
    expect(refused.kind === 'refuse' && refused.problem.detail).toContain('KE');
    expect(statusOf(decideSubmitAction(NAIROBI, body, officeContext()))).toBe(403);
    expect(decideSubmitAction(SECRETARIAT, body, officeContext())).toMatchObject({ kind: 'submit', submission: { state: 'published' } });
  });

  it('is 401 anonymous and 403 for anyone not acting for the actor', () => {
    expect(statusOf(decideSubmitAction(ANONYMOUS, READING_CIRCLES, actionContext()))).toBe(401);
    for (const principal of [ICOM_EDITOR, ED, KENYA, ABUJA]) expect(statusOf(decideSubmitAction(principal, READING_CIRCLES, actionContext()))).toBe(403);
  });

  it('names the field of every unknown reference and of an end before the start (400)', () => {
    const body = {
      ...READING_CIRCLES,
      programme: 'demo-no-such-programme',
      countries: ['NG', 'XX'],
      fieldOffices: ['atlantis'],
      period: { start: '2026-06-01', end: '2026-01-01' },
    };
    expect(errorsOf(decideSubmitAction(NGO_EDITOR, body, actionContext()))).toEqual([
      expect.objectContaining({ path: 'programme' }),
      expect.objectContaining({ path: 'countries[1]' }),
      expect.objectContaining({ path: 'fieldOffices[0]' }),
      expect.objectContaining({ path: 'period.end', code: 'inconsistent' }),
    ]);
    expect(errorsOf(decideSubmitAction(NGO_EDITOR, READING_CIRCLES, officeContext()))).toEqual([expect.objectContaining({ path: 'actor.organization' })]);
  });

  it('takes a strict body: unknown fields and server-owned ones are 400', () => {
    expect(errorsOf(decideSubmitAction(NGO_EDITOR, { ...READING_CIRCLES, provenance: {} }, actionContext()))).toEqual([expect.objectContaining({ path: 'provenance', code: 'unknown-field' })]);
    expect(errorsOf(decideSubmitAction(NGO_EDITOR, { ...READING_CIRCLES, title: {} }, actionContext()))).toEqual([expect.objectContaining({ path: 'title' })]);
  });
});

describe('publishing and returning an action', () => {
  it('lets the programme’s sector publish: the action reaches the sector, offices, Member States and the NGO', () => {
    const outcome = decidePublishAction(ED, 'id-1', pending(), actionContext());
    if (outcome.kind !== 'publish') throw new Error(JSON.stringify(outcome));
    expect(outcome.submission).toMatchObject({ state: 'published', decidedAt: '2026-12-03T10:00:00.000Z' });
    expect(outcome.audit).toMatchObject({ action: 'action.publish', role: 'sector:ED' });
    expect(outcome.deliveries.map((item) => [addresseeKey(item.addressee), item.reasons])).toEqual([
      ['sector:ED', ['sector:ED', `programme:${LITERACY.id}`]],
      ['field-office:abuja', ['country:NG', 'country:GH']],
      ['member-state:NG', ['country:NG']],
      ['member-state:GH', ['country:GH']],
      [`organization:${NGO}`, [`organization:${NGO}`]],
    ]);
  });

  it('is 403 for the NGO itself, 404 for those who cannot read it (another sector, an office, a Member State), 409 once decided', () => {
    expect(statusOf(decidePublishAction(NGO_EDITOR, 'id-1', pending(), actionContext()))).toBe(403);
    for (const principal of [CLT, ABUJA, KENYA, ICOM_EDITOR]) expect(statusOf(decidePublishAction(principal, 'id-1', pending(), actionContext()))).toBe(404);
    expect(statusOf(decidePublishAction(ED, 'id-1', undefined, actionContext()))).toBe(404);
    expect(statusOf(decidePublishAction(ANONYMOUS, 'id-1', pending(), actionContext()))).toBe(401);
    expect(statusOf(decidePublishAction(SECRETARIAT, 'id-1', { ...pending(), state: 'returned' }, actionContext()))).toBe(409);
    expect(statusOf(decideReturnAction(ED, 'id-1', { ...pending(), state: 'published' }, { reason: 'x' }, actionContext()))).toBe(409);
  });

  it('returns it with a reason the NGO reads in its inbox, privately', () => {
    const outcome = decideReturnAction(ED, 'id-1', pending(), { reason: 'Name the schools' }, actionContext());
    expect(outcome).toMatchObject({ kind: 'return', submission: { state: 'returned', reason: 'Name the schools' }, audit: { action: 'action.return', note: 'Name the schools' } });
    expect(outcome.kind === 'return' && outcome.deliveries).toEqual([
      expect.objectContaining({ kind: 'action.returned', public: false, summary: { en: 'Name the schools' }, addressee: { kind: 'organization', organization: NGO } }),
    ]);
    expect(errorsOf(decideReturnAction(ED, 'id-1', pending(), {}, actionContext()))).toEqual([expect.objectContaining({ path: 'reason', code: 'required' })]);
  });
});

describe('reading action submissions', () => {
  it('is for the Secretariat, the programme’s sector and the actor; not readable is not found', () => {
    const submission = pending();
    for (const principal of [SECRETARIAT, ED, NGO_EDITOR]) expect(decideReadActionSubmission(principal, 'id-1', submission, PROGRAMMES)).toBe(submission);
    for (const principal of [CLT, ABUJA, KENYA, ICOM_EDITOR]) expect(statusOf(decideReadActionSubmission(principal, 'id-1', submission, PROGRAMMES))).toBe(404);
    expect(statusOf(decideReadActionSubmission(ANONYMOUS, 'id-1', submission, PROGRAMMES))).toBe(401);
  });

  it('lists by scope: all, the sector’s programmes, the actor’s own', () => {
    expect(actionSubmissionReadScope(SECRETARIAT, PROGRAMMES)).toBe('all');
    expect(actionSubmissionReadScope(ED, PROGRAMMES)).toEqual({ programmes: ['demo-coastal-literacy-initiative', 'demo-school-libraries-arab-states'], actors: [] });
    expect(actionSubmissionReadScope(NGO_EDITOR, PROGRAMMES)).toEqual({ programmes: [], actors: [`organization:${NGO}`] });
    expect(actionSubmissionReadScope(ABUJA, PROGRAMMES)).toEqual({ programmes: [], actors: ['field-office:abuja'] });
    expect(actionSubmissionReadScope(ANONYMOUS, PROGRAMMES)).toEqual({ programmes: [], actors: [] });
  });
});
