import { createClient, createRecommendationsClient } from '@ngo-liaison/client';
import { createHandlers, type MockPerson } from '@ngo-liaison/client/msw';
import type { RequestHandler } from 'msw';
import type { InboxClient } from '../src/internal/write-client.js';
import type { RecommendationSource } from '../src/components/ngo-recommendation-tracker/recommendation-source.js';

/*
 * The stories of <ngo-inbox> and <ngo-recommendation-tracker> (Storybook and src/stories.test.ts):
 * the client's msw handlers with fixture people, and a dialogue already under way — an action
 * the Education Sector published in Senegal, a recommendation of the 2018 ICNGO that Senegal
 * follows up — made through the client before the element's first read. Fixtures, not secrets.
 */

const PEOPLE = {
  editor: { token: 'story-dialogue-editor', displayName: 'Lanternfish editor', roles: [{ role: 'ngo-editor', organization: 'demo-lanternfish-literacy-network' }] },
  sector: { token: 'story-dialogue-sector', displayName: 'Education Sector focal point', roles: [{ role: 'sector', sector: 'ED' }] },
  memberState: { token: 'story-dialogue-senegal', displayName: 'Delegation of Senegal', roles: [{ role: 'member-state', country: 'SN', via: 'delegation' }] },
  committee: { token: 'story-dialogue-committee', displayName: 'Liaison Committee', roles: [{ role: 'liaison-committee' }] },
} satisfies Record<string, MockPerson>;

/** msw handlers that know the people above (one in-memory store per call). */
export function dialogueStoryHandlers(): RequestHandler[] {
  return createHandlers({ people: Object.values(PEOPLE) });
}

const baseUrl = () => new URL('/v1', location.href).href;
const clientAs = (who: keyof typeof PEOPLE) => createClient({ baseUrl: baseUrl(), token: PEOPLE[who].token, retries: 0 });

/** Makes the dialogue once per store: nothing happens when the committee already sees a recommendation. */
async function seed(): Promise<void> {
  const committee = clientAs('committee');
  if ((await committee.recommendations.list({ limit: 1 })).items.length > 0) return;
  const submitted = await clientAs('editor').actions.submit({
    actor: { kind: 'organization', organization: 'demo-lanternfish-literacy-network' },
    programme: 'demo-coastal-literacy-initiative',
    title: { en: 'Reading circles in Saint-Louis', fr: 'Cercles de lecture à Saint-Louis' },
    countries: ['SN'],
    period: { start: '2026-10-01', end: '2026-11-30' },
    outcomes: [{ en: 'Forty volunteer tutors trained' }],
  });
  await clientAs('sector').actionSubmissions.publish(submitted.action.id);
  const recommendation = await committee.recommendations.record({
    event: 'icngo-2018',
    reference: 'Recommendation 4',
    text: { en: 'Give every coastal school a reading corner run with local NGOs.', fr: 'Doter chaque école côtière d’un coin lecture animé avec des ONG locales.' },
    themes: [],
    sectors: ['ED'],
    countries: ['SN'],
    addressees: [
      { kind: 'sector', sector: 'ED' },
      { kind: 'member-state', country: 'SN' },
    ],
  });
  const senegal = clientAs('memberState');
  const addressee = { kind: 'member-state', country: 'SN' } as const;
  await senegal.recommendations.followUp(recommendation.id, { addressee, status: 'received', public: true });
  await senegal.recommendations.followUp(recommendation.id, { addressee, status: 'in-progress', note: { fr: 'Budget voté pour 40 écoles en 2027.' }, public: true });
}

/** One seeding per client: a story whose API never answers must not hold up the next story's. */
function seeder(): () => Promise<void> {
  let seeding: Promise<void> | undefined;
  return () => (seeding ??= seed());
}

/** The read-only client the tracker builds from `api-base`, once the dialogue has been made. */
export function trackerStoryClient(): RecommendationSource {
  const reader = createRecommendationsClient({ baseUrl: baseUrl(), retries: 0 });
  const seeded = seeder();
  return { recommendations: { list: async (params) => (await seeded(), reader.recommendations.list(params)) } };
}

/** A signed-in inbox client (Senegal's delegation by default), once the dialogue has been made. */
export function inboxStoryClient(who: keyof typeof PEOPLE = 'memberState'): InboxClient {
  const client = clientAs(who);
  const seeded = seeder();
  return {
    inbox: {
      page: async (params) => (await seeded(), client.inbox.page(params)),
      mark: (ids, read) => client.inbox.mark(ids, read),
      feedUrl: (addressee, options) => client.inbox.feedUrl(addressee, options),
    },
  };
}
