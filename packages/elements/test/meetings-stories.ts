import { createClient, type LiaisonClient } from '@ngo-liaison/client';
import { createHandlers, type MockPerson } from '@ngo-liaison/client/msw';
import type { RequestHandler } from 'msw';
import type { MeetingsClient } from '../src/internal/meetings-client.js';
import { STORY_ORGANIZATION } from './write-stories.js';

/*
 * The stories of <ngo-meetings> (Storybook and src/stories.test.ts): the client's msw handlers
 * with an NGO's editor and two members of Senegal's and Kenya's National Commissions, and clients
 * acting as them by bearer token. Fictional people; fixtures, not secrets.
 */

const PEOPLE = {
  editor: { id: 'story-meet-editor', token: 'story-meetings-editor', displayName: 'Lanternfish editor', roles: [{ role: 'ngo-editor', organization: STORY_ORGANIZATION }] },
  senegal: { id: 'story-meet-sn', token: 'story-meetings-senegal', displayName: 'Awa (fictional)', roles: [{ role: 'member-state', country: 'SN', via: 'national-commission' }] },
  kenya: { id: 'story-meet-ke', token: 'story-meetings-kenya', displayName: 'Wanjiru (fictional)', roles: [{ role: 'member-state', country: 'KE', via: 'national-commission' }] },
} satisfies Record<string, MockPerson>;

/** msw handlers that know the three people (one in-memory store per call). */
export function meetingStoryHandlers(): RequestHandler[] {
  return createHandlers({ people: Object.values(PEOPLE) });
}

const clientAs = (who: keyof typeof PEOPLE): LiaisonClient => createClient({ baseUrl: new URL('/v1', location.href).href, token: PEOPLE[who].token, retries: 0 });

/** A whole hour `days` from now, as the API writes instants. */
const hourIn = (days: number, hours = 0) => new Date(Math.floor(Date.now() / 3_600_000) * 3_600_000 + days * 86_400_000 + hours * 3_600_000).toISOString().replace('.000Z', 'Z');

/**
 * The NGO editor's client, once Senegal's Commission asked to meet (two times: the editor's turn)
 * and the editor asked Kenya's, which confirmed: the list has one of each to show.
 */
export function meetingStoryClient({ seeded = true } = {}): MeetingsClient {
  const editor = clientAs('editor');
  let seeding: Promise<unknown> | undefined;
  const seed = () =>
    (seeding ??= (async () => {
      if (!seeded || (await editor.meetings.list()).length > 0) return;
      const slots = [
        { start: hourIn(30), end: hourIn(30, 1), zone: 'Africa/Dakar' },
        { start: hourIn(31), end: hourIn(31, 1), zone: 'Africa/Dakar' },
      ];
      await clientAs('senegal').meetings.request({ as: 'national-commission', organization: STORY_ORGANIZATION, country: 'SN', counterpart: PEOPLE.editor.id, subject: 'Reading circles in Saint-Louis', language: 'en', slots });
      const asked = await editor.meetings.request({ as: 'ngo', organization: STORY_ORGANIZATION, country: 'KE', counterpart: PEOPLE.kenya.id, subject: 'Coastal libraries', language: 'en', slots: [{ start: hourIn(40), end: hourIn(40, 1), zone: 'Africa/Nairobi' }] });
      await clientAs('kenya').meetings.confirm(asked.id, asked.slots[0]!.start);
    })());
  return { ...editor, meetings: { ...editor.meetings, list: async () => (await seed(), editor.meetings.list()) } };
}
