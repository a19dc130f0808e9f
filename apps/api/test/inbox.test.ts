import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { InboxItem } from '@ngo-liaison/core';
import { issueTestToken } from './credentials.js';
import { readFeed } from './dialogue-views.js';
import { useTestServer } from './test-server.js';
import { writeRequests } from './write-requests.js';

/*
 * Inboxes over HTTP against a real database: each person's own read marks, the filters and
 * pages, and the public Atom feed of each addressee (public items only, newest 50, ETags,
 * CORS, 404 for an addressee nobody knows, 400 for a key that is not one).
 */
const server = useTestServer();
const { send } = writeRequests(server);
const OWN = 'demo-lanternfish-literacy-network';
const tokens = {} as Record<'secretariat' | 'edA' | 'edB' | 'editor', string>;

/** An action the Secretariat reports for OWN in an ED programme: published at once, delivered to sector:ED among others. */
async function publishedAction(title: string): Promise<string> {
  const answer = await send('POST', '/v1/actions', {
    token: tokens.secretariat,
    body: { actor: { kind: 'organization', organization: OWN }, programme: 'demo-coastal-literacy-initiative', title: { en: title }, countries: ['NG'], period: { start: '2026-10-01' }, outcomes: [] },
  });
  expect(answer.status, JSON.stringify(answer.body)).toBe(201);
  return answer.body.action.id as string;
}

const itemOf = async (token: string, subject: string, query = '') => {
  const page = await send('GET', `/v1/inbox?limit=100${query}`, { token });
  expect(page.status, JSON.stringify(page.body)).toBe(200);
  return { item: (page.body.items as InboxItem[]).find((item) => item.subject.id === subject), unread: page.body.unread as number };
};

beforeAll(async () => {
  const storage = server.running.storage;
  tokens.secretariat = (await issueTestToken(storage, [{ role: 'secretariat' }])).token;
  tokens.edA = (await issueTestToken(storage, [{ role: 'sector', sector: 'ED' }], { displayName: 'ED focal point A' })).token;
  tokens.edB = (await issueTestToken(storage, [{ role: 'sector', sector: 'ED' }], { displayName: 'ED focal point B' })).token;
  tokens.editor = (await issueTestToken(storage, [{ role: 'ngo-editor', organization: OWN }])).token;
});

