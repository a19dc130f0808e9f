import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ForbiddenError, UnauthorizedError, ValidationError, createClient } from '../src/index.js';
import { createHandlers } from '../src/msw/index.js';
import { NGO, WORKFLOW_PEOPLE, submission, type WorkflowPerson } from './workflow-fixtures.js';

/*
 * client.inbox against the msw handlers: what a published action delivers to whom, read and
 * unread per person (a delegation and a National Commission read the same inbox, each with
 * their own marks), filters, paging, refusals, and the public Atom feed.
 */
const BASE = 'https://api.liaison.example.org/v1';
let server: ReturnType<typeof setupServer>;
let posts = 0;

beforeAll(() => {
  server = setupServer();
  server.events.on('request:start', ({ request }) => void (request.method === 'POST' && posts++));
  server.listen({ onUnhandledRequest: 'error' });
});
beforeEach(() => server.resetHandlers(...createHandlers({ baseUrl: BASE, people: WORKFLOW_PEOPLE })));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const as = (person?: WorkflowPerson) => createClient({ baseUrl: BASE, retries: 0, ...(person ? { token: `tok-${person}` } : {}) });
const failure = (promise: PromiseLike<unknown>) => Promise.resolve(promise).then(() => undefined, (error: unknown) => error);

/** The NGO submits an action in Senegal and the Education sector publishes it. */
async function publishedAction(place = 'Thiès') {
  const { action } = await as('editor').actions.submit(submission({ place }));
  await as('sectorED').actionSubmissions.publish(action.id);
  return action.id;
}

