import { createClient, type LiaisonClient } from '@ngo-liaison/client';
import { createHandlers, type MockPerson } from '@ngo-liaison/client/msw';
import type { RequestHandler } from 'msw';
import type { ProgrammeFeedbackClient } from '../src/internal/forms-client.js';
import { STORY_ORGANIZATION } from './write-stories.js';

/*
 * The stories of <ngo-action-submit> and <ngo-programme-feedback> (Storybook and
 * src/stories.test.ts): the client's msw handlers with an NGO's editor, the Education Sector's
 * focal point and the Dakar office, and clients acting as them by bearer token. Fixtures, not secrets.
 */

export { STORY_ORGANIZATION };
export const STORY_PROGRAMME = 'demo-coastal-literacy-initiative';

const PEOPLE = {
  editor: { token: 'story-forms-editor', displayName: 'Lanternfish editor', roles: [{ role: 'ngo-editor', organization: STORY_ORGANIZATION }] },
  sector: { token: 'story-forms-sector', displayName: 'Education Sector focal point', roles: [{ role: 'sector', sector: 'ED' }] },
  fieldOffice: { token: 'story-forms-dakar', displayName: 'UNESCO Office in Dakar', roles: [{ role: 'field-office', fieldOffice: 'dakar' }] },
} satisfies Record<string, MockPerson>;

export type FormStoryWho = keyof typeof PEOPLE;

/** msw handlers that know the three people (one in-memory store per call). */
export function formStoryHandlers(): RequestHandler[] {
  return createHandlers({ people: Object.values(PEOPLE) });
}

/** A client acting as `who`. */
export function formStoryClient(who: FormStoryWho): LiaisonClient {
  return createClient({ baseUrl: new URL('/v1', location.href).href, token: PEOPLE[who].token, retries: 0 });
}

/** The sector's client, once the NGO has sent one feedback (if none is there yet): the sector's view lists it. */
export function sectorClientWithFeedback(): ProgrammeFeedbackClient {
  const sector = formStoryClient('sector');
  let seeded: Promise<unknown> | undefined;
  const seed = () =>
    (seeded ??= (async () => {
      const editor = formStoryClient('editor');
      if ((await editor.feedback.list({ organization: STORY_ORGANIZATION })).items.length > 0) return;
      await editor.feedback.send({
        organization: STORY_ORGANIZATION,
        programme: STORY_PROGRAMME,
        country: 'SN',
        subject: 'Reading materials for the tutors',
        text: 'The circles in Saint-Louis have more learners than books. Could the programme fund a second set?',
        language: 'en',
      });
    })());
  return {
    programmes: sector.programmes,
    feedback: {
      ...sector.feedback,
      list: async (params) => (await seed(), sector.feedback.list(params)),
    },
  };
}
