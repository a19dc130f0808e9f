import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStorage, type Storage } from '../src/storage/storage.js';
import { tempDatabase, type TempDatabase } from '../src/testing/temp-database.js';
import { issueTestToken } from './credentials.js';
import { startNodeProcess, type NodeProcess } from './node-process.js';
import { startSmtpSink, type SmtpSink } from './smtp-sink.js';

/*
 * A SIGKILL in the middle of a newsletter send, as an operator would meet it: `node dist/main.js`
 * sends the month's issue to 60 subscribers through a real (slow) SMTP server on loopback and is
 * killed after some deliveries; a new process on the same database finishes the send. Every
 * recipient gets the issue, once, except at most the one delivery in flight at the kill (its
 * message reached the relay but the process died before recording it). Runs on this run's backend.
 */
const READERS = Array.from({ length: 60 }, (_, i) => `reader-${String(i).padStart(2, '0')}@example.net`);
const MONTH = new Date().toISOString().slice(0, 7);

let db: TempDatabase;
let sink: SmtpSink;
let storage: Storage | undefined;
let node: NodeProcess | undefined;

beforeAll(async () => {
  db = await tempDatabase();
  sink = await startSmtpSink();
}, 120_000);

afterAll(async () => {
  await node?.stop(0);
  await storage?.close();
  await sink?.close();
  await db?.cleanup();
});

const env = () => ({
  ...db.env,
  SMTP_URL: sink.url,
  MAIL_POLL_MS: '10',
  // A short lease: the restarted node takes over the message in flight after 1.5 s, not minutes.
  MAIL_LEASE_MS: '1500',
  LIAISON_SECRET: 'newsletter-crash-secret',
  PUBLIC_URL: 'https://liaison.example',
  RATE_LIMIT_PER_MINUTE: '0',
});

/** Deliveries of this month's issue the relay accepted, per address. */
function deliveries(): Map<string, number> {
  const counts = new Map<string, number>();
  for (const message of sink.messages) {
    if (!message.headers.has('list-unsubscribe')) continue; // the newsletter, not a confirmation
    for (const to of message.to) counts.set(to, (counts.get(to) ?? 0) + 1);
  }
  return counts;
}

describe('a SIGKILL in the middle of a newsletter send', () => {
  it('after a restart every recipient has the issue once, but for at most the one delivery in flight', async () => {
    // Subscribers and the Secretariat's token are written before the node starts: on SQLite the
    // node's mail loop writes every 10 ms, and a second process's read-then-write transaction
    // would meet SQLITE_BUSY (its snapshot is stale) — a race of the test, not of the send.
    storage = await openStorage(db.location);
    const at = new Date().toISOString();
    for (const [i, address] of READERS.entries()) {
      await storage.db.transaction().execute(async (trx) => {
        await storage!.newsletter.signUp(trx, address, i % 2 ? 'ar' : 'fr', [], at);
        await storage!.newsletter.setState(trx, address, 'confirmed', at);
      });
    }
    const { token } = await issueTestToken(storage, [{ role: 'secretariat' }]);
    node = await startNodeProcess(env());
    // A slow relay: each message is accepted 40 ms after its data, so the kill lands mid-send.
    sink.answerAfter(40);
    const sent = await fetch(`${node.url}/v1/newsletters/${MONTH}/send`, { method: 'POST', headers: { authorization: `Bearer ${token}` } });
    expect(sent.status, await sent.clone().text()).toBe(200);
    // One outbox message per address (a contact named by two partners is mailed once).
    const recipients = (await storage.db.selectFrom('outbox').select('recipient').where('kind', '=', 'newsletter').execute()).length;
    expect(recipients).toBeGreaterThanOrEqual(READERS.length);

    await expect.poll(() => [...deliveries().values()].reduce((a, b) => a + b, 0), { timeout: 30_000, interval: 5 }).toBeGreaterThanOrEqual(10);
    node.child.kill('SIGKILL');
    await new Promise((resolve) => node!.child.once('exit', resolve));
    const atKill = [...deliveries().values()].reduce((a, b) => a + b, 0);
    expect(atKill, 'killed in the middle, not after the end').toBeLessThan(recipients);

    node = await startNodeProcess(env());
    sink.answerAfter(0);
    // Done when no message waits: each is sent, or failed for good (the demo data's hostile
    // contact address is refused by the relay: 501, not retried).
    const waiting = async () => (await storage!.db.selectFrom('outbox').select('id').where('kind', '=', 'newsletter').where('state', 'in', ['pending', 'sending']).execute()).length;
    await expect.poll(waiting, { timeout: 60_000, interval: 100 }).toBe(0);
    const sentTo = (await storage.db.selectFrom('outbox').select('recipient').where('kind', '=', 'newsletter').where('state', '=', 'sent').execute()).map((row) => row.recipient);
    expect(sentTo.length).toBeGreaterThanOrEqual(recipients - 1);
    expect(deliveries().size).toBe(sentTo.length);
    // Give a duplicate the time to show up, if the restarted node were to send one.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const counts = deliveries();
    for (const address of READERS) expect(counts.get(address), address).toBeGreaterThanOrEqual(1);
    const repeated = [...counts.entries()].filter(([, count]) => count > 1);
    expect(repeated.length, JSON.stringify(repeated)).toBeLessThanOrEqual(1);
    expect(repeated.every(([, count]) => count === 2)).toBe(true);
  }, 150_000);
});
