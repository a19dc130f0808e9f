import { applyMeetingAction, requestMeeting, type Meeting } from '@ngo-liaison/core';
import { describe, expect, it } from 'vitest';
import { useTestServer } from './test-server.js';

const server = useTestServer();
const now = new Date('2026-10-01T09:00:00Z');

function proposed(id: string): Meeting {
  const result = requestMeeting(
    {
      id,
      subject: 'Heritage education',
      requester: { side: 'ngo', personId: 'ana', scope: 'icom' },
      counterpart: { side: 'national-commission', personId: 'luc', scope: 'FR' },
      slots: [{ start: '2026-11-10T09:00:00Z', end: '2026-11-10T10:00:00Z', zone: 'Europe/Paris' }],
    },
    now,
  );
  if (!result.ok) throw new Error(result.reason);
  return result.meeting;
}

describe('meeting storage (migration 0016)', () => {
  it('stores a meeting, lists it for both parties, and updates only at the expected version', async () => {
    const { storage } = server.running;
    const meeting = proposed('m-storage-1');
    await storage.db.transaction().execute((trx) => storage.meetings.insert(trx, meeting));
    expect((await storage.meetings.listFor('ana')).map((m) => m.id)).toContain('m-storage-1');
    expect((await storage.meetings.listFor('luc')).map((m) => m.id)).toContain('m-storage-1');
    expect(await storage.meetings.listFor('someone-else')).toEqual([]);
    const confirmed = applyMeetingAction(meeting, 'national-commission', { type: 'confirm', slotIndex: 0 }, now);
    if (!confirmed.ok) throw new Error(confirmed.reason);
    expect(await storage.db.transaction().execute((trx) => storage.meetings.update(trx, confirmed.meeting, 1))).toBe(true);
    expect(await storage.db.transaction().execute((trx) => storage.meetings.update(trx, confirmed.meeting, 1))).toBe(false);
    expect((await storage.meetings.get('m-storage-1'))?.meeting.status).toBe('confirmed');
  });

  it('a feed secret is found by its owner until rotated or revoked', async () => {
    const { storage } = server.running;
    const first = await storage.meetings.createFeed('ana', now);
    expect(first.startsWith('lif_')).toBe(true);
    expect(await storage.meetings.feedOwner(first)).toBe('ana');
    const second = await storage.meetings.createFeed('ana', now);
    expect(await storage.meetings.feedOwner(first)).toBeUndefined();
    expect(await storage.meetings.feedOwner(second)).toBe('ana');
    expect(await storage.meetings.revokeFeed('ana')).toBe(true);
    expect(await storage.meetings.feedOwner(second)).toBeUndefined();
  });
});