describe('read and unread, per person', () => {
  it('two people of one sector keep their own read state over the same item', async () => {
    const id = await publishedAction('Read by one of two');
    const a = await itemOf(tokens.edA, id);
    const b = await itemOf(tokens.edB, id);
    expect(a.item).toMatchObject({ read: false, addressee: { kind: 'sector', sector: 'ED' } });
    expect(b.item?.read).toBe(false);
    expect(a.unread).toBe(b.unread);

    const marked = await send('POST', '/v1/inbox/read', { token: tokens.edA, body: { items: [a.item!.id], read: true } });
    expect(marked.status).toBe(200);
    expect(marked.body).toEqual({ updated: 1, unread: a.unread - 1 });
    expect((await itemOf(tokens.edA, id)).item?.read).toBe(true);
    expect((await itemOf(tokens.edB, id))).toMatchObject({ item: { read: false }, unread: b.unread });
    expect((await itemOf(tokens.edA, id, '&unread=true')).item).toBeUndefined();
    expect((await itemOf(tokens.edB, id, '&unread=true')).item).toBeDefined();

    // Marking again changes nothing; marking unread undoes it.
    expect((await send('POST', '/v1/inbox/read', { token: tokens.edA, body: { items: [a.item!.id], read: true } })).body.updated).toBe(0);
    expect((await send('POST', '/v1/inbox/read', { token: tokens.edA, body: { items: [a.item!.id], read: false } })).body).toEqual({ updated: 1, unread: a.unread });
  });

  it('ignores items of inboxes the person does not read, and unknown ids', async () => {
    const id = await publishedAction('Not the editor’s to mark');
    const sectorItem = (await itemOf(tokens.edA, id)).item!;
    const answer = await send('POST', '/v1/inbox/read', { token: tokens.editor, body: { items: [sectorItem.id, 'no-such-item'], read: true } });
    expect(answer.status).toBe(200);
    expect(answer.body.updated).toBe(0);
    expect((await itemOf(tokens.edA, id)).item?.read).toBe(false);
  });

  it('answers a bad body with 400 naming the field', async () => {
    const answer = await send('POST', '/v1/inbox/read', { token: tokens.edA, body: { items: [], read: 'yes' } });
    expect(answer.status).toBe(400);
    expect(answer.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(['items', 'read']);
  });
});

describe('GET /v1/inbox', () => {
  it('filters by kind and pages newest first', async () => {
    const older = await publishedAction('Paged, older');
    const newer = await publishedAction('Paged, newer');
    const first = await send('GET', '/v1/inbox?kind=action.published&limit=1', { token: tokens.edA });
    expect(first.body.items.map((item: InboxItem) => item.subject.id)).toEqual([newer]);
    const second = await send('GET', `/v1/inbox?kind=action.published&limit=1&cursor=${first.body.nextCursor}`, { token: tokens.edA });
    expect(second.body.items.map((item: InboxItem) => item.subject.id)).toEqual([older]);
    expect((await send('GET', '/v1/inbox?kind=feedback.received', { token: tokens.edA })).body.items).toEqual([]);
  });

  it('asks the Secretariat to name an addressee, and refuses keys that are not addressees', async () => {
    expect((await send('GET', '/v1/inbox', { token: tokens.secretariat })).status).toBe(400);
    const malformed = await send('GET', '/v1/inbox?addressee=sector:%3Cscript%3E', { token: tokens.edA });
    expect(malformed.status).toBe(400);
    expect(malformed.body.errors[0].path).toBe('addressee');
    expect((await send('GET', '/v1/inbox?addressee=sector:CLT', { token: tokens.edA })).status).toBe(403);
  });
});

describe('GET /v1/inboxes/{addressee}.atom', () => {
  it('holds the public items only: the NGO’s pending action is in its inbox, not in its feed', async () => {
    const pending = await send('POST', '/v1/actions', {
      token: tokens.editor,
      body: { actor: { kind: 'organization', organization: OWN }, programme: 'demo-coastal-literacy-initiative', title: { en: 'Pending, not public' }, countries: ['NG'], period: { start: '2026-10-01' }, outcomes: [] },
    });
    const id = pending.body.action.id as string;
    expect((await itemOf(tokens.editor, id)).item).toMatchObject({ kind: 'action.submitted', public: false });
    const { xml, feed } = await readFeed(send, `organization:${OWN}`);
    expect(xml).not.toContain(id);
    expect(feed.items.every((item) => !item.title?.includes('Pending, not public'))).toBe(true);
  });

  it('is the newest 50 public items, newest first', async () => {
    const storage = server.running.storage;
    const items: InboxItem[] = Array.from({ length: 55 }, (_, n) => ({
      id: randomUUID(),
      addressee: { kind: 'field-office', fieldOffice: 'apia' },
      kind: 'action.published',
      subject: { type: 'action', id: `apia-action-${n}` },
      title: { en: `Apia action ${n}` },
      at: new Date(Date.UTC(2026, 10, 1, 0, n)).toISOString(),
      public: true,
      reasons: ['field-office:listed'],
    }));
    await storage.db.transaction().execute((trx) => storage.inbox.deliver(trx, items));
    const { feed } = await readFeed(send, 'field-office:apia', 'fr');
    expect(feed.items.map((item) => item.title)).toEqual(items.slice(5).reverse().map((item) => item.title.en));
    expect(feed.items[0]?.id).toBe(`urn:uuid:${items[54]!.id}`);
  });

  it('sends an ETag, answers If-None-Match with 304, and a new item changes the tag', async () => {
    const before = await readFeed(send, 'sector:ED');
    const again = await send('GET', '/v1/inboxes/sector:ED.atom', { headers: { 'if-none-match': before.etag! } });
    expect(again.status).toBe(304);
    await publishedAction('Changes the feed');
    const after = await readFeed(send, 'sector:ED');
    expect(after.etag).not.toBe(before.etag);
    expect(after.feed.items[0]?.title).toBe('Changes the feed');
  });

  it('is readable from any origin, like the other public reads', async () => {
    const response = await fetch(`${server.url}/v1/inboxes/member-state:NG.atom`, { headers: { origin: 'https://partner.example.org' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-expose-headers')).toContain('ETag');
  });

  it('answers 404 for an addressee nobody knows and 400 for a key that is not an addressee', async () => {
    for (const key of ['sector:XY', 'field-office:atlantis', 'member-state:ZZ', 'organization:no-such-organization']) {
      const answer = await send('GET', `/v1/inboxes/${key}.atom`);
      expect(answer.status, key).toBe(404);
      expect(answer.headers.get('content-type'), key).toMatch(/^application\/problem\+json/);
    }
    for (const key of ['sector', 'nobody:x', 'sector:%3Cscript%3E', 'organization:Not%20A%20Slug', 'liaison-committee:x']) {
      const answer = await send('GET', `/v1/inboxes/${key}.atom`);
      expect(answer.status, key).toBe(400);
      expect(answer.body.errors[0].path, key).toBe('addressee');
    }
    expect((await send('GET', '/v1/inboxes/liaison-committee.atom')).status).toBe(200);
    expect((await send('GET', '/v1/inboxes/sector:ED.atom?colour=red')).status).toBe(400);
  });
});
