import { beforeAll, describe, it } from 'vitest';
import { createClient } from '../src/index.js';
import { forumThemeScenario } from './forum-themes.scenario.js';
import { useRealServer } from './real-server.js';
import { signUpPeople } from './server-people.js';
import { NGO } from './workflow-fixtures.js';

/* client.forumThemes against the real server (SQLite, or PostgreSQL in that project): the scenario of forum-themes.scenario.ts. */
const server = useRealServer();
let people: Awaited<ReturnType<typeof signUpPeople<'editor' | 'kenya' | 'senegal'>>>;

beforeAll(async () => {
  people = await signUpPeople(`${server.url}/v1`, server.localInvitation!.link, {
    editor: [{ role: 'ngo-editor', organization: NGO }],
    kenya: [{ role: 'member-state', country: 'KE', via: 'delegation' }],
    senegal: [{ role: 'member-state', country: 'SN', via: 'national-commission' }],
  });
});

describe('forum themes against the real server', () => {
  it('proposed, supported once per party, chosen with reasons for the proposers’ inboxes; phases registered and withdrawn', async () => {
    const clients = { secretariat: people.secretariat.client, editor: people.editor.client, kenya: people.kenya.client, senegal: people.senegal.client };
    await forumThemeScenario(clients, createClient({ baseUrl: `${server.url}/v1`, retries: 0 }));
  });
});
