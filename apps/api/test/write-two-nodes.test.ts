import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStorage, type Storage } from '../src/storage/storage.js';
import { tempDatabase, type TempDatabase } from '../src/testing/temp-database.js';
import { issueTestToken } from './credentials.js';
import { startNodeProcess, type NodeProcess } from './node-process.js';
import { writeRequests } from './write-requests.js';

/*
 * Two `node dist/main.js` processes on one database (a SQLite file, or PostgreSQL): a change
 * published through one is read through the other within the change feed's bound; a pending
 * revision is read through neither's public paths, and both agree on versions and ETags.
 */
const ORG = 'demo-weathervane-museums-alliance';
const WORD = 'Quorblefinch';
const BOUND_MS = 3_000;

let db: TempDatabase;
const nodes: NodeProcess[] = [];
let storage: Storage | undefined;
const tokens = { secretariat: '', editor: '' };

beforeAll(async () => {
  db = await tempDatabase();
  nodes.push(await startNodeProcess(db.env)); // the first migrates and seeds
  nodes.push(await startNodeProcess(db.env));
  storage = await openStorage(db.location);
  tokens.secretariat = (await issueTestToken(storage, [{ role: 'secretariat' }])).token;
  tokens.editor = (await issueTestToken(storage, [{ role: 'ngo-editor', organization: ORG }])).token;
}, 180_000);

afterAll(async () => {
  await Promise.all(nodes.map((node) => node.stop()));
  await storage?.close();
  await db?.cleanup();
});

/** Milliseconds until `node` finds the organisation by `WORD`, or undefined after the bound. */
async function timeToFind(node: NodeProcess): Promise<number | undefined> {
  const started = Date.now();
  while (Date.now() - started < BOUND_MS) {
    const page = (await (await fetch(`${node.url}/v1/organizations?q=${WORD}`)).json()) as { items: { id: string }[] };
    if (page.items.some((item) => item.id === ORG)) return Date.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return undefined;
}

describe('writes across two nodes', () => {
  it('keeps a pending revision out of both nodes’ public reads; its editor reads it through either', async () => {
    const [a, b] = [writeRequests(nodes[0]!), writeRequests(nodes[1]!)];
    const submitted = await a.patch(ORG, { description: { en: `${WORD} weathervanes on museum roofs.` } }, tokens.editor);
    expect(submitted.status).toBe(202);
    await new Promise((resolve) => setTimeout(resolve, 600)); // three poll intervals
    for (const node of nodes) expect((await (await fetch(`${node.url}/v1/organizations?q=${WORD}`)).json()).total).toBe(0);
    const seen = await b.send('GET', `/v1/revisions/${submitted.body.revision.id}`, { token: tokens.editor });
    expect(seen.body).toMatchObject({ state: 'pending', organizationId: ORG });
  });

  it('serves a publish through one node from the other within the bound, both with the same version', async () => {
    const [a, b] = [writeRequests(nodes[0]!), writeRequests(nodes[1]!)];
    const pending = await b.send('GET', `/v1/revisions?organization=${ORG}`, { token: tokens.secretariat });
    const published = await a.send('POST', `/v1/revisions/${pending.body.items[0].id}/publish`, { token: tokens.secretariat });
    expect(published.status).toBe(200);
    // The node that wrote: at once, on the first request after the answer.
    const first = (await (await fetch(`${nodes[0]!.url}/v1/organizations?q=${WORD}`)).json()) as { items: { id: string }[] };
    expect(first.items.map((item) => item.id)).toContain(ORG);
    const elapsed = await timeToFind(nodes[1]!);
    expect(elapsed, `not found through the other node within ${BOUND_MS} ms`).toBeDefined();
    const [onA, onB] = await Promise.all([a.read(ORG), b.read(ORG)]);
    expect(onA.etag).toBe(onB.etag);
    expect(onB.etag.replace(/^W\//, '')).toBe(`"${published.body.version}"`);
    // The ETag read through B is a valid If-Match on A.
    expect((await a.patch(ORG, { founded: 1961 }, tokens.secretariat, onB.etag)).status).toBe(200);
  });
});
