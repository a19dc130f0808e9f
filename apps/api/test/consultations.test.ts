import { beforeAll, describe, expect, it } from 'vitest';
import { issueTestToken } from './credentials.js';
import { useTestServer } from './test-server.js';
import { writeRequests } from './write-requests.js';

/*
 * Collective consultations over HTTP against a real database: a sector opens one, an NGO's
 * editor answers and edits its one response, outsiders get 403 or 404 as the audience says,
 * after closing a response is refused with 409, and the owner publishes the results.
 */
const server = useTestServer();
const { send } = writeRequests(server);
const OWN = 'demo-lanternfish-literacy-network';
const OTHER = 'demo-saltmarsh-heritage-collective';
const tokens = {} as Record<'secretariat' | 'editor' | 'other' | 'ed' | 'clt' | 'state', string>;

const inboxKinds = async (token: string, id: string) =>
  ((await send('GET', '/v1/inbox?limit=100', { token })).body.items as { kind: string; subject: { id: string } }[]).filter((item) => item.subject.id === id).map((item) => item.kind);

beforeAll(async () => {
  const storage = server.running.storage;
  tokens.secretariat = (await issueTestToken(storage, [{ role: 'secretariat' }])).token;
  tokens.editor = (await issueTestToken(storage, [{ role: 'ngo-editor', organization: OWN }])).token;
  tokens.other = (await issueTestToken(storage, [{ role: 'ngo-editor', organization: OTHER }])).token;
  tokens.ed = (await issueTestToken(storage, [{ role: 'sector', sector: 'ED' }])).token;
  tokens.clt = (await issueTestToken(storage, [{ role: 'sector', sector: 'CLT' }])).token;
  tokens.state = (await issueTestToken(storage, [{ role: 'member-state', country: 'FR', via: 'national-commission' }])).token;
});

const hour = 3_600_000;
const iso = (offset: number) => new Date(Date.now() + offset).toISOString();
const questions = [
  { key: 'priority', kind: 'single-choice', prompt: { en: 'Priority?' }, options: [{ key: 'a', label: { en: 'A' } }, { key: 'b', label: { en: 'B' } }], required: true },
  { key: 'rank', kind: 'ranking', prompt: { en: 'Rank' }, options: [{ key: 'x', label: { en: 'X' } }, { key: 'y', label: { en: 'Y' } }] },
  { key: 'say', kind: 'free-text', prompt: { en: 'Anything else?', fr: 'Autre chose ?' } },
];
const input = (over: Record<string, unknown> = {}) => ({
  title: { en: 'Literacy priorities' },
  owner: { kind: 'sector', sector: 'ED' },
  audience: { kind: 'organizations', organizations: [OWN] },
  questions,
  opensAt: iso(-hour),
  closesAt: iso(24 * hour),
  ...over,
});

