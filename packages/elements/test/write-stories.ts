import { createClient } from '@ngo-liaison/client';
import { createHandlers, type MockPerson } from '@ngo-liaison/client/msw';
import type { RequestHandler } from 'msw';
import type { RevisionReviewClient } from '../src/internal/write-client.js';

/*
 * The write path's stories (Storybook and src/stories.test.ts): the client's msw handlers with
 * two fixture people, and clients acting as them by bearer token. Fixtures, not secrets.
 */

export const STORY_ORGANIZATION = 'demo-lanternfish-literacy-network';

const PEOPLE = {
  secretariat: { token: 'story-secretariat', displayName: 'Amina (Secretariat)', roles: [{ role: 'secretariat' }] },
  editor: { token: 'story-editor', displayName: 'Lanternfish editor', roles: [{ role: 'ngo-editor', organization: STORY_ORGANIZATION }] },
} satisfies Record<string, MockPerson>;

/** msw handlers that know the two people (one in-memory store per call). */
export function writeStoryHandlers(): RequestHandler[] {
  return createHandlers({ people: Object.values(PEOPLE) });
}

/** A client acting as the Secretariat or the Lanternfish editor. */
export function storyClient(who: keyof typeof PEOPLE) {
  return createClient({ baseUrl: new URL('/v1', location.href).href, token: PEOPLE[who].token, retries: 0 });
}

/**
 * The Secretariat's client, once the editor has proposed a change (a new English name and one
 * SDG fewer) if none is pending yet: the review lists it as soon as it has been made.
 */
export function clientWithPendingChange(): RevisionReviewClient {
  const secretariat = storyClient('secretariat');
  let proposed: Promise<unknown> | undefined;
  const propose = () =>
    (proposed ??= (async () => {
      const editor = storyClient('editor');
      const { version } = await editor.organizations.getForEdit(STORY_ORGANIZATION);
      const pending = await editor.revisions.list({ state: 'pending', organization: STORY_ORGANIZATION });
      if (pending.items.length === 0) {
        await editor.organizations.update(STORY_ORGANIZATION, { name: { en: 'Lanternfish Literacy Network International' }, sdgs: [4, 5] }, { ifMatch: version });
      }
    })());
  return {
    organizations: secretariat.organizations,
    revisions: {
      list: async (params) => (await propose(), secretariat.revisions.list(params)),
      publish: (id) => secretariat.revisions.publish(id),
      return: (id, reason) => secretariat.revisions.return(id, reason),
    },
  };
}
