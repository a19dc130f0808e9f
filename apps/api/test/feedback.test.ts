import { beforeAll, describe, expect, it } from 'vitest';
import type { Feedback, InboxItem } from '@ngo-liaison/core';
import { issueTestToken } from './credentials.js';
import { readFeed } from './dialogue-views.js';
import { useTestServer } from './test-server.js';
import { writeRequests } from './write-requests.js';

/*
 * Feedback on programme implementation over HTTP against a real database: an NGO's editor sends
 * it, the programme's sector receives it in its inbox, acknowledges and answers it, the NGO reads
 * the answer in its inbox; it is never public, and hostile text comes back as the data sent.
 */
const server = useTestServer();
const { send } = writeRequests(server);
const OWN = 'demo-lanternfish-literacy-network';
const HOSTILE = '<script>alert(1)</script> &amp; "><img onerror=alert(2)>';
const tokens = {} as Record<'secretariat' | 'editor' | 'ed' | 'clt' | 'abuja', string>;

beforeAll(async () => {
  const storage = server.running.storage;
  tokens.secretariat = (await issueTestToken(storage, [{ role: 'secretariat' }])).token;
  tokens.editor = (await issueTestToken(storage, [{ role: 'ngo-editor', organization: OWN }])).token;
  tokens.ed = (await issueTestToken(storage, [{ role: 'sector', sector: 'ED' }])).token;
  tokens.clt = (await issueTestToken(storage, [{ role: 'sector', sector: 'CLT' }])).token;
  tokens.abuja = (await issueTestToken(storage, [{ role: 'field-office', fieldOffice: 'abuja' }])).token;
});

const input = (over: Record<string, unknown> = {}) => ({
  organization: OWN,
  programme: 'demo-coastal-literacy-initiative',
  country: 'NG',
  fieldOffice: 'abuja',
  subject: `Books in Hausa ${HOSTILE}`,
  text: `Schools ask for books in Hausa.\n${HOSTILE}`,
  language: 'en',
  ...over,
});

const inboxKinds = async (token: string, id: string) =>
  ((await send('GET', '/v1/inbox?limit=100', { token })).body.items as InboxItem[]).filter((item) => item.subject.id === id).map((item) => [item.kind, item.public]);

describe('feedback from an NGO to a sector', () => {
  let id: string;

  it('is sent by the organisation’s editor (201, Location) and reaches the sector and the office it names, not publicly', async () => {
    const answer = await send('POST', '/v1/feedback', { token: tokens.editor, body: input() });
    expect(answer.status, JSON.stringify(answer.body)).toBe(201);
    id = answer.body.id;
    expect(answer.headers.get('location')).toBe(`/v1/feedback/${id}`);
    expect(answer.body).toMatchObject({ ...input(), sector: 'ED', state: 'sent' });
    expect(await inboxKinds(tokens.ed, id)).toEqual([['feedback.received', false]]);
    expect(await inboxKinds(tokens.abuja, id)).toEqual([['feedback.received', false]]);
    expect(await inboxKinds(tokens.clt, id)).toEqual([]);
    for (const key of ['sector:ED', 'field-office:abuja', `organization:${OWN}`]) expect((await readFeed(send, key)).xml, key).not.toContain(id);
  });

  it('is read by the NGO, the sector, the named office and the Secretariat as the text sent; 404 for another sector', async () => {
    for (const token of [tokens.editor, tokens.ed, tokens.abuja, tokens.secretariat]) {
      const one = await send('GET', `/v1/feedback/${id}`, { token });
      expect(one.status).toBe(200);
      expect((one.body as Feedback).subject).toBe(input().subject);
      expect((await send('GET', '/v1/feedback', { token })).body.items.map((f: Feedback) => f.id)).toContain(id);
    }
    expect((await send('GET', `/v1/feedback/${id}`, { token: tokens.clt })).status).toBe(404);
    expect((await send('GET', '/v1/feedback', { token: tokens.clt })).body.items).toEqual([]);
    expect((await send('GET', `/v1/feedback/${id}`)).status).toBe(401);
  });

  it('is acknowledged, then answered by the sector; the NGO reads both in its inbox', async () => {
    expect((await send('POST', `/v1/feedback/${id}/answer`, { token: tokens.clt, body: { text: 'Not ours', language: 'en' } })).status).toBe(404);
    const acknowledged = await send('POST', `/v1/feedback/${id}/acknowledge`, { token: tokens.ed });
    expect(acknowledged.status).toBe(200);
    expect(acknowledged.body.state).toBe('acknowledged');
    expect((await send('POST', `/v1/feedback/${id}/acknowledge`, { token: tokens.ed })).status).toBe(409);
    const answered = await send('POST', `/v1/feedback/${id}/answer`, { token: tokens.ed, body: { text: `Books ordered ${HOSTILE}`, language: 'en' } });
    expect(answered.status, JSON.stringify(answered.body)).toBe(200);
    expect(answered.body).toMatchObject({ state: 'answered', answer: { text: `Books ordered ${HOSTILE}`, language: 'en' } });
    expect((await send('POST', `/v1/feedback/${id}/answer`, { token: tokens.ed, body: { text: 'Again', language: 'en' } })).status).toBe(409);
    expect(await inboxKinds(tokens.editor, id)).toEqual([
      ['feedback.answered', false],
      ['feedback.acknowledged', false],
    ]);
  });

  it('is counted by programme and country for the sector', async () => {
    await send('POST', '/v1/feedback', { token: tokens.editor, body: input({ country: undefined, fieldOffice: undefined, subject: 'No country' }) });
    const summary = await send('GET', '/v1/feedback-summary?programme=demo-coastal-literacy-initiative', { token: tokens.ed });
    expect(summary.status).toBe(200);
    expect(summary.body.rows).toEqual([
      expect.objectContaining({ programme: 'demo-coastal-literacy-initiative', country: 'NG', total: 1, answered: 1 }),
      expect.objectContaining({ programme: 'demo-coastal-literacy-initiative', country: null, total: 1, sent: 1 }),
    ]);
    expect((await send('GET', '/v1/feedback-summary', { token: tokens.clt })).body.rows).toEqual([]);
    expect((await send('GET', '/v1/feedback-summary?state=sent', { token: tokens.ed })).status).toBe(400);
  });

  it('refused (another organisation, an unknown programme) writes no feedback, inbox item or audit entry', async () => {
    const audit = async () => (await send('GET', '/v1/audit?action=feedback.send&limit=100', { token: tokens.secretariat })).body.items.length as number;
    const before = { audit: await audit(), inbox: (await send('GET', '/v1/inbox?limit=100', { token: tokens.ed })).body.items.length };
    expect((await send('POST', '/v1/feedback', { token: tokens.editor, body: input({ organization: 'demo-saltmarsh-heritage-collective' }) })).status).toBe(403);
    const unknown = await send('POST', '/v1/feedback', { token: tokens.editor, body: input({ programme: 'no-such-programme', language: 'xx' }) });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors.map((e: { path: string }) => e.path)).toContain('language');
    expect({ audit: await audit(), inbox: (await send('GET', '/v1/inbox?limit=100', { token: tokens.ed })).body.items.length }).toEqual(before);
  });
});
