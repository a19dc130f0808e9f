import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { testBackend } from '../src/testing/temp-database.js';
import { issueTestToken } from './credentials.js';
import { allActions, inboxSubjects, readFeed, trackRecordInProgramme } from './dialogue-views.js';
import { useTestServer } from './test-server.js';
import { writeRequests } from './write-requests.js';

/*
 * Actions on the ground through the API, against a real database: an NGO editor's action is
 * pending and absent from every public read, feed and inbox but its own organisation's until
 * the programme's sector publishes it; then every read shows it and it reaches the inboxes and
 * feeds of those it concerns.
 */
const server = useTestServer();
const { send } = writeRequests(server);
const OWN = 'demo-lanternfish-literacy-network';
const PROGRAMME = 'demo-coastal-literacy-initiative'; // ED; Abuja covers NG
const tokens = {} as Record<'secretariat' | 'editor' | 'ed' | 'ci' | 'abuja' | 'nigeria', string>;

beforeAll(async () => {
  const storage = server.running.storage;
  tokens.secretariat = (await issueTestToken(storage, [{ role: 'secretariat' }])).token;
  tokens.editor = (await issueTestToken(storage, [{ role: 'ngo-editor', organization: OWN }])).token;
  tokens.ed = (await issueTestToken(storage, [{ role: 'sector', sector: 'ED' }])).token;
  tokens.ci = (await issueTestToken(storage, [{ role: 'sector', sector: 'CI' }])).token;
  tokens.abuja = (await issueTestToken(storage, [{ role: 'field-office', fieldOffice: 'abuja' }])).token;
  tokens.nigeria = (await issueTestToken(storage, [{ role: 'member-state', country: 'NG', via: 'delegation' }])).token;
});

const HOSTILE = '<script>alert(1)</script> &amp; "><img onerror=alert(2)>';
const submission = (over: Record<string, unknown> = {}) => ({
  actor: { kind: 'organization', organization: OWN },
  programme: PROGRAMME,
  title: { en: `Reading circles in Kano ${HOSTILE}`, fr: 'Cercles de lecture à Kano' },
  description: { en: HOSTILE },
  countries: ['NG'],
  place: `Kano "><img onerror=alert(3)>`,
  period: { start: '2026-09-01', end: '2026-11-30' },
  outcomes: [{ en: `40 circles ${HOSTILE}` }],
  links: ['https://lanternfish.example.org/kano'],
  ...over,
});

/** Inboxes and feeds the published action concerns: the sector, the office covering NG, NG's Member State, the NGO. */
const CONCERNED = ['sector:ED', 'field-office:abuja', 'member-state:NG', `organization:${OWN}`];

/** Where a public reader could see action `id`: every public read, feed and inbox (the NGO's own aside). */
async function publicSightings(id: string): Promise<string[]> {
  const seen: string[] = [];
  if ((await allActions(send)).some((a) => a.id === id)) seen.push('GET /v1/actions');
  if ((await send('GET', `/v1/actions/${id}`)).status !== 404) seen.push('GET /v1/actions/{id}');
  if ((await allActions(send, `&programme=${PROGRAMME}`)).some((a) => a.id === id)) seen.push('programme');
  if ((await allActions(send, `&organization=${OWN}`)).some((a) => a.id === id)) seen.push('profile');
  for (const key of CONCERNED) {
    if ((await readFeed(send, key)).xml.includes(id)) seen.push(`feed ${key}`);
    if (!key.startsWith('organization:') && (await inboxSubjects(send, tokens.secretariat, key)).includes(id)) seen.push(`inbox ${key}`);
  }
  return seen;
}

