import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDatabase, type TempDatabase } from '../src/testing/temp-database.js';
import { sendJson, sessionFrom, type CookieSession } from './accounts-http.js';
import { startNodeProcess, type NodeProcess } from './node-process.js';

/*
 * Two server processes (`node dist/main.js`, as `npm start` runs it) on one database, SQLite
 * file or PostgreSQL: a sign-out or a token revoked through one node fails on the other at
 * the very next request (credentials are read from the database, never cached), and neither
 * node's output ever holds a token, a session cookie or a CSRF token.
 */
let db: TempDatabase;
let a: NodeProcess;
let b: NodeProcess;
let session: CookieSession;

beforeAll(async () => {
  db = await tempDatabase();
  a = await startNodeProcess({ ...db.env, LOG_LEVEL: 'info' });
  b = await startNodeProcess({ ...db.env, LOG_LEVEL: 'info' });
  const link = /Sign in as the Secretariat[^\n]*\n\s+(\S+)/.exec(a.output())?.[1];
  expect(link, a.output()).toMatch(/\/sign-in#invitation=liv_/);
  const secret = new URL(link!).hash.slice('#invitation='.length);
  session = await sessionFrom(
    await sendJson(a.url, '/v1/invitations/accept', { secret, displayName: 'Two Nodes', email: 'two@nodes.example', password: 'long enough password' }, { headers: { origin: a.url } })
  );
}, 240_000);

afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  await db?.cleanup();
});

const cookieHeaders = (node: NodeProcess) => ({ cookie: session.cookie, 'x-csrf-token': session.csrfToken, origin: node.url });

describe('accounts across two nodes', () => {
  it('a token created through one node, revoked through the other, fails on the first at once', async () => {
    const created = await sendJson(b.url, '/v1/tokens', { label: 'two nodes' }, { headers: cookieHeaders(b) });
    expect(created.status).toBe(201);
    const { id, token } = (await created.json()) as { id: string; token: string };
    expect((await fetch(`${a.url}/v1/session`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(200);
    expect((await fetch(`${b.url}/v1/tokens/${id}`, { method: 'DELETE', headers: cookieHeaders(b) })).status).toBe(204);
    expect((await fetch(`${a.url}/v1/session`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(401);

    await new Promise((resolve) => setTimeout(resolve, 300)); // let the request lines reach the output
    expect(a.output()).toMatch(/"path":"\/v1\/session","status":401/); // the refused request was logged…
    expect(b.output()).toMatch(/"path":"\/v1\/tokens","status":201/); // …and the one that answered with the token…
    for (const node of [a, b]) expect(node.output()).not.toContain(token.slice(4)); // …without it
  });

  it('a session ended through one node fails on the other at once', async () => {
    expect((await fetch(`${b.url}/v1/session`, { headers: { cookie: session.cookie } })).status).toBe(200);
    expect((await fetch(`${a.url}/v1/session`, { method: 'DELETE', headers: cookieHeaders(a) })).status).toBe(204);
    expect((await fetch(`${b.url}/v1/session`, { headers: { cookie: session.cookie } })).status).toBe(401);
    for (const node of [a, b]) {
      expect(node.output()).not.toContain(session.cookie.split('=')[1]!.slice(4));
      expect(node.output()).not.toContain(session.csrfToken.slice(4));
    }
  });
});
