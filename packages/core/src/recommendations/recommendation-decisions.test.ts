import { describe, expect, it } from 'vitest';
import { ANONYMOUS } from '../access/principal.js';
import { addresseeKey } from '../inbox/addressee.js';
import { ABUJA, COMMITTEE, ED, KENYA, NGO_EDITOR, NIGERIA, SECRETARIAT, recommendationContext, someone, statusOf } from '../inbox/test-inbox.js';
import { testContext } from '../organization-writes/test-writes.js';
import type { FollowUpStatus, Recommendation, RecommendationInput } from './recommendation.js';
import { decideFollowUp, decideProposeAddressees, decideRecordRecommendation, latestStatus, recommendationView } from './recommendation-decisions.js';

const INPUT: RecommendationInput = {
  event: 'icngo-2024',
  reference: 'Recommendation 4',
  text: { en: 'Support literacy circles in Nigeria & Kenya' },
  themes: ['literacy'],
  sectors: [],
  countries: ['NG', 'KE'],
  // As proposed, minus the field offices, plus an organisation the Committee added.
  addressees: [
    { kind: 'sector', sector: 'ED' },
    { kind: 'member-state', country: 'NG' },
    { kind: 'member-state', country: 'KE' },
    { kind: 'organization', organization: 'icom' },
  ],
};

function recorded(): Recommendation {
  const outcome = decideRecordRecommendation(COMMITTEE, INPUT, recommendationContext());
  if (outcome.kind !== 'record') throw new Error(JSON.stringify(outcome));
  return outcome.recommendation;
}

/** Follows up `steps` in order for Nigeria, failing on any refusal. */
function followedUp(steps: [FollowUpStatus, boolean][], recommendation = recorded()): Recommendation {
  for (const [status, isPublic] of steps) {
    const outcome = decideFollowUp(NIGERIA, recommendation.id, recommendation, { addressee: { kind: 'member-state', country: 'NG' }, status, public: isPublic, note: { fr: `Note ${status}` } }, testContext());
    if (outcome.kind !== 'follow-up') throw new Error(JSON.stringify(outcome));
    recommendation = outcome.recommendation;
  }
  return recommendation;
}
const NG_FOLLOW_UP = (status: FollowUpStatus) => ({ addressee: { kind: 'member-state', country: 'NG' }, status, public: true });

describe('proposing and recording a recommendation', () => {
  it('proposes addressees to the Liaison Committee and the Secretariat only, writing nothing', () => {
    const { addressees: _, ...subject } = INPUT;
    const proposal = decideProposeAddressees(COMMITTEE, subject, recommendationContext());
    expect('addressees' in proposal && proposal.addressees.map((p) => addresseeKey(p.addressee))).toEqual(['sector:ED', 'member-state:NG', 'member-state:KE', 'field-office:abuja', 'field-office:nairobi']);
    expect(statusOf(decideProposeAddressees(SECRETARIAT, subject, recommendationContext()))).toBe(statusOf(proposal));
    expect(statusOf(decideProposeAddressees(ANONYMOUS, subject, recommendationContext()))).toBe(401);
    for (const principal of [ED, KENYA, NGO_EDITOR]) expect(statusOf(decideProposeAddressees(principal, subject, recommendationContext()))).toBe(403);
  });

  it('records the confirmed addressees with core’s reasons, [] for one the Committee added, and the proposal', () => {
    const outcome = decideRecordRecommendation(COMMITTEE, INPUT, recommendationContext());
    if (outcome.kind !== 'record') throw new Error(JSON.stringify(outcome));
    const { recommendation } = outcome;
    expect(recommendation).toMatchObject({ id: 'id-1', recordedAt: '2026-12-03T10:00:00.000Z', recordedBy: { displayName: 'Test Person' } });
    expect(recommendation.addressees.map((a) => [addresseeKey(a.addressee), a.reasons, a.followUps])).toEqual([
      ['sector:ED', [{ code: 'theme-of-sector', theme: 'literacy' }, { code: 'programme-theme', theme: 'literacy', programme: 'demo-coastal-literacy-initiative' }], []],
      ['member-state:NG', [{ code: 'named-country', country: 'NG' }], []],
      ['member-state:KE', [{ code: 'named-country', country: 'KE' }], []],
      ['organization:icom', [], []],
    ]);
    expect(recommendation.proposal.map((p) => addresseeKey(p.addressee))).toContain('field-office:nairobi');
    expect(outcome.audit).toMatchObject({ action: 'recommendation.record', role: 'liaison-committee' });
    expect(outcome.deliveries.map((d) => [d.kind, d.public, addresseeKey(d.addressee)])).toEqual(
      ['sector:ED', 'member-state:NG', 'member-state:KE', 'organization:icom'].map((key) => ['recommendation.addressed', true, key])
    );
    expect(outcome.deliveries[1]).toMatchObject({ title: { en: 'Recommendation 4: Support literacy circles in Nigeria & Kenya' }, reasons: ['named-country:NG'] });
  });

  it('names the field of an unknown event, theme, country or addressee (400)', () => {
    const body = { ...INPUT, event: 'icngo-1900', themes: ['literacy', 'no-such-concept'], countries: ['NG', 'XX'], addressees: [{ kind: 'field-office', fieldOffice: 'atlantis' }, { kind: 'sector', sector: 'ED' }, { kind: 'sector', sector: 'ED' }] };
    const outcome = decideRecordRecommendation(SECRETARIAT, body, recommendationContext());
    expect(outcome.kind === 'refuse' && outcome.problem.errors?.map((e) => e.path)).toEqual(['event', 'themes[1]', 'countries[1]', 'addressees[0].fieldOffice', 'addressees[2]']);
    const shape = decideRecordRecommendation(COMMITTEE, { ...INPUT, addressees: [{ kind: 'sector', sector: 'XX' }] }, recommendationContext());
    expect(shape.kind === 'refuse' && shape.problem.errors?.[0]?.path).toMatch(/^addressees\[0\]/);
    expect(statusOf(decideRecordRecommendation(KENYA, INPUT, recommendationContext()))).toBe(403);
  });
});