describe('an NGO editor’s action', () => {
  let id: string;
  let trackRecord: number;

  it('is pending (202, Location) and in no public read, feed, track record or inbox but its organisation’s', async () => {
    trackRecord = await trackRecordInProgramme(send, OWN, PROGRAMME);
    const answer = await send('POST', '/v1/actions', { token: tokens.editor, body: submission() });
    expect(answer.status, JSON.stringify(answer.body)).toBe(202);
    id = answer.body.action.id;
    expect(answer.headers.get('location')).toBe(`/v1/action-submissions/${id}`);
    expect(answer.body).toMatchObject({ state: 'pending', action: { title: submission().title, place: submission().place, provenance: { fictional: true } } });
    expect(await publicSightings(id)).toEqual([]);
    expect(await trackRecordInProgramme(send, OWN, PROGRAMME)).toBe(trackRecord);
    const own = await send('GET', `/v1/inbox?addressee=organization:${OWN}`, { token: tokens.editor });
    expect(own.body.items.map((item: { kind: string; subject: { id: string }; public: boolean }) => [item.kind, item.subject.id, item.public])).toContainEqual(['action.submitted', id, false]);
  });

  it('is read by its editor, the programme’s sector and the Secretariat; 404 for another sector and the field office', async () => {
    for (const token of [tokens.editor, tokens.ed, tokens.secretariat]) {
      const one = await send('GET', `/v1/action-submissions/${id}`, { token });
      expect(one.status).toBe(200);
      expect(one.body.action.title.en).toBe(submission().title.en); // hostile text comes back as data
      expect((await send('GET', '/v1/action-submissions', { token })).body.items.map((s: { action: { id: string } }) => s.action.id)).toContain(id);
    }
    for (const token of [tokens.ci, tokens.abuja, tokens.nigeria]) {
      expect((await send('GET', `/v1/action-submissions/${id}`, { token })).status).toBe(404);
      expect((await send('GET', '/v1/action-submissions', { token })).body.items).toEqual([]);
    }
  });

  it('is published by the programme’s sector: then every public read, the track record, the inboxes and feeds concerned show it', async () => {
    const answer = await send('POST', `/v1/action-submissions/${id}/publish`, { token: tokens.ed });
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    expect(answer.body).toMatchObject({ state: 'published', decidedBy: { personId: expect.any(String) } });
    expect(await publicSightings(id)).toEqual([
      'GET /v1/actions',
      'GET /v1/actions/{id}',
      'programme',
      'profile',
      ...CONCERNED.flatMap((key) => (key.startsWith('organization:') ? [`feed ${key}`] : [`feed ${key}`, `inbox ${key}`])),
    ]);
    expect((await send('GET', `/v1/actions/${id}`)).body.title).toEqual(submission().title);
    expect(await trackRecordInProgramme(send, OWN, PROGRAMME)).toBe(trackRecord + 1);
    // Published once: a second decision finds it decided.
    expect((await send('POST', `/v1/action-submissions/${id}/publish`, { token: tokens.secretariat })).status).toBe(409);
    // Each person reads their own inbox with its reasons.
    const sector = await send('GET', '/v1/inbox?kind=action.published', { token: tokens.ed });
    expect(sector.body.items.find((item: { subject: { id: string } }) => item.subject.id === id)).toMatchObject({ addressee: { kind: 'sector', sector: 'ED' }, public: true, read: false, reasons: expect.arrayContaining(['sector:ED']) });
  });

  it('escapes hostile text in the Atom feed and a feed parser reads it back as the text sent', async () => {
    const { xml, feed } = await readFeed(send, 'member-state:NG');
    expect(xml).not.toContain('<script>');
    expect(xml).not.toContain('<img');
    // Each character escaped once: the entity a partner typed stays an entity's text.
    expect(xml).toContain('Reading circles in Kano &lt;script&gt;alert(1)&lt;/script&gt; &amp;amp; &quot;&gt;&lt;img onerror=alert(2)&gt;');
    const entry = feed.items.find((item) => item.url === `${server.url}/v1/actions/${id}`);
    // The parser decodes HTML entities in text a second time (feeds in the wild double-escape): "&amp;" reads as "&".
    expect(entry?.title).toBe(submission().title.en.replace('&amp;', '&'));
  });
});

