import { describe, expect, it } from 'vitest';
import type { Feedback } from './feedback.js';
import { summarizeFeedback } from './feedback-summary.js';

const ACTOR = { personId: 'p', displayName: 'P' };
let n = 0;
const feedback = (programme: string, country: string | undefined, state: Feedback['state'], sentAt: string): Feedback => ({
  id: `f${++n}`,
  organization: 'icom',
  programme,
  sector: 'ED',
  ...(country ? { country } : {}),
  subject: 's',
  text: 't',
  language: 'en',
  state,
  sentBy: ACTOR,
  sentAt,
});

describe('summarizeFeedback', () => {
  it('counts per programme and country, by state, the rows without a country last, with the newest instant', () => {
    const rows = summarizeFeedback([
      feedback('demo-b', 'NG', 'sent', '2026-01-01T00:00:00.000Z'),
      feedback('demo-a', undefined, 'answered', '2026-03-01T00:00:00.000Z'),
      feedback('demo-a', 'KE', 'sent', '2026-02-01T00:00:00.000Z'),
      feedback('demo-a', 'KE', 'acknowledged', '2026-04-01T00:00:00.000Z'),
      feedback('demo-a', 'GH', 'answered', '2026-01-15T00:00:00.000Z'),
    ]);
    expect(rows).toEqual([
      { programme: 'demo-a', country: 'GH', total: 1, sent: 0, acknowledged: 0, answered: 1, latest: '2026-01-15T00:00:00.000Z' },
      { programme: 'demo-a', country: 'KE', total: 2, sent: 1, acknowledged: 1, answered: 0, latest: '2026-04-01T00:00:00.000Z' },
      { programme: 'demo-a', country: null, total: 1, sent: 0, acknowledged: 0, answered: 1, latest: '2026-03-01T00:00:00.000Z' },
      { programme: 'demo-b', country: 'NG', total: 1, sent: 1, acknowledged: 0, answered: 0, latest: '2026-01-01T00:00:00.000Z' },
    ]);
    expect(summarizeFeedback([])).toEqual([]);
  });
});