describe('following a recommendation up', () => {
  it('records an addressee’s follow-ups, forward only, and tells the Committee', () => {
    const recommendation = recorded();
    const outcome = decideFollowUp(NIGERIA, recommendation.id, recommendation, { ...NG_FOLLOW_UP('received'), note: { fr: 'Reçue' } }, testContext());
    if (outcome.kind !== 'follow-up') throw new Error(JSON.stringify(outcome));
    expect(outcome.recommendation.addressees[1]!.followUps).toEqual([{ status: 'received', note: { fr: 'Reçue' }, public: true, at: '2026-12-03T10:00:00.000Z', by: { personId: expect.any(String), displayName: 'Test Person' } }]);
    expect(outcome.audit).toMatchObject({ action: 'recommendation.follow-up', role: 'member-state:NG:national-commission', note: 'member-state:NG: received' });
    expect(outcome.deliveries).toEqual([
      expect.objectContaining({ kind: 'recommendation.followed-up', public: true, addressee: { kind: 'liaison-committee' }, summary: { fr: 'received: Reçue' }, reasons: ['member-state:NG', 'status:received'] }),
    ]);
    const later = followedUp([['received', false], ['in-progress', false], ['implemented', false]]);
    expect(later.addressees[1]!.followUps.map((f) => f.status)).toEqual(['received', 'in-progress', 'implemented']);
    expect(latestStatus(later.addressees[1]!)).toBe('implemented');
    expect(latestStatus(later.addressees[0]!)).toBeUndefined();
  });

  it('refuses going back or staying (409) and anything after a final status (409)', () => {
    const inProgress = followedUp([['in-progress', true]]);
    for (const status of ['received', 'under-consideration', 'in-progress'] as const) expect(statusOf(decideFollowUp(NIGERIA, 'r', inProgress, NG_FOLLOW_UP(status), testContext())), status).toBe(409);
    for (const final of ['implemented', 'not-retained'] as const) {
      const ended = followedUp([[final, true]]);
      for (const status of ['received', 'in-progress', 'implemented', 'not-retained'] as const) expect(statusOf(decideFollowUp(NIGERIA, 'r', ended, NG_FOLLOW_UP(status), testContext()))).toBe(409);
    }
    expect(statusOf(decideFollowUp(NIGERIA, 'r', inProgress, NG_FOLLOW_UP('not-retained'), testContext()))).toBe('follow-up');
  });

  it('is 403 for a Member State following up one addressed to another, and for anyone not holding the addressee', () => {
    const recommendation = recorded();
    for (const principal of [KENYA, SECRETARIAT, COMMITTEE, ED, ABUJA]) expect(statusOf(decideFollowUp(principal, 'r', recommendation, NG_FOLLOW_UP('received'), testContext()))).toBe(403);
    expect(statusOf(decideFollowUp(KENYA, 'r', recommendation, { ...NG_FOLLOW_UP('received'), addressee: { kind: 'member-state', country: 'KE' } }, testContext()))).toBe('follow-up');
  });

  it('is 401 anonymous, 404 no such recommendation, 400 a bad body or an addressee it is not addressed to', () => {
    const recommendation = recorded();
    expect(statusOf(decideFollowUp(ANONYMOUS, 'r', recommendation, NG_FOLLOW_UP('received'), testContext()))).toBe(401);
    expect(statusOf(decideFollowUp(NIGERIA, 'r', undefined, NG_FOLLOW_UP('received'), testContext()))).toBe(404);
    const ghana = someone({ role: 'member-state', country: 'GH', via: 'delegation' });
    expect(decideFollowUp(ghana, 'r', recommendation, { ...NG_FOLLOW_UP('received'), addressee: { kind: 'member-state', country: 'GH' } }, testContext())).toMatchObject({ problem: { status: 400, errors: [{ path: 'addressee' }] } });
    expect(decideFollowUp(NIGERIA, 'r', recommendation, { ...NG_FOLLOW_UP('received'), status: 'done' }, testContext())).toMatchObject({ problem: { status: 400, errors: [{ path: 'status' }] } });
  });
});

describe('reading a recommendation', () => {
  const history = () => followedUp([['received', true], ['under-consideration', false]]);

  it('shows the public follow-ups only, without who recorded what, to anonymous readers and other roles', () => {
    for (const principal of [ANONYMOUS, KENYA, ED]) {
      const view = recommendationView(principal, history());
      expect(view.recordedBy).toBeUndefined();
      expect(view.addressees[1]!.followUps).toEqual([{ status: 'received', note: { fr: 'Note received' }, public: true, at: '2026-12-03T10:00:00.000Z' }]);
    }
  });

  it('shows everything to the Committee and the Secretariat, and its own follow-ups to the addressee', () => {
    expect(recommendationView(COMMITTEE, history())).toEqual(history());
    expect(recommendationView(SECRETARIAT, history())).toEqual(history());
    const own = recommendationView(NIGERIA, history());
    expect(own.recordedBy).toBeUndefined();
    expect(own.addressees[1]!.followUps.map((f) => [f.status, f.public, f.by !== undefined])).toEqual([
      ['received', true, true],
      ['under-consideration', false, true],
    ]);
  });
});
