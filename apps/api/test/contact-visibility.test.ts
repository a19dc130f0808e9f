import { beforeAll, describe, expect, it } from 'vitest';
import { issueTestToken } from './credentials.js';
import { useTestServer } from './test-server.js';
import { writeRequests } from './write-requests.js';

const server = useTestServer();
const { send, read, patch } = writeRequests(server);
const ORG = 'demo-tidepool-ocean-observers';
const SECRET = '+679 000 1234 (partners only)';
const readers = {} as Record<'secretariat' | 'sector' | 'memberState' | 'ownEditor' | 'otherEditor', string>;

beforeAll(async () => {
  const storage = server.running.storage;
  readers.secretariat = (await issueTestToken(storage, [{ role: 'secretariat' }])).token;
  readers.sector = (await issueTestToken(storage, [{ role: 'sector', sector: 'SC' }])).token;
  readers.memberState = (await issueTestToken(storage, [{ role: 'member-state', country: 'FJ', via: 'delegation' }])).token;
  readers.ownEditor = (await issueTestToken(storage, [{ role: 'ngo-editor', organization: ORG }])).token;
  readers.otherEditor = (await issueTestToken(storage, [{ role: 'ngo-editor', organization: 'icom' }])).token;
  const { organization } = await read(ORG, readers.secretariat);
  const answer = await patch(ORG, { contacts: [...organization.contacts, { kind: 'phone', value: SECRET, fictional: true }] }, readers.secretariat);
  expect(answer.status).toBe(200);
});

/** Every read path, as `token` reads it, as text. */
async function everything(token?: string): Promise<string[]> {
  const paths = [`/v1/organizations/${ORG}`, '/v1/organizations?q=tidepool', '/v1/organizations?limit=100', '/v1/organizations.json', '/v1/organizations.csv', '/v1/organizations.vcf', `/v1/organizations/${ORG}/contact.vcf`];
  return Promise.all(
    paths.map(async (path) => {
      const answer = await send('GET', path, { token });
      expect(answer.status, path).toBe(200);
      return `${path}: ${typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body)}`;
    })
  );
}

describe('partners-only contacts', () => {
  it('reach the Secretariat, sectors, Member States and the organisation’s own editors on every read path', async () => {
    for (const token of [readers.secretariat, readers.sector, readers.memberState, readers.ownEditor]) {
      for (const text of await everything(token)) expect(text).toContain(SECRET.slice(0, 12));
    }
  });

  it('never reach anonymous readers or other NGOs’ editors, whoever read the same page before them', async () => {
    await everything(readers.sector); // fills the rendered-page caches with the partners' view
    for (const token of [undefined, readers.otherEditor]) {
      for (const text of await everything(token)) expect(text).not.toContain(SECRET.slice(0, 12));
    }
  });

  it('give each view its own ETag, vary with the credential, and keep a signed-in copy private', async () => {
    const anonymous = await send('GET', `/v1/organizations/${ORG}`);
    const partner = await send('GET', `/v1/organizations/${ORG}`, { token: readers.sector });
    expect(anonymous.headers.get('etag')).not.toBe(partner.headers.get('etag'));
    expect(anonymous.headers.get('vary')).toMatch(/Authorization, Cookie/);
    expect(partner.headers.get('cache-control')).toMatch(/private/);
    expect(anonymous.headers.get('cache-control')).not.toMatch(/private/);
    // A partner's ETag is no 304 for an anonymous reader.
    const revalidated = await send('GET', `/v1/organizations/${ORG}`, { headers: { 'if-none-match': partner.headers.get('etag')! } });
    expect(revalidated.status).toBe(200);
  });
});
