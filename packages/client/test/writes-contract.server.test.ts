import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers } from '../src/msw/index.js';
import { useRealServer } from './real-server.js';
import { signUpPeople } from './server-people.js';

/*
 * Contract test: the msw handlers and the real server answer a table of write requests with the
 * same status, problem type and field codes. Both decide with core's write rules; this catches
 * an adapter that drifts (a check in the wrong order, a different status for the same refusal).
 * The msw handlers know the same people, by the tokens the real server issued them.
 */
const server = useRealServer();
const MOCK = 'https://mock.example.org/v1';
const ID = 'demo-lanternfish-literacy-network';
let mock: ReturnType<typeof setupServer> | undefined;
let tokens: Record<'secretariat' | 'editor' | 'memberState', string>;

beforeAll(async () => {
  const people = await signUpPeople(`${server.url}/v1`, server.localInvitation!.link, {
    editor: [{ role: 'ngo-editor', organization: ID }],
    memberState: [{ role: 'member-state', country: 'FR', via: 'delegation' }],
  });
  tokens = { secretariat: people.secretariat.token, editor: people.editor.token, memberState: people.memberState.token };
  mock = setupServer(
    ...createHandlers({
      baseUrl: MOCK,
      people: [
        { token: tokens.secretariat, displayName: 'Ama Secretariat', roles: [{ role: 'secretariat' }] },
        { token: tokens.editor, displayName: 'Test editor', roles: [{ role: 'ngo-editor', organization: ID }] },
        { token: tokens.memberState, displayName: 'Test memberState', roles: [{ role: 'member-state', country: 'FR', via: 'delegation' }] },
      ],
    }),
  );
  mock.listen({ onUnhandledRequest: 'bypass' });
});
afterAll(() => mock?.close());

interface WriteRequest {
  name: string;
  method: 'PATCH' | 'POST' | 'GET';
  path: string;
  as?: keyof typeof tokens;
  ifMatch?: string;
  contentType?: string;
  body?: string;
}

const patch = (body: unknown, extra: Partial<WriteRequest> = {}): Omit<WriteRequest, 'name'> => ({
  method: 'PATCH',
  path: `/organizations/${ID}`,
  as: 'editor',
  ifMatch: '"1"',
  contentType: 'application/merge-patch+json',
  body: JSON.stringify(body),
  ...extra,
});

const TABLE: WriteRequest[] = [
  { name: 'bad patch: a field the editor may not change', ...patch({ kind: 'foundation' }) },
  { name: 'bad patch: unknown and server-owned fields', ...patch({ colour: 'blue', partnership: [] }) },
  { name: 'bad patch: a value the schema refuses', ...patch({ website: 'javascript:alert(1)' }) },
  { name: 'bad patch: not JSON', ...patch(null, { body: '{"website":' }) },
  { name: 'bad patch: another media type', ...patch({ founded: 1990 }, { contentType: 'text/plain' }) },
  { name: 'missing If-Match', ...patch({ founded: 1990 }, { ifMatch: undefined }) },
  { name: 'stale If-Match', ...patch({ founded: 1990 }, { ifMatch: '"999"' }) },
  { name: 'If-Match: *', ...patch({ founded: 1990 }, { ifMatch: '*' }) },
  { name: 'forbidden: a Member State changes a profile', ...patch({ founded: 1990 }, { as: 'memberState' }) },
  { name: 'anonymous', ...patch({ founded: 1990 }, { as: undefined }) },
  { name: 'unknown id', ...patch({ founded: 1990 }, { path: '/organizations/no-such-organization', as: 'secretariat' }) },
  { name: 'admission by an editor', method: 'POST', path: '/organizations', as: 'editor', contentType: 'application/json', body: '{"id":"demo-x"}' },
  { name: 'admission with a server-owned field', method: 'POST', path: '/organizations', as: 'secretariat', contentType: 'application/json', body: '{"id":"demo-x","version":"7"}' },
  { name: 'a decision by a Member State', method: 'POST', path: `/organizations/${ID}/decisions`, as: 'memberState', contentType: 'application/json', body: '{}' },
  { name: 'a decision with an empty body', method: 'POST', path: `/organizations/${ID}/decisions`, as: 'secretariat', contentType: 'application/json', body: '{}' },
  { name: 'a decision for an unknown organisation', method: 'POST', path: '/organizations/no-such-organization/decisions', as: 'secretariat', contentType: 'application/json', body: '{}' },
  { name: 'decisions of an unknown organisation', method: 'GET', path: '/organizations/no-such-organization/decisions' },
  { name: 'publish an unknown revision', method: 'POST', path: '/revisions/no-such-revision/publish', as: 'secretariat' },
  { name: 'read an unknown revision', method: 'GET', path: '/revisions/no-such-revision', as: 'editor' },
  { name: 'revisions, anonymously', method: 'GET', path: '/revisions' },
  { name: 'revisions with an unknown state', method: 'GET', path: '/revisions?state=bogus', as: 'secretariat' },
  { name: 'the audit log, as an editor', method: 'GET', path: '/audit', as: 'editor' },
  { name: 'the audit log with a bad instant', method: 'GET', path: '/audit?since=yesterday', as: 'secretariat' },
  { name: 'erase a contact, as an editor', method: 'POST', path: `/organizations/${ID}/contact-erasures`, as: 'editor', contentType: 'application/json', body: '{"value":"x@example.org"}' },
  { name: 'an Idempotency-Key that is not printable ASCII', method: 'POST', path: '/organizations', as: 'secretariat', contentType: 'application/json', body: '{}' },
];

async function answer(base: string, request: WriteRequest) {
  const headers: Record<string, string> = {};
  if (request.as) headers.authorization = `Bearer ${tokens[request.as]}`;
  if (request.ifMatch) headers['if-match'] = request.ifMatch;
  if (request.contentType) headers['content-type'] = request.contentType;
  if (request.name.startsWith('an Idempotency-Key')) headers['idempotency-key'] = 'two words';
  const response = await fetch(base + request.path, { method: request.method, headers, ...(request.body === undefined ? {} : { body: request.body }) });
  const problem = (await response.json()) as { type?: string; errors?: { path: string; code?: string }[] };
  return { status: response.status, type: problem.type, fields: (problem.errors ?? []).map((e) => `${e.path}:${e.code}`).sort() };
}

describe('write requests: msw answers like the server', () => {
  it.each(TABLE)('$name', async (request) => {
    const fromServer = await answer(`${server.url}/v1`, request);
    expect(fromServer.status).toBeGreaterThanOrEqual(400);
    expect(await answer(MOCK, request)).toEqual(fromServer);
  });
});
