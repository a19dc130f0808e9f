import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ConflictError, ForbiddenError, NotFoundError, UnauthorizedError, ValidationError, createClient } from '../src/index.js';
import { createHandlers } from '../src/msw/index.js';
import { WORKFLOW_PEOPLE, type WorkflowPerson } from './workflow-fixtures.js';

/*
 * client.newsletters against the msw handlers: the archive and issues in each language, the
 * public double opt-in sign-up, and the Secretariat's draft (If-Match) and sending.
 */
const BASE = 'https://api.liaison.example.org/v1';
const NOW = new Date('2026-12-04T12:00:00Z');
let server: ReturnType<typeof setupServer>;

beforeAll(() => {
  server = setupServer();
  server.listen({ onUnhandledRequest: 'error' });
});
beforeEach(() => server.resetHandlers(...createHandlers({ baseUrl: BASE, people: WORKFLOW_PEOPLE, now: NOW })));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const as = (person?: WorkflowPerson) => createClient({ baseUrl: BASE, retries: 0, ...(person ? { token: `tok-${person}` } : {}) });
const failure = (promise: PromiseLike<unknown>) => Promise.resolve(promise).then(() => undefined, (error: unknown) => error);

describe('client.newsletters', () => {
  it('lists the archive and reads an issue in the language asked for', async () => {
    const archive = await as().newsletters.list({ lang: 'fr' });
    expect(archive.map((s) => s.month)).toEqual(['2026-11']);
    expect(archive[0]).toMatchObject({ language: 'fr', title: expect.stringContaining('Lettre') });
    const issue = await as().newsletters.get('2026-11', { lang: 'ar' });
    expect(issue).toMatchObject({ month: '2026-11', language: 'ar' });
    expect(issue.html).toContain('dir="rtl"');
    expect(issue.text.length).toBeGreaterThan(0);
    expect(await failure(as().newsletters.get('2026-01'))).toBeInstanceOf(NotFoundError);
  });

  it('subscribes anybody with double opt-in; bad bodies fail before sending, naming the field', async () => {
    expect(await as().newsletters.subscribe({ email: 'reader@example.org', language: 'fr' })).toEqual({ state: 'pending' });
    const invalid = await failure(as().newsletters.subscribe({ email: 'not-an-address', language: 'fr' }));
    expect(invalid).toBeInstanceOf(ValidationError);
    expect((invalid as ValidationError).issues.map((f) => f.path)).toContain('email');
  });

  it('the Secretariat edits the draft with If-Match and sends; others may not', async () => {
    const { draft, version } = await as('secretariat').newsletters.draft('2026-11');
    expect(draft.candidates.length).toBeGreaterThan(0);
    const item = { section: draft.candidates[0]!.section, id: draft.candidates[0]!.items[0]!.id };
    const updated = await as('secretariat').newsletters.updateDraft('2026-11', { items: [item], introduction: { en: 'Hello' } }, { ifMatch: version! });
    expect(updated.items).toEqual([item]);
    expect(await failure(as('secretariat').newsletters.updateDraft('2026-11', { items: [], introduction: {} }, { ifMatch: version! }))).toBeInstanceOf(ConflictError);
    expect(await as('secretariat').newsletters.send('2026-11')).toMatchObject({ month: '2026-11' });
    expect((await as().newsletters.get('2026-11')).sentAt).toBe(NOW.toISOString());
    expect(await failure(as('editor').newsletters.send('2026-11'))).toBeInstanceOf(ForbiddenError);
    expect(await failure(as().newsletters.draft('2026-11'))).toBeInstanceOf(UnauthorizedError);
  });
});
