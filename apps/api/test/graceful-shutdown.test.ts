import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDatabase, type TempDatabase } from '../src/testing/temp-database.js';
import { startNodeProcess, type NodeProcess } from './node-process.js';

/*
 * SIGTERM, as an orchestrator sends it during a rolling upgrade, to `npm start`'s process:
 * the request in flight is answered, kept-alive idle connections are closed, the database is
 * closed, and the process exits 0 within a few seconds.
 */
let db: TempDatabase;
let node: NodeProcess;

beforeAll(async () => {
  db = await tempDatabase();
  node = await startNodeProcess(db.env);
}, 60_000);

afterAll(async () => {
  await node?.stop(0);
  await db?.cleanup();
});

/** A GET whose response is read only after `hold` resolves (it is in flight while we wait). */
function slowReader(url: string): Promise<{ status: number; body: Promise<string> }> {
  return new Promise((resolve, reject) => {
    request(url, { agent: false }, (res) => {
      const chunks: Buffer[] = [];
      const body = new Promise<string>((done, fail) => {
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(Buffer.concat(chunks).toString()));
        res.on('error', fail);
      });
      res.pause();
      resolve({ status: res.statusCode ?? 0, body: body.then((text) => text) });
      setTimeout(() => res.resume(), 300);
    })
      .on('error', reject)
      .end();
  });
}

describe('graceful shutdown on SIGTERM', () => {
  it('finishes the request in flight, then exits 0', async () => {
    // An idle kept-alive connection must not hold the process open.
    await fetch(`${node.url}/healthz`);
    const inFlight = slowReader(`${node.url}/v1/organizations.csv?standing=official&standing=pending&standing=former&standing=not-attested`);
    const { status, body } = await inFlight;
    const started = performance.now();
    const exit = node.stop(15_000);
    expect(status).toBe(200);
    expect((await body).split('\n').length).toBeGreaterThan(5);
    expect(await exit).toBe(0);
    // Well within the 5 s keep-alive timeout: the idle connection was closed, not waited out.
    expect(performance.now() - started).toBeLessThan(4_000);
    await expect(fetch(`${node.url}/healthz`)).rejects.toThrow();
  }, 30_000);
});