describe('client.inbox', () => {
  it('a pending action reaches only its NGO; once published, the sector, Dakar, Senegal and the NGO', async () => {
    const { action } = await as('editor').actions.submit(submission());
    expect((await as('editor').inbox.page()).items.map((i) => [i.kind, i.public])).toEqual([['action.submitted', false]]);
    expect((await as('senegal').inbox.page()).items).toEqual([]);
    await as('sectorED').actionSubmissions.publish(action.id);
    for (const [person, key] of [['sectorED', 'sector:ED'], ['dakar', 'field-office:dakar'], ['senegal', 'member-state:SN'], ['editor', `organization:${NGO}`]] as const) {
      const page = await as(person).inbox.page({ kind: 'action.published' });
      expect(page.items.map((i) => [i.subject, i.public, i.read])).toEqual([[{ type: 'action', id: action.id }, true, false]]);
      expect(page.items[0]!.addressee).toEqual(expect.objectContaining({ kind: key.split(':')[0] }));
    }
    expect((await as('kenya').inbox.page()).items).toEqual([]);
  });

  it('read marks are per person: the delegation reads it, the National Commission still has it unread; mark(…, false) undoes it', async () => {
    const id = await publishedAction();
    const [item] = (await as('senegal').inbox.page()).items;
    expect(await as('senegal').inbox.mark([item!.id], true)).toEqual({ updated: 1, unread: 0 });
    expect(await as('senegal').inbox.page()).toMatchObject({ unread: 0, items: [{ subject: { id }, read: true }] });
    expect(await as('senegalCommission').inbox.page()).toMatchObject({ unread: 1, items: [{ subject: { id }, read: false }] });
    expect((await as('senegal').inbox.page({ unread: true })).items).toEqual([]);
    // Marking again changes nothing; someone else's item is ignored.
    expect(await as('senegal').inbox.mark([item!.id], true)).toEqual({ updated: 0, unread: 0 });
    expect(await as('kenya').inbox.mark([item!.id], true)).toEqual({ updated: 0, unread: 0 });
    expect(await as('senegal').inbox.mark([item!.id], false)).toEqual({ updated: 1, unread: 1 });
  });

  it('list pages with cursors newest first; page takes the same cursor', async () => {
    for (const place of ['Thiès', 'Kaolack', 'Ziguinchor']) await publishedAction(place);
    const titles: string[][] = [];
    for await (const page of as('senegal').inbox.list({ limit: 2 })) titles.push(page.items.map((i) => i.subject.id));
    expect(titles.flat()).toHaveLength(3);
    expect(titles.map((t) => t.length)).toEqual([2, 1]);
    const first = await as('senegal').inbox.page({ limit: 2 });
    const second = await as('senegal').inbox.page({ limit: 2, cursor: first.nextCursor! });
    expect(second.items.map((i) => i.subject.id)).toEqual(titles[1]);
  });

  it('addressee names inboxes: 403 for another one, 400 for a malformed key, 401 anonymous; the Secretariat names any', async () => {
    await publishedAction();
    expect((await as('senegal').inbox.page({ addressee: 'member-state:SN' })).items).toHaveLength(1);
    const other = (await failure(as('senegal').inbox.page({ addressee: ['member-state:SN', 'member-state:KE'] }))) as ForbiddenError;
    expect(other).toBeInstanceOf(ForbiddenError);
    const malformed = (await failure(as('senegal').inbox.page({ addressee: 'embassy:SN' }))) as ValidationError;
    expect(malformed).toBeInstanceOf(ValidationError);
    expect(malformed.issues.map((i) => i.path)).toEqual(['addressee']);
    expect(await failure(as().inbox.page())).toBeInstanceOf(UnauthorizedError);
    expect(await failure(as().inbox.mark(['x'], true))).toBeInstanceOf(UnauthorizedError);
    expect(((await failure(as('secretariat').inbox.page())) as ValidationError).issues.map((i) => i.path)).toEqual(['addressee']);
    expect((await as('secretariat').inbox.page({ addressee: ['sector:ED', 'field-office:dakar'] })).items).toHaveLength(2);
    const badKind = (await failure(as('senegal').inbox.page({ kind: 'action.deleted' as never }))) as ValidationError;
    expect(badKind.issues.map((i) => i.path)).toEqual(['kind']);
  });

  it('mark checks its body before sending: no ids is a ValidationError naming items', async () => {
    posts = 0;
    const error = (await failure(as('senegal').inbox.mark([], true))) as ValidationError;
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.sent).toBe(false);
    expect(error.issues.map((i) => i.path)).toEqual(['items']);
    expect(posts).toBe(0);
  });

  it('feedUrl names the public Atom feed, which carries published actions and never a pending one', async () => {
    const id = await publishedAction();
    const { action: pending } = await as('editor').actions.submit(submission({ place: 'Pending place', title: { en: 'Still pending' } }));
    const client = as();
    expect(client.inbox.feedUrl('member-state:SN')).toBe(`${BASE}/inboxes/member-state:SN.atom`);
    expect(client.inbox.feedUrl({ kind: 'liaison-committee' })).toBe(`${BASE}/inboxes/liaison-committee.atom`);
    expect(() => client.inbox.feedUrl('member-state:Senegal')).toThrow(TypeError);
    const response = await fetch(client.inbox.feedUrl({ kind: 'member-state', country: 'SN' }));
    expect(response.headers.get('content-type')).toMatch(/^application\/atom\+xml/);
    const xml = await response.text();
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
    expect(xml).toContain('Reading circles in Thiès');
    expect(xml).toContain(`/v1/actions/${id}`);
    expect(xml).not.toContain('Still pending');
    expect(xml).not.toContain(pending.id);
    expect((await fetch(`${BASE}/inboxes/embassy:SN.atom`)).status).toBe(400);
    expect((await fetch(`${BASE}/inboxes/field-office:atlantis.atom`)).status).toBe(404);
    const french = client.inbox.feedUrl('member-state:SN', { lang: 'fr' });
    expect(french).toBe(`${BASE}/inboxes/member-state:SN.atom?lang=fr`);
    expect(await (await fetch(french)).text()).toContain('Cercles de lecture à Thiès');
  });
});