describe('collective consultations', () => {
  let id: string;
  let closed: string;

  it('is opened by its sector (201, Location, audited), not by another sector (403)', async () => {
    expect((await send('POST', '/v1/consultations', { token: tokens.clt, body: input() })).status).toBe(403);
    const bad = await send('POST', '/v1/consultations', { token: tokens.ed, body: input({ closesAt: iso(-2 * hour) }) });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('closesAt');
    const answer = await send('POST', '/v1/consultations', { token: tokens.ed, body: input() });
    expect(answer.status, JSON.stringify(answer.body)).toBe(201);
    id = answer.body.id;
    expect(answer.headers.get('location')).toBe(`/v1/consultations/${id}`);
    const audit = await send('GET', `/v1/audit?entity=${id}`, { token: tokens.secretariat });
    if (audit.status === 200) expect(JSON.stringify(audit.body)).toContain('consultation.create');
    const past = await send('POST', '/v1/consultations', { token: tokens.secretariat, body: input({ opensAt: iso(-48 * hour), closesAt: iso(-hour) }) });
    closed = past.body.id;
  });

  it('is hidden (404) from those outside a listed audience, and listed for its audience', async () => {
    expect((await send('GET', `/v1/consultations/${id}`, { token: tokens.other })).status).toBe(404);
    expect((await send('GET', `/v1/consultations/${id}`)).status).toBe(404);
    expect((await send('PUT', `/v1/consultations/${id}/responses/mine`, { token: tokens.other, body: { organization: OTHER, answers: { priority: 'a' } } })).status).toBe(404);
    expect((await send('GET', `/v1/consultations/${id}`, { token: tokens.editor })).status).toBe(200);
    const listed = await send('GET', '/v1/consultations', { token: tokens.editor });
    expect(listed.body.items.map((c: { id: string }) => c.id)).toContain(id);
    expect((await send('GET', '/v1/consultations', { token: tokens.other })).body.items.map((c: { id: string }) => c.id)).not.toContain(id);
    // The invited organisation found it in its inbox (and so by mail); others did not.
    expect(await inboxKinds(tokens.editor, id)).toEqual(['consultation.opened']);
    expect(await inboxKinds(tokens.other, id)).toEqual([]);
  });

  it('refuses (403) someone outside a public audience', async () => {
    const open = await send('POST', '/v1/consultations', { token: tokens.secretariat, body: input({ owner: { kind: 'secretariat', onBehalfOfMemberStates: true }, audience: { kind: 'member-states' } }) });
    expect(open.status).toBe(201);
    expect((await send('GET', `/v1/consultations/${open.body.id}`)).status).toBe(200);
    expect((await send('PUT', `/v1/consultations/${open.body.id}/responses/mine`, { token: tokens.editor, body: { organization: OWN, answers: { priority: 'a' } } })).status).toBe(403);
    expect((await send('PUT', `/v1/consultations/${open.body.id}/responses/mine`, { token: tokens.state, body: { answers: { priority: 'b' } } })).status).toBe(200);
  });

  it('reaches a region’s partners (by their headquarters’ country), who alone answer it; a Member States’ one reaches each Member State’s inbox', async () => {
    // OWN is headquartered in Dakar (Africa), OTHER in Aveiro (Europe and North America).
    const regional = await send('POST', '/v1/consultations', { token: tokens.secretariat, body: input({ owner: { kind: 'secretariat' }, audience: { kind: 'region', region: 'africa' } }) });
    expect(regional.status, JSON.stringify(regional.body)).toBe(201);
    expect(await inboxKinds(tokens.editor, regional.body.id)).toEqual(['consultation.opened']);
    expect(await inboxKinds(tokens.other, regional.body.id)).toEqual([]);
    const answer = (token: string, organization: string) =>
      send('PUT', `/v1/consultations/${regional.body.id}/responses/mine`, { token, body: { organization, answers: { priority: 'a' } } });
    expect((await answer(tokens.editor, OWN)).status).toBe(200);
    expect((await answer(tokens.other, OTHER)).status).toBe(403);

    const states = await send('POST', '/v1/consultations', { token: tokens.secretariat, body: input({ owner: { kind: 'secretariat', onBehalfOfMemberStates: true }, audience: { kind: 'member-states' } }) });
    expect(await inboxKinds(tokens.state, states.body.id)).toEqual(['consultation.opened']);
    expect(await inboxKinds(tokens.editor, states.body.id)).toEqual([]);
  });

  it('keeps one response per respondent: a second PUT updates, never duplicates', async () => {
    const invalid = await send('PUT', `/v1/consultations/${id}/responses/mine`, { token: tokens.editor, body: { organization: OWN, answers: { priority: 'z' } } });
    expect(invalid.status).toBe(400);
    expect(JSON.stringify(invalid.body)).toContain('answers.priority');
    const first = await send('PUT', `/v1/consultations/${id}/responses/mine`, { token: tokens.editor, body: { organization: OWN, answers: { priority: 'a', rank: ['x', 'y'], say: '=1+1' } } });
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    const second = await send('PUT', `/v1/consultations/${id}/responses/mine`, { token: tokens.editor, body: { organization: OWN, answers: { priority: 'b', rank: ['y', 'x'], say: 'More books' } } });
    expect(second.status).toBe(200);
    expect(second.body.submittedAt).toBe(first.body.submittedAt);
    const mine = await send('GET', `/v1/consultations/${id}/responses/mine`, { token: tokens.editor });
    expect(mine.body.answers.priority).toBe('b');
    const results = await send('GET', `/v1/consultations/${id}/results`, { token: tokens.ed });
    expect(results.status).toBe(200);
    expect(results.body.responses).toBe(1);
    expect(results.body.questions[0].counts).toEqual([{ option: 'a', count: 0 }, { option: 'b', count: 1 }]);
    expect((await send('GET', `/v1/consultations/${id}/results`, { token: tokens.editor })).status).toBe(403);
  });

  it('refuses a response after closing (409), then publishes the results for everyone', async () => {
    const late = await send('PUT', `/v1/consultations/${closed}/responses/mine`, { token: tokens.editor, body: { organization: OWN, answers: { priority: 'a' } } });
    expect(late.status).toBe(409);
    expect(late.headers.get('content-type')).toContain('application/problem+json');
    expect((await send('POST', `/v1/consultations/${id}/results/publish`, { token: tokens.ed })).status).toBe(409);
    expect((await send('POST', `/v1/consultations/${closed}/results/publish`, { token: tokens.editor })).status).toBe(403);
    const published = await send('POST', `/v1/consultations/${closed}/results/publish`, { token: tokens.secretariat });
    expect(published.status).toBe(200);
    expect(published.body.resultsPublishedAt).toBeTruthy();
    expect((await send('POST', `/v1/consultations/${closed}/results/publish`, { token: tokens.secretariat })).status).toBe(409);
    expect(await inboxKinds(tokens.editor, closed)).toEqual(['consultation.results-published', 'consultation.opened']);
    expect((await send('GET', `/v1/consultations/${closed}/results`, { token: tokens.editor })).status).toBe(200);
  });

  it('exports the free text as CSV with formulas neutralised', async () => {
    const csv = await fetch(`${server.url}/v1/consultations/${id}/free-text.csv?lang=fr`, { headers: { authorization: `Bearer ${tokens.ed}` } });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const text = await csv.text();
    expect(text).toContain(`organization:${OWN},say,Autre chose ?,More books`);
  });
});
