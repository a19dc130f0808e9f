import { describe, expect, it } from 'vitest';
import { reviseEvent } from './event-revision.js';
import { makeEvent } from './test-events.js';

describe('reviseEvent', () => {
  const now = new Date('2026-10-01T08:00:00Z');
  const stored = makeEvent('demo-r', { sequence: 3 });

  it('keeps sequence and timestamp of an unchanged event (key order does not matter)', () => {
    const { sequence: _s, updatedAt: _u, ...draft } = stored;
    const reordered = Object.fromEntries(Object.entries(draft).reverse()) as typeof draft;
    expect(reviseEvent(stored, reordered, now)).toBe(stored);
  });

  it('bumps the sequence and stamps the time on any change', () => {
    expect(reviseEvent(stored, { ...stored, status: 'cancelled' }, now)).toMatchObject({ status: 'cancelled', sequence: 4, updatedAt: '2026-10-01T08:00:00.000Z' });
  });

  it('starts new events at sequence 0', () => {
    const { sequence: _s, updatedAt: _u, ...draft } = stored;
    expect(reviseEvent(undefined, draft, now)).toMatchObject({ sequence: 0, updatedAt: '2026-10-01T08:00:00.000Z' });
  });
});
