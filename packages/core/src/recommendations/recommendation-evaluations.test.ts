import { describe, expect, it } from 'vitest';
import type { Consultation } from '../consultations/consultation.js';
import { deliveriesOfEvaluation, evaluationsOfEvent, withEvaluations } from './recommendation-evaluations.js';
import type { Recommendation } from './recommendation.js';

const now = new Date('2026-12-11T09:00:00Z');
let n = 0;
const context = { now, newId: () => `item-${++n}` };
const consultation = (over: Partial<Consultation> = {}): Consultation => ({
  id: 'eval-icngo',
  title: { en: 'Evaluation of the ICNGO' },
  owner: { kind: 'secretariat' },
  audience: { kind: 'member-states' },
  eventId: 'icngo-2018',
  questions: [{ key: 'q1', kind: 'free-text', prompt: { en: 'Say' } }],
  opensAt: '2026-12-01T00:00:00Z',
  closesAt: '2026-12-10T00:00:00Z',
  resultsPublishedAt: '2026-12-11T09:00:00Z',
  ...over,
});
const recommendation = (over: Partial<Recommendation> = {}): Recommendation => ({
  id: 'rec-1',
  event: 'icngo-2018',
  reference: 'Recommendation 2',
  text: { en: 'Open the forum to youth NGOs' },
  themes: [],
  sectors: ['ED'],
  countries: ['KE'],
  recordedAt: '2026-12-04T12:00:00Z',
  proposal: [],
  addressees: [
    { addressee: { kind: 'sector', sector: 'ED' }, reasons: [], followUps: [] },
    { addressee: { kind: 'liaison-committee' }, reasons: [], followUps: [] },
  ],
  ...over,
});

describe('evaluations feeding the follow-up of recommendations', () => {
  it('are the published consultations of the event, oldest publication first', () => {
    const all = [
      consultation({ id: 'later', resultsPublishedAt: '2026-12-20T00:00:00Z' }),
      consultation(),
      consultation({ id: 'unpublished', resultsPublishedAt: undefined }),
      consultation({ id: 'other-event', eventId: 'icngo-2012' }),
      consultation({ id: 'no-event', eventId: undefined }),
    ];
    expect(evaluationsOfEvent('icngo-2018', all).map((e) => e.consultationId)).toEqual(['eval-icngo', 'later']);
    expect(withEvaluations(recommendation(), all).evaluations?.[0]).toEqual({ consultationId: 'eval-icngo', title: { en: 'Evaluation of the ICNGO' }, publishedAt: '2026-12-11T09:00:00Z' });
    expect(withEvaluations(recommendation({ event: 'icngo-2012' }), [consultation()]).evaluations).toEqual([]);
  });

  it('invite each addressee of the event’s recommendations and the Committee once, publicly', () => {
    const items = deliveriesOfEvaluation(consultation(), [recommendation(), recommendation({ id: 'rec-elsewhere', event: 'icngo-2012' })], context);
    // The Committee is an addressee already: one item, not two.
    expect(items.map((i) => [i.addressee, i.subject.id])).toEqual([
      [{ kind: 'sector', sector: 'ED' }, 'rec-1'],
      [{ kind: 'liaison-committee' }, 'rec-1'],
    ]);
    expect(items[0]).toMatchObject({ kind: 'recommendation.evaluation-published', summary: { en: 'Evaluation of the ICNGO' }, public: true, at: now.toISOString(), reasons: ['event:icngo-2018', 'consultation:eval-icngo'] });
    expect(deliveriesOfEvaluation(consultation({ eventId: undefined }), [recommendation()], context)).toEqual([]);
    expect(deliveriesOfEvaluation(consultation({ resultsPublishedAt: undefined }), [recommendation()], context)).toEqual([]);
  });
});
