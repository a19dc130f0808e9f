import { createClient, type LiaisonClient } from '@ngo-liaison/client';
import { createHandlers, type MockPerson } from '@ngo-liaison/client/msw';
import type { RequestHandler } from 'msw';
import type { ForumThemesClient } from '../src/internal/forms-client.js';
import { STORY_ORGANIZATION } from './write-stories.js';

/*
 * The stories of <ngo-forum-themes> (Storybook and src/stories.test.ts): the client's msw
 * handlers with an NGO's editor, Kenya's delegation and the Secretariat, and clients acting as
 * them by bearer token; the fictional next International NGO Forum. Fixtures, not secrets.
 */

export const STORY_FORUM = 'demo-coastal-literacy-forum';

const PEOPLE = {
  editor: { token: 'story-themes-editor', displayName: 'Lanternfish editor', roles: [{ role: 'ngo-editor', organization: STORY_ORGANIZATION }] },
  kenya: { token: 'story-themes-kenya', displayName: 'Delegation of Kenya', roles: [{ role: 'member-state', country: 'KE', via: 'delegation' }] },
  secretariat: { token: 'story-themes-secretariat', displayName: 'Secretariat', roles: [{ role: 'secretariat' }] },
} satisfies Record<string, MockPerson>;

/** msw handlers that know the three people (one in-memory store per call). */
export function forumThemeStoryHandlers(): RequestHandler[] {
  return createHandlers({ people: Object.values(PEOPLE) });
}

const clientAs = (who: keyof typeof PEOPLE): LiaisonClient => createClient({ baseUrl: new URL('/v1', location.href).href, token: PEOPLE[who].token, retries: 0 });

/**
 * The NGO editor's client, once Kenya and the NGO have proposed a theme each, Kenya supports
 * the NGO's and registered as a funder of the financing phase (and, with `chosen`, the Secretariat
 * chose it): the standings and the phases have something to show.
 */
export function forumThemeStoryClient({ chosen = false, seeded = true } = {}): ForumThemesClient {
  const editor = clientAs('editor');
  let seeding: Promise<unknown> | undefined;
  const seed = () =>
    (seeding ??= (async () => {
      if (!seeded || (await editor.forumThemes.list(STORY_FORUM)).items.length > 0) return;
      const kenya = clientAs('kenya');
      await kenya.forumThemes.propose(STORY_FORUM, { title: { en: 'Coastal languages online', fr: 'Les langues des côtes en ligne' }, description: { en: 'Keeping small languages alive on the web.' } });
      const ours = await editor.forumThemes.propose(STORY_FORUM, { title: { en: 'Reading circles as places of dialogue' }, description: {} });
      await kenya.forumThemes.support(ours.id);
      await kenya.forumThemes.register(STORY_FORUM, { phase: 'financing', role: 'funder' });
      if (chosen) await clientAs('secretariat').forumThemes.choose(STORY_FORUM, { theme: ours.id, reasons: { en: 'Supported by Member States of two regions.' } });
    })());
  return {
    forumThemes: {
      ...editor.forumThemes,
      list: async (event) => (await seed(), editor.forumThemes.list(event)),
      registrations: async (event) => (await seed(), editor.forumThemes.registrations(event)),
    },
  };
}
