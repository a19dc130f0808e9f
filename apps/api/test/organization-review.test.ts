import { beforeAll, describe, expect, it } from 'vitest';
import { issueTestToken } from './credentials.js';
import { useTestServer } from './test-server.js';
import { writeRequests } from './write-requests.js';

const server = useTestServer();
const { send, read, patch } = writeRequests(server);
const ORG = 'demo-quiet-orbit-science-circle';
const WORD = 'Zyxwvutsrq';
let secretariat: string;
let editor: string;
let otherEditor: string;

beforeAll(async () => {
  const storage = server.running.storage;
  secretariat = (await issueTestToken(storage, [{ role: 'secretariat' }])).token;
  editor = (await issueTestToken(storage, [{ role: 'ngo-editor', organization: ORG }])).token;
  otherEditor = (await issueTestToken(storage, [{ role: 'ngo-editor', organization: 'icom' }])).token;
});

/** Everything public reads say about the organisation: the record and its ETag, search, facets, exports, matching. */
async function publicView() {
  const one = await send('GET', `/v1/organizations/${ORG}`);
  const search = await send('GET', `/v1/organizations?q=${WORD}`);
  const list = await send('GET', '/v1/organizations?limit=1');
  const exported = await send('GET', '/v1/organizations.json');
  const csv = await send('GET', '/v1/organizations.csv');
  const matches = await send('GET', '/v1/programmes/demo-coastal-literacy-initiative/matches');
  return {
    etag: one.headers.get('etag')!.replace(/^W\//, ''),
    record: one.body,
    found: search.body.total,
    listEtag: list.headers.get('etag'),
    facets: list.body.facets,
    total: list.body.total,
    exported: JSON.stringify(exported.body),
    csv: csv.body as string,
    matches: matches.body,
  };
}

describe('an NGO editor’s change', () => {
  let revisionId: string;
  let before: Awaited<ReturnType<typeof publicView>>;
  const change = { description: { en: `${WORD}: reading circles under the stars.` }, sectors: ['SC', 'ED'], fieldsOfInterest: ['literacy', 'reading'] };

  it('is a pending revision (202) that public reads, search, facets, exports, matching, ETags and counts do not see', async () => {
    before = await publicView();
    const answer = await patch(ORG, change, editor);
    expect(answer.status).toBe(202);
    expect(answer.body).toMatchObject({ status: 'pending', revision: { state: 'pending', organizationId: ORG, proposed: change } });
    revisionId = answer.body.revision.id;
    const during = await publicView();
    expect(during).toEqual(before);
    expect(before.found).toBe(0);
  });

  it('is seen by its editor and the Secretariat, and by no one else', async () => {
    for (const token of [editor, secretariat]) {
      const list = await send('GET', `/v1/revisions?organization=${ORG}`, { token });
      expect(list.body.items.map((r: { id: string }) => r.id)).toContain(revisionId);
      expect((await send('GET', `/v1/revisions/${revisionId}`, { token })).status).toBe(200);
    }
    expect((await send('GET', '/v1/revisions', { token: otherEditor })).body.items).toEqual([]);
    expect((await send('GET', `/v1/revisions/${revisionId}`, { token: otherEditor })).status).toBe(404);
    expect((await send('GET', `/v1/revisions/${revisionId}`)).status).toBe(401);
    expect((await send('POST', `/v1/revisions/${revisionId}/publish`, { token: editor })).status).toBe(403);
  });

  it('is published by the Secretariat and read everywhere at once on this node', async () => {
    const published = await send('POST', `/v1/revisions/${revisionId}/publish`, { token: secretariat });
    expect(published.status).toBe(200);
    expect(published.body).toMatchObject({ status: 'published', organization: change });
    const after = await publicView();
    expect(after.etag).toBe(`"${published.body.version}"`);
    expect(after.record).toMatchObject(change);
    expect(after.found).toBe(1);
    expect(after.listEtag).not.toBe(before.listEtag);
    expect(after.exported).toContain(WORD);
    expect(after.csv).not.toBe(before.csv);
    expect(after.matches).not.toEqual(before.matches);
    expect((await send('GET', `/v1/revisions/${revisionId}`, { token: editor })).body).toMatchObject({ state: 'published', decidedBy: { displayName: expect.any(String) } });
    expect((await send('POST', `/v1/revisions/${revisionId}/publish`, { token: secretariat })).status).toBe(409);
  });
});

describe('review outcomes', () => {
  it('returns a revision with a reason the editor reads; it can no longer be published', async () => {
    const submitted = await patch(ORG, { founded: 1999 }, editor);
    const id = submitted.body.revision.id;
    expect((await send('POST', `/v1/revisions/${id}/return`, { token: secretariat, body: { reason: 'x', extra: 1 } })).body.errors).toEqual([
      expect.objectContaining({ path: 'extra', code: 'unknown-field' }),
    ]);
    expect((await send('POST', `/v1/revisions/${id}/return`, { token: secretariat, body: { reason: 'Which page states the founding year?' } })).status).toBe(200);
    const list = await send('GET', `/v1/revisions?state=returned&organization=${ORG}`, { token: editor });
    expect(list.body.items[0]).toMatchObject({ id, state: 'returned', reason: 'Which page states the founding year?' });
    expect((await send('POST', `/v1/revisions/${id}/publish`, { token: secretariat })).status).toBe(409);
  });

  it('refuses (409, with the current version) to publish a revision whose base moved on', async () => {
    const submitted = await patch(ORG, { founded: 2001 }, editor);
    const moved = await patch(ORG, { website: 'https://quiet-orbit.example.org/new' }, secretariat);
    expect(moved.status).toBe(200);
    const publish = await send('POST', `/v1/revisions/${submitted.body.revision.id}/publish`, { token: secretariat });
    expect(publish.status).toBe(409);
    expect(publish.body).toMatchObject({ currentVersion: moved.body.version, current: { website: 'https://quiet-orbit.example.org/new' } });
    expect((await read(ORG)).organization.founded).not.toBe(2001);
  });

  it('pages revisions newest first with an opaque cursor', async () => {
    for (const year of [1990, 1991, 1992]) await patch(ORG, { founded: year }, editor);
    const first = await send('GET', `/v1/revisions?organization=${ORG}&limit=2`, { token: secretariat });
    expect(first.body.items.map((r: { patch: { founded: number } }) => r.patch.founded)).toEqual([1992, 1991]);
    const second = await send('GET', `/v1/revisions?organization=${ORG}&limit=2&cursor=${first.body.nextCursor}`, { token: secretariat });
    expect(second.body.items[0].patch.founded).toBe(1990);
    expect((await send('GET', '/v1/revisions?state=draft', { token: secretariat })).status).toBe(400);
  });
});
