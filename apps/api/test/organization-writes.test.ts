import { beforeAll, describe, expect, it } from 'vitest';
import { EDITOR_FIELDS, SECRETARIAT_FIELDS, SERVER_OWNED_FIELDS, versionFromIfMatch } from '@ngo-liaison/core';
import { issueTestToken } from './credentials.js';
import { useTestServer } from './test-server.js';
import { writeRequests } from './write-requests.js';

const server = useTestServer();
const { send, read, patch } = writeRequests(server);
const ORG = 'demo-lanternfish-literacy-network';
let secretariat: string;
let editor: string;

beforeAll(async () => {
  const storage = server.running.storage;
  secretariat = (await issueTestToken(storage, [{ role: 'secretariat' }])).token;
  editor = (await issueTestToken(storage, [{ role: 'ngo-editor', organization: ORG }])).token;
});

describe('PATCH /v1/organizations/{id} by the Secretariat', () => {
  it('publishes at once: 200 with the next version, read back with it as ETag, audited', async () => {
    const before = await read(ORG, secretariat);
    const answer = await patch(ORG, { founded: 1988 }, secretariat);
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ status: 'published', organization: { founded: 1988 } });
    expect(Number(answer.body.version)).toBe(Number(versionFromIfMatch(before.etag)) + 1);
    const after = await read(ORG);
    expect(after.organization.founded).toBe(1988);
    expect(after.etag.replace(/^W\//, '')).toBe(`"${answer.body.version}"`);
    const audit = await send('GET', `/v1/audit?entityId=${ORG}&action=organization.update`, { token: secretariat });
    expect(audit.body.items[0]).toMatchObject({ role: 'secretariat', before: { founded: before.organization.founded }, after: { founded: 1988 } });
  });
});

describe('versions', () => {
  it('needs If-Match: 428 without, 412 with a stale one carrying the current version and record', async () => {
    expect((await patch(ORG, { founded: 1989 }, secretariat, null)).status).toBe(428);
    const { etag, organization } = await read(ORG, secretariat);
    const stale = await patch(ORG, { founded: 1989 }, secretariat, '"1"');
    expect(stale.status).toBe(412);
    expect(stale.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(stale.body.currentVersion).toBe(versionFromIfMatch(etag));
    expect(stale.body.current).toEqual(organization);
  });

  it('lets one of two clients holding the same ETag win; the other gets 412 and its re-applied change succeeds', async () => {
    const { etag } = await read(ORG, secretariat);
    const [first, second] = await Promise.all([
      patch(ORG, { website: 'https://first.example.org/' }, secretariat, etag),
      patch(ORG, { scope: 'regional' }, secretariat, etag),
    ]);
    expect([first.status, second.status].sort()).toEqual([200, 412]);
    const loser = first.status === 412 ? { answer: first, patch: { website: 'https://first.example.org/' } } : { answer: second, patch: { scope: 'regional' } };
    const retry = await patch(ORG, loser.patch, secretariat, `"${loser.answer.body.currentVersion}"`);
    expect(retry.status).toBe(200);
    const now = (await read(ORG)).organization;
    expect(now).toMatchObject({ website: 'https://first.example.org/', scope: 'regional' });
  });
});

describe('strict bodies', () => {
  it.each(SERVER_OWNED_FIELDS)('refuses the server-owned field %s with 400 naming it (server-owned)', async (field) => {
    const answer = await patch(ORG, { [field]: 'x' }, secretariat);
    expect(answer.status).toBe(400);
    expect(answer.body.errors).toEqual([expect.objectContaining({ path: field, code: 'server-owned' })]);
  });

  it.each(SECRETARIAT_FIELDS.filter((field) => !(EDITOR_FIELDS as readonly string[]).includes(field)))('refuses %s from an NGO editor (not-allowed)', async (field) => {
    const answer = await patch(ORG, { [field]: [] }, editor);
    expect(answer.status).toBe(400);
    expect(answer.body.errors).toEqual([expect.objectContaining({ path: field, code: 'not-allowed' })]);
  });

  it('refuses unknown fields, top-level and nested (unknown-field), and over-long text (too-long)', async () => {
    const unknown = await patch(ORG, { colour: 'blue', headquarters: { town: 'x' } }, secretariat);
    expect(unknown.body.errors).toEqual([expect.objectContaining({ path: 'colour', code: 'unknown-field' })]);
    const nested = await patch(ORG, { headquarters: { town: 'x' } }, secretariat);
    expect(nested.body.errors).toEqual([expect.objectContaining({ path: 'headquarters.town', code: 'unknown-field' })]);
    const long = await patch(ORG, { description: { en: 'x'.repeat(2001) } }, secretariat);
    expect(long.body.errors).toEqual([expect.objectContaining({ path: 'description.en', code: 'too-long' })]);
  });

  it('answers 415 for another media type and 400 for a body that is not JSON; takes application/json too', async () => {
    const { etag } = await read(ORG, secretariat);
    const headers = { 'if-match': etag };
    expect((await send('PATCH', `/v1/organizations/${ORG}`, { token: secretariat, body: 'founded=1', contentType: 'application/x-www-form-urlencoded', headers })).status).toBe(415);
    expect((await send('PATCH', `/v1/organizations/${ORG}`, { token: secretariat, body: '{"founded":', headers })).body.errors).toEqual([
      expect.objectContaining({ path: 'body', code: 'invalid-format' }),
    ]);
    const json = await send('PATCH', `/v1/organizations/${ORG}`, { token: secretariat, body: { founded: 1990 }, contentType: 'application/json', headers });
    expect(json.status).toBe(200);
  });

  it('answers 405 with Allow for a method a known path does not take, 404 for an unknown path', async () => {
    const answer = await send('DELETE', '/v1/organizations', { token: secretariat });
    expect(answer.status).toBe(405);
    expect(answer.headers.get('allow')).toBe('GET, HEAD, POST');
    expect((await send('PUT', '/v1/audit')).headers.get('allow')).toBe('GET, HEAD');
    expect((await send('POST', '/v1/no-such-thing')).status).toBe(404);
  });
});

describe('hostile text', () => {
  const HOSTILE = '<img src=x onerror=alert(1)> \u202Eevil\u202C =HYPERLINK("http://x.example")';

  it('is stored and served as the text it is, and exported without a formula', async () => {
    const answer = await patch(ORG, { description: { en: HOSTILE }, acronym: { en: '=1+1' } }, secretariat);
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    expect((await read(ORG)).organization.description?.en).toBe(HOSTILE);
    const csv = await send('GET', `/v1/organizations.csv?q=lanternfish`);
    expect(csv.status).toBe(200);
    expect(csv.body).toContain(`,'=1+1`);
    expect(csv.body).not.toMatch(/(^|,)=1\+1/m);
    const page = await send('GET', '/v1/organizations?q=lanternfish');
    // JSON with nosniff: a browser never renders it as HTML; elements put it in text nodes.
    expect(page.headers.get('content-type')).toMatch(/^application\/json/);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page.body.items[0].description.en).toBe(HOSTILE);
  });
});

// Last: the server answers 413 before the body is read and closes the connection under it.
describe('bounded bodies', () => {
  it('answers 413 with a problem for a body over the limit', async () => {
    const { etag } = await read(ORG, secretariat);
    const huge = await send('PATCH', `/v1/organizations/${ORG}`, { token: secretariat, body: { description: { en: 'x'.repeat(300_000) } }, headers: { 'if-match': etag } });
    expect(huge.status).toBe(413);
    expect(huge.body.type).toBe('urn:ngo-liaison:problem:too-large');
  });
});
