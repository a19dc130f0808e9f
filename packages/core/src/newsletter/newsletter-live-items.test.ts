import { describe, expect, it } from 'vitest';
import type { Consultation } from '../consultations/consultation.js';
import type { Recommendation } from '../recommendations/recommendation.js';
import { consultationNewsletterItems, monthWindow, recommendationNewsletterItems } from './newsletter-live-items.js';

const consultation = (id: string, fields: Partial<Consultation>): Consultation => ({
  id,
  title: { en: `Consultation ${id}`, fr: `Consultation ${id} (fr)` },
  owner: { kind: 'secretariat' },
  audience: { kind: 'all-partners' },
  questions: [],
  opensAt: '2026-11-02T08:00:00Z',
  closesAt: '2026-12-20T17:00:00Z',
  ...fields,
});

describe('monthWindow', () => {
  it('covers the month in UTC, December into January', () => {
    expect(monthWindow('2026-12')).toEqual({ start: Date.UTC(2026, 11, 1), end: Date.UTC(2027, 0, 1) });
  });
});

describe('consultationNewsletterItems', () => {
  const all = [
    consultation('open', {}),
    consultation('closed-in-november', { closesAt: '2026-11-20T17:00:00Z' }),
    consultation('published', { closesAt: '2026-11-15T17:00:00Z', resultsPublishedAt: '2026-11-18T09:00:00Z' }),
    consultation('published-later', { closesAt: '2026-11-25T17:00:00Z', resultsPublishedAt: '2026-12-02T09:00:00Z' }),
    consultation('listed', { audience: { kind: 'organizations', organizations: ['icom'] } }),
    consultation('experts', { audience: { kind: 'sector-experts', sector: 'ED' }, resultsPublishedAt: '2026-11-18T09:00:00Z', closesAt: '2026-11-15T17:00:00Z' }),
    consultation('opens-in-december', { opensAt: '2026-12-01T00:00:00Z' }),
  ];

  it('announces what is still open when the issue goes out, and results published in the month', () => {
    const items = consultationNewsletterItems(all, '2026-11', 'fr');
    expect(items.consultations.map((i) => i.id)).toEqual(['open']);
    expect(items.consultations[0]).toMatchObject({ title: 'Consultation open (fr)', detail: '2026-12-20' });
    expect(items['consultation-results'].map((i) => i.id)).toEqual(['published']);
  });

  it('never announces a consultation whose audience is private (a list, a sector’s experts)', () => {
    const ids = Object.values(consultationNewsletterItems(all, '2026-11', 'en')).flat().map((i) => i.id);
    expect(ids).not.toContain('listed');
    expect(ids).not.toContain('experts');
  });
});

describe('recommendationNewsletterItems', () => {
  const recommendation = (id: string, recordedAt: string, text: string, reference?: string) =>
    ({ id, recordedAt, text: { en: text }, ...(reference === undefined ? {} : { reference }) }) as unknown as Recommendation;

  it('lists the month’s recommendations in the order recorded, long texts shortened', () => {
    const items = recommendationNewsletterItems(
      [
        recommendation('b', '2026-11-20T10:00:00Z', 'x'.repeat(400), 'R.2'),
        recommendation('a', '2026-11-03T10:00:00Z', 'Strengthen youth participation'),
        recommendation('c', '2026-10-30T10:00:00Z', 'Earlier'),
      ],
      '2026-11',
      'fr',
    );
    expect(items.map((i) => i.id)).toEqual(['a', 'b']);
    expect(items[0]).toEqual({ id: 'a', title: 'Strengthen youth participation', detail: '2026-11-03' });
    expect(items[1]!.group).toBe('R.2');
    expect(items[1]!.title.length).toBe(160);
    expect(items[1]!.title.endsWith('…')).toBe(true);
  });
});
