import { beforeAll, describe, expect, it } from 'vitest';
import { FICTIONAL_ORGANIZATIONS } from '@ngo-liaison/core/sample-data';
import { issueTestToken } from './credentials.js';
import { useTestServer } from './test-server.js';
import { writeRequests } from './write-requests.js';

const server = useTestServer();
const { send, read, patch } = writeRequests(server);
let secretariat: string;
let secretariatTwo: string;
let sector: string;
let personId: string;

const { partnership: _none, ...TEMPLATE } = FICTIONAL_ORGANIZATIONS[1]!;
const admission = (id: string) => ({ ...TEMPLATE, id });

beforeAll(async () => {
  const storage = server.running.storage;
  const issued = await issueTestToken(storage, [{ role: 'secretariat' }], { displayName: 'Ada Secretariat' });
  secretariat = issued.token;
  personId = issued.personId;
  secretariatTwo = (await issueTestToken(storage, [{ role: 'secretariat' }])).token;
  sector = (await issueTestToken(storage, [{ role: 'sector', sector: 'CLT' }])).token;
});

describe('Idempotency-Key on creations', () => {
  it('replays the first answer for the same key and body, without a second write', async () => {
    const init = { token: secretariat, body: admission('demo-idem-one'), headers: { 'idempotency-key': 'key-1' } };
    const first = await send('POST', '/v1/organizations', init);
    expect(first.status).toBe(201);
    expect(first.headers.get('location')).toBe('/v1/organizations/demo-idem-one');
    const again = await send('POST', '/v1/organizations', init);
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.headers.get('location')).toBe('/v1/organizations/demo-idem-one');
    const creations = await send('GET', '/v1/audit?action=organization.create&entityId=demo-idem-one', { token: secretariat });
    expect(creations.body.items).toHaveLength(1);
  });

  it('answers 422 to the same key with another body, and keeps keys per credential', async () => {
    const reused = await send('POST', '/v1/organizations', { token: secretariat, body: admission('demo-idem-two'), headers: { 'idempotency-key': 'key-1' } });
    expect(reused.status).toBe(422);
    expect(reused.body.type).toBe('urn:ngo-liaison:problem:idempotency-key-reused');
    // Another credential's key-1 is another key: its creation of an existing id is a plain 409.
    const other = await send('POST', '/v1/organizations', { token: secretariatTwo, body: admission('demo-idem-one'), headers: { 'idempotency-key': 'key-1' } });
    expect(other.status).toBe(409);
  });

  it('records a decision once when the same request is sent twice at once', async () => {
    const body = { kind: 'suspension', decidedBy: 'DG', decisionRef: 'DG/2026/9', date: '2026-11-30', evidence: [{ source: 'unesco-decision', url: 'https://www.unesco.org/en/y', asOf: '2026-12-01' }] };
    const id = FICTIONAL_ORGANIZATIONS[1]!.id;
    const init = { token: secretariat, body, headers: { 'idempotency-key': 'decision-1' } };
    const answers = await Promise.all([send('POST', `/v1/organizations/${id}/decisions`, init), send('POST', `/v1/organizations/${id}/decisions`, init)]);
    expect(answers.map((a) => a.status)).toEqual([201, 201]);
    expect(answers[0]!.body).toEqual(answers[1]!.body);
    const decisions = await send('GET', `/v1/organizations/${id}/decisions`);
    expect(decisions.body.items).toHaveLength(1);
    expect((await read(id)).organization.partnership.at(-1)).toMatchObject({ state: 'suspended', decisionRef: 'DG/2026/9' });
  });
});

describe('GET /v1/audit', () => {
  it('is the Secretariat’s: 401 anonymous, 403 other roles', async () => {
    expect((await send('GET', '/v1/audit')).status).toBe(401);
    expect((await send('GET', '/v1/audit', { token: sector })).status).toBe(403);
  });

  it('filters by actor, action, entity and time, newest first, in keyset pages', async () => {
    const since = new Date().toISOString();
    for (const year of [1981, 1982, 1983]) expect((await patch('demo-idem-one', { founded: year }, secretariat)).status).toBe(200);
    const first = await send('GET', `/v1/audit?actor=${personId}&entityId=demo-idem-one&action=organization.update&since=${since}&limit=2`, { token: secretariat });
    expect(first.status).toBe(200);
    expect(first.body.items.map((e: { after: { founded: number } }) => e.after.founded)).toEqual([1983, 1982]);
    expect(first.body.items[0]).toMatchObject({ actor: { personId, displayName: 'Ada Secretariat' }, role: 'secretariat', entity: { type: 'organization', id: 'demo-idem-one' } });
    const second = await send('GET', `/v1/audit?actor=${personId}&entityId=demo-idem-one&action=organization.update&since=${since}&limit=2&cursor=${first.body.nextCursor}`, { token: secretariat });
    expect(second.body.items.map((e: { after: { founded: number } }) => e.after.founded)).toEqual([1981]);
    expect(second.body.nextCursor).toBeNull();
    expect((await send('GET', `/v1/audit?until=${since}&entityId=demo-idem-one&action=organization.update`, { token: secretariat })).body.items).toEqual([]);
    expect((await send('GET', '/v1/audit?action=drop-table', { token: secretariat })).status).toBe(400);
  });
});

describe('contact erasure', () => {
  it('erases the contact from the profile, its revisions and the audit copies, and logs that it did', async () => {
    const id = 'demo-idem-one';
    const person = { kind: 'email', value: 'jane.doe@idem.example.org', fictional: true };
    const current = (await read(id, secretariat)).organization;
    expect((await patch(id, { contacts: [...current.contacts, person] }, secretariat)).status).toBe(200);
    const editor = (await issueTestToken(server.running.storage, [{ role: 'ngo-editor', organization: id }])).token;
    expect((await patch(id, { contacts: [person], founded: 1970 }, editor)).status).toBe(202);

    const erased = await send('POST', `/v1/organizations/${id}/contact-erasures`, { token: secretariat, body: { value: person.value } });
    expect(erased.status).toBe(200);
    expect(JSON.stringify(erased.body)).not.toContain(person.value);
    const everything = await Promise.all([
      send('GET', `/v1/organizations/${id}`, { token: secretariat }),
      send('GET', `/v1/revisions?organization=${id}`, { token: secretariat }),
      send('GET', `/v1/audit?limit=100`, { token: secretariat }),
    ]);
    for (const answer of everything) expect(JSON.stringify(answer.body)).not.toContain(person.value);
    const log = everything[2]!.body.items.find((e: { action: string }) => e.action === 'contact.erase');
    expect(log).toMatchObject({ entity: { type: 'organization', id }, note: expect.stringMatching(/erased/i) });
  });
});