describe('returning and reporting at once', () => {
  it('a returned action stays out of public reads; its organisation reads the reason in its inbox', async () => {
    const id = (await send('POST', '/v1/actions', { token: tokens.editor, body: submission({ title: { en: 'To be returned' } }) })).body.action.id as string;
    const answer = await send('POST', `/v1/action-submissions/${id}/return`, { token: tokens.ed, body: { reason: `Add the dates ${HOSTILE}` } });
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    expect(answer.body).toMatchObject({ state: 'returned', reason: `Add the dates ${HOSTILE}` });
    expect(await publicSightings(id)).toEqual([]);
    const own = await send('GET', `/v1/inbox?kind=action.returned`, { token: tokens.editor });
    expect(own.body.items.find((item: { subject: { id: string } }) => item.subject.id === id)?.summary).toEqual({ en: `Add the dates ${HOSTILE}` });
  });

  it('a field office’s own action in a country it covers is published at once (201)', async () => {
    const answer = await send('POST', '/v1/actions', {
      token: tokens.abuja,
      body: submission({ actor: { kind: 'field-office', fieldOffice: 'abuja' }, title: { en: 'Teacher training in Abuja' } }),
    });
    expect(answer.status, JSON.stringify(answer.body)).toBe(201);
    expect(answer.body.state).toBe('published');
    expect((await send('GET', `/v1/actions/${answer.body.action.id}`)).status).toBe(200);
  });

  it('GET /v1/actions/{id}: 400 for a malformed id, 404 for an unknown one, ETag and 304', async () => {
    expect((await send('GET', '/v1/actions/Not%20A%20Slug')).status).toBe(400);
    expect((await send('GET', '/v1/actions/no-such-action')).status).toBe(404);
    const first = await send('GET', '/v1/actions/demo-reading-circles-saint-louis');
    expect(first.status).toBe(200);
    expect((await send('GET', '/v1/actions/demo-reading-circles-saint-louis', { headers: { 'if-none-match': first.headers.get('etag')! } })).status).toBe(304);
  });

  it('replays a submission sent twice with one Idempotency-Key (one submission, one audit entry)', async () => {
    const body = submission({ title: { en: 'Sent twice' } });
    const headers = { 'idempotency-key': `twice-${Date.now()}` };
    const first = await send('POST', '/v1/actions', { token: tokens.editor, body, headers });
    const again = await send('POST', '/v1/actions', { token: tokens.editor, body, headers });
    expect(again.status).toBe(202);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.body).toEqual(first.body);
    const audit = await send('GET', `/v1/audit?entityId=${first.body.action.id}`, { token: tokens.secretariat });
    expect(audit.body.items).toHaveLength(1);
  });
});

describe('a failed write leaves nothing', () => {
  /** Rows about `id` in the write path's tables. */
  async function rowsAbout(id: string) {
    const db = await server.connect();
    try {
      const count = async (table: string, column: string) => Number((await sql<{ n: number }>`select count(*) as n from ${sql.table(table)} where ${sql.ref(column)} = ${id}`.execute(db)).rows[0]!.n);
      return {
        submissions: Number((await sql<{ n: number }>`select count(*) as n from action_submissions where id = ${id} and state = 'pending'`.execute(db)).rows[0]!.n),
        actions: await count('actions', 'id'),
        inbox: await count('inbox_items', 'subject_id'),
        audit: await count('audit_log', 'entity_id'),
      };
    } finally {
      await db.destroy();
    }
  }

  it('a refused submission writes no submission, inbox item or audit entry', async () => {
    const before = (await send('GET', '/v1/audit?action=action.submit&limit=100', { token: tokens.secretariat })).body.items.length;
    const answer = await send('POST', '/v1/actions', { token: tokens.editor, body: submission({ programme: 'no-such-programme' }) });
    expect(answer.status).toBe(400);
    expect(answer.body.errors.map((e: { path: string }) => e.path)).toEqual(['programme']);
    expect((await send('GET', '/v1/audit?action=action.submit&limit=100', { token: tokens.secretariat })).body.items.length).toBe(before);
  });

  it('a publication whose inbox delivery fails in the database rolls back whole: still pending, no action, no audit entry', async () => {
    const id = (await send('POST', '/v1/actions', { token: tokens.editor, body: submission({ title: { en: 'Delivery fails' } }) })).body.action.id as string;
    const before = await rowsAbout(id);
    expect(before).toEqual({ submissions: 1, actions: 0, inbox: 1, audit: 1 }); // the submission, its action.submitted item and entry
    const db = await server.connect();
    const postgres = testBackend() === 'postgres';
    try {
      if (postgres) {
        await sql`create function refuse_delivery() returns trigger language plpgsql as $$ begin raise exception 'delivery refused'; end $$`.execute(db);
        await sql`create trigger refuse_delivery before insert on inbox_items for each row execute function refuse_delivery()`.execute(db);
      } else {
        await sql`create trigger refuse_delivery before insert on inbox_items begin select raise(abort, 'delivery refused'); end`.execute(db);
      }
      expect((await send('POST', `/v1/action-submissions/${id}/publish`, { token: tokens.ed })).status).toBe(500);
      expect(await rowsAbout(id)).toEqual(before);
      expect((await send('GET', `/v1/actions/${id}`)).status).toBe(404);
    } finally {
      await sql`drop trigger refuse_delivery${postgres ? sql` on inbox_items` : sql``}`.execute(db);
      if (postgres) await sql`drop function refuse_delivery()`.execute(db);
      await db.destroy();
    }
    expect((await send('POST', `/v1/action-submissions/${id}/publish`, { token: tokens.ed })).status).toBe(200);
  });
});
