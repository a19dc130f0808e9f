import { setupServer } from 'msw/node';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ConflictError, NotFoundError, createClient } from '../src/index.js';
import { createHandlers } from '../src/msw/index.js';
import { FORUM, forumThemeScenario } from './forum-themes.scenario.js';
import { WORKFLOW_PEOPLE, type WorkflowPerson } from './workflow-fixtures.js';

/* client.forumThemes against the msw handlers, which decide with core's forum-theme rules as the server does. */
const BASE = 'https://api.liaison.example.org/v1';
let server: ReturnType<typeof setupServer>;

beforeAll(() => {
  server = setupServer();
  server.listen({ onUnhandledRequest: 'error' });
});
beforeEach(() => server.resetHandlers(...createHandlers({ baseUrl: BASE, people: WORKFLOW_PEOPLE })));
afterAll(() => server.close());

const as = (person?: WorkflowPerson) => createClient({ baseUrl: BASE, retries: 0, ...(person ? { token: `tok-${person}` } : {}) });
const failure = (promise: PromiseLike<unknown>) => Promise.resolve(promise).then(() => undefined, (error: unknown) => error);

describe('client.forumThemes (msw)', () => {
  it('runs the same workflow as against the real server', async () => {
    await forumThemeScenario({ secretariat: as('secretariat'), editor: as('editor'), kenya: as('kenya'), senegal: as('senegal') }, as());
  });

  it('answers 404 for an unknown event and 409 for an event that takes no themes, as the server does', async () => {
    expect(await failure(as().forumThemes.list('no-such-event'))).toBeInstanceOf(NotFoundError);
    expect(await failure(as().forumThemes.list('demo-saltmarsh-heritage-debate'))).toBeInstanceOf(ConflictError);
    expect((await as().forumThemes.list(FORUM)).items).toEqual([]);
  });
});
