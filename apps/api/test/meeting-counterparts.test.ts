import { beforeAll, describe, expect, it } from 'vitest';
import type { MeetingCounterpart } from '@ngo-liaison/core';
import { meetingParty, MEETING_NGO, type MeetingParty } from './meeting-parties.js';
import { useTestServer } from './test-server.js';
import { writeRequests } from './write-requests.js';

/*
 * Whom one may ask to meet, over HTTP against a real database file: an NGO editor reads the
 * enabled National Commission members with their country, a National Commission member the NGO
 * editors with their organisation; never an e-mail address; 401 anonymous, 403 for anyone who
 * acts for neither side.
 */
const server = useTestServer({ now: () => new Date('2026-10-01T09:00:00Z') });
const { send } = writeRequests(server);
const people = {} as Record<'ngo' | 'commission' | 'kenya' | 'disabled' | 'delegation' | 'secretariat', MeetingParty>;

beforeAll(async () => {
  const storage = server.running.storage;
  people.ngo = await meetingParty(storage, 'Ana Editor', [{ role: 'ngo-editor', organization: MEETING_NGO }]);
  people.commission = await meetingParty(storage, 'Luc Commission', [{ role: 'member-state', country: 'FR', via: 'national-commission' }]);
  people.kenya = await meetingParty(storage, 'Wanjiru Commission', [{ role: 'member-state', country: 'KE', via: 'national-commission' }]);
  people.disabled = await meetingParty(storage, 'Gone Commission', [{ role: 'member-state', country: 'FR', via: 'national-commission' }]);
  people.delegation = await meetingParty(storage, 'Del Delegation', [{ role: 'member-state', country: 'FR', via: 'delegation' }]);
  people.secretariat = await meetingParty(storage, 'Sec', [{ role: 'secretariat' }]);
  await storage.db.updateTable('people').set({ disabled_at: '2026-09-01T00:00:00Z' }).where('id', '=', people.disabled.personId).execute();
});

const list = async (token: string | undefined, query = '') => send('GET', `/v1/meeting-counterparts${query}`, token ? { token } : {});

describe('GET /v1/meeting-counterparts', () => {
  it('an NGO editor reads the enabled National Commission members, with their country and no e-mail address', async () => {
    const answer = await list(people.ngo.token);
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    expect(answer.headers.get('cache-control')).toContain('no-store');
    const items = answer.body.items as MeetingCounterpart[];
    expect(items.map((item) => item.personId)).toEqual([people.commission.personId, people.kenya.personId]);
    expect(items[0]).toEqual({ personId: people.commission.personId, displayName: 'Luc Commission', side: 'national-commission', scope: 'FR', scopeName: expect.objectContaining({ en: 'France' }) });
    expect(JSON.stringify(answer.body)).not.toContain('@');
    expect(((await list(people.ngo.token, '?country=KE')).body.items as MeetingCounterpart[]).map((item) => item.personId)).toEqual([people.kenya.personId]);
  });

  it('a National Commission member reads the NGO editors with their organisation', async () => {
    const items = (await list(people.commission.token)).body.items as MeetingCounterpart[];
    expect(items.map((item) => [item.personId, item.side, item.scope])).toEqual([[people.ngo.personId, 'ngo', MEETING_NGO]]);
    expect(items[0]!.scopeName.en).toBeTruthy();
    expect((await list(people.commission.token, `?organization=${MEETING_NGO}`)).body.items).toHaveLength(1);
    expect((await list(people.commission.token, '?organization=demo-saltmarsh-heritage-collective')).body.items).toEqual([]);
  });

  it('401 anonymous, 403 for anyone who acts for neither side or asks for their own, 400 naming a bad parameter', async () => {
    expect((await list(undefined)).status).toBe(401);
    expect((await list(people.delegation.token)).status).toBe(403);
    expect((await list(people.secretariat.token)).status).toBe(403);
    expect((await list(people.ngo.token, '?side=ngo')).status).toBe(403);
    const bad = await list(people.ngo.token, '?side=state');
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toContain('application/problem+json');
    expect(bad.body.errors[0].path).toBe('side');
    expect((await list(people.ngo.token, '?email=x')).body.errors[0].path).toBe('email');
  });
});
