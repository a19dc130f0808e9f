import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MailMessage } from '@ngo-liaison/core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createMailTransport, type MailTransport } from '../src/mail/mail-transport.js';
import { OutboxSender, type OutboxSenderOptions } from '../src/mail/outbox-sender.js';
import { openStorage, type Storage } from '../src/storage/storage.js';
import { tempDatabase, type TempDatabase } from '../src/testing/temp-database.js';
import { parseMessage, startSmtpSink, type SmtpSink } from './smtp-sink.js';

const T0 = new Date('2026-11-02T09:00:00.000Z');
const minutes = (n: number) => new Date(T0.getTime() + n * 60_000);

function notice(to: string, key: string, extra: Partial<MailMessage> = {}): MailMessage {
  return { kind: 'inbox-notice', to, subject: `Notice ${key}`, text: `Something for you: ${key}`, dedupeKey: `test:${key}:${to}`, ...extra };
}

/** A clock the test moves. */
function testClock(start = T0) {
  let at = start;
  return { now: () => at, set: (next: Date) => void (at = next) };
}

let db: TempDatabase;
let storage: Storage;
let sink: SmtpSink;
let transport: MailTransport;

const openSender = (options: Partial<OutboxSenderOptions> & { now: () => Date }, over: Storage = storage) =>
  new OutboxSender(over.db, over.kind, { transport, leaseMs: 2_000, pollMs: 20, ...options });

beforeAll(async () => {
  sink = await startSmtpSink();
  transport = createMailTransport({ smtpUrl: sink.url, from: 'Liaison <liaison@liaison.test>' });
});
afterAll(async () => {
  await transport.close();
  await sink.close();
});
beforeEach(async () => {
  db = await tempDatabase();
  storage = await openStorage(db.location);
  sink.messages.length = 0;
  sink.failTemporarily(0);
});
afterEach(async () => {
  await storage.close();
  await db.cleanup();
});

const outboxRow = (id: string) => storage.db.selectFrom('outbox').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
const deliveries = (id: string) => storage.db.selectFrom('mail_deliveries').selectAll().where('outbox_id', '=', id).orderBy('attempt').execute();

describe('the outbox sender', () => {
  it('delivers one message at a time over SMTP with text, HTML, extra headers and an iCalendar part, and records each delivery', async () => {
    const ics = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:m1@liaison.test\r\nDTSTAMP:20261102T090000Z\r\nDTSTART:20261110T090000Z\r\nSUMMARY:Meeting\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n';
    await storage.outbox.enqueue(
      [
        notice('Ana@Example.org', 'a', {
          html: '<p dir="rtl">مرحبا</p>',
          headers: { 'List-Unsubscribe': '<https://liaison.test/u?token=x>', 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
          subject: 'Réunion confirmée',
        }),
        notice('bo@example.org', 'b', { kind: 'meeting-invitation', calendar: { method: 'REQUEST', ics } }),
      ],
      T0
    );
    const sender = openSender({ now: () => T0 });
    const first = await sender.sendDueOnce();
    expect(first).toMatchObject({ outcome: 'sent', state: 'sent', recipient: 'ana@example.org', attempt: 1 });
    expect(sink.messages).toHaveLength(1);
    const second = await sender.sendDueOnce();
    expect(second).toMatchObject({ outcome: 'sent', kind: 'meeting-invitation' });
    expect(await sender.sendDueOnce()).toBeUndefined();

    const [ana, bo] = sink.messages;
    expect(ana!.to).toEqual(['ana@example.org']);
    expect(ana!.from).toBe('liaison@liaison.test');
    expect(ana!.subject).toBe('Réunion confirmée');
    expect(ana!.text).toContain('Something for you: a');
    expect(ana!.html).toContain('مرحبا');
    expect(ana!.headers.get('list-unsubscribe')).toBe('<https://liaison.test/u?token=x>');
    expect(ana!.headers.get('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    expect(ana!.headers.get('message-id')).toBe(`<${first!.id}@liaison.test>`);
    const calendar = bo!.parts.find((part) => part.contentType === 'text/calendar');
    expect(calendar?.params.method).toBe('REQUEST');
    expect(calendar?.body).toContain('UID:m1@liaison.test');

    const row = await outboxRow(first!.id);
    expect(row).toMatchObject({ state: 'sent', attempts: 1, sent_at: T0.toISOString(), claimed_until: null });
    const [delivery] = await deliveries(first!.id);
    expect(delivery).toMatchObject({ attempt: 1, outcome: 'sent', at: T0.toISOString() });
    expect(delivery!.detail).toMatch(/^250/);
  });

  it('sends nothing before its time and survives a restart: what was enqueued is sent by the next start', async () => {
    await storage.outbox.enqueue([notice('ana@example.org', 'later')], minutes(10));
    expect(await openSender({ now: () => T0 }).sendDueOnce()).toBeUndefined();
    await storage.close();
    storage = await openStorage(db.location);
    const steps = await openSender({ now: () => minutes(10) }).sendAllDue();
    expect(steps.map((step) => step.outcome)).toEqual(['sent']);
    expect(sink.messagesTo('ana@example.org')).toHaveLength(1);
  });

  it('takes over a message claimed by a node that crashed once its lease has run out, and not before', async () => {
    const clock = testClock();
    await storage.outbox.enqueue([notice('ana@example.org', 'crash')], T0);
    // A node claimed it (lease 2 s) and died before sending.
    await storage.db
      .updateTable('outbox')
      .set({ state: 'sending', attempts: 1, claimed_until: new Date(T0.getTime() + 2_000).toISOString() })
      .execute();
    const sender = openSender({ now: clock.now });
    expect(await sender.sendDueOnce()).toBeUndefined();
    clock.set(new Date(T0.getTime() + 2_001));
    expect(await sender.sendDueOnce()).toMatchObject({ outcome: 'sent', attempt: 2 });
    expect(sink.messages).toHaveLength(1);
  });

  it('retries a temporary failure with bounded backoff (1, 5, 30, 120, 480 minutes), then gives up as failed', async () => {
    const clock = testClock();
    sink.failTemporarily(Infinity);
    await storage.outbox.enqueue([notice('ana@example.org', 'retry')], T0);
    const sender = openSender({ now: clock.now });
    let elapsed = 0;
    for (const wait of [1, 5, 30, 120, 480]) {
      const step = await sender.sendDueOnce();
      expect(step).toMatchObject({ outcome: 'temporary-failure', state: 'pending', nextAttemptAt: minutes(elapsed + wait).toISOString() });
      expect(step!.detail).toMatch(/451/);
      clock.set(minutes(elapsed + wait - 0.01));
      expect(await sender.sendDueOnce(), 'not due before its backoff').toBeUndefined();
      elapsed += wait;
      clock.set(minutes(elapsed));
    }
    const last = await sender.sendDueOnce();
    expect(last).toMatchObject({ outcome: 'temporary-failure', state: 'failed', attempt: 6 });
    clock.set(minutes(100_000));
    expect(await sender.sendDueOnce()).toBeUndefined();
    const id = last!.id;
    expect(await outboxRow(id)).toMatchObject({ state: 'failed', attempts: 6 });
    expect((await deliveries(id)).map((d) => d.outcome)).toEqual(Array(6).fill('temporary-failure'));
    expect(sink.messages).toHaveLength(0);
  });

  it('a temporary failure then succeeds on the retry', async () => {
    const clock = testClock();
    sink.failTemporarily(1);
    await storage.outbox.enqueue([notice('ana@example.org', 'once')], T0);
    const sender = openSender({ now: clock.now });
    expect(await sender.sendDueOnce()).toMatchObject({ state: 'pending' });
    clock.set(minutes(1));
    expect(await sender.sendDueOnce()).toMatchObject({ state: 'sent', attempt: 2 });
    expect(sink.messages).toHaveLength(1);
  });

  it('a hard bounce (550) fails the message and suppresses the address: it is never mailed again', async () => {
    sink.rejectAddress('gone@example.org');
    await storage.outbox.enqueue([notice('gone@example.org', 'one'), notice('ana@example.org', 'two')], T0);
    const sender = openSender({ now: () => T0 });
    const bounce = await sender.sendDueOnce();
    expect(bounce).toMatchObject({ outcome: 'hard-bounce', state: 'failed' });
    expect(bounce!.detail).toMatch(/550|rejected/i);
    expect(await storage.db.selectFrom('mail_suppressions').selectAll().execute()).toEqual([{ address: 'gone@example.org', reason: 'hard-bounce', at: T0.toISOString() }]);
    expect(await sender.sendDueOnce()).toMatchObject({ outcome: 'sent', recipient: 'ana@example.org' });

    await storage.outbox.enqueue([notice('GONE@example.org', 'three')], minutes(1));
    const skipped = await openSender({ now: () => minutes(1) }).sendDueOnce();
    expect(skipped).toMatchObject({ outcome: 'suppressed', state: 'suppressed' });
    expect(await deliveries(skipped!.id)).toEqual([]);
    expect(sink.messagesTo('gone@example.org')).toHaveLength(0);
  });

  it('a message refused after DATA (554) fails without suppressing its address', async () => {
    sink.rejectMessagesTo('strict@example.org');
    await storage.outbox.enqueue([notice('strict@example.org', 'spammy')], T0);
    const step = await openSender({ now: () => T0 }).sendDueOnce();
    expect(step).toMatchObject({ outcome: 'rejected', state: 'failed' });
    expect(step!.detail).toMatch(/554/);
    expect(await storage.db.selectFrom('mail_suppressions').selectAll().execute()).toEqual([]);
    expect((await deliveries(step!.id)).map((d) => d.outcome)).toEqual(['rejected']);
  });

  it('two senders over one database (two nodes) never send the same message twice', async () => {
    const other = await openStorage(db.location);
    try {
      const messages = Array.from({ length: 24 }, (_, i) => notice(`p${i}@example.org`, `n${i}`));
      await storage.outbox.enqueue(messages, T0);
      const a = openSender({ now: () => T0 });
      const b = openSender({ now: () => T0 }, other);
      const [stepsA, stepsB] = await Promise.all([a.sendAllDue(), b.sendAllDue()]);
      expect(stepsA.length + stepsB.length).toBe(24);
      expect(sink.messages).toHaveLength(24);
      expect(new Set(sink.messages.map((m) => m.to[0])).size).toBe(24);
      const rows = await storage.db.selectFrom('mail_deliveries').select('outbox_id').execute();
      expect(new Set(rows.map((r) => r.outbox_id)).size).toBe(24);
      expect(rows).toHaveLength(24);
    } finally {
      await other.close();
    }
  });

  it('the loop sends what is enqueued while it runs, and stops', async () => {
    const sender = openSender({ now: () => new Date() });
    sender.start();
    try {
      await storage.outbox.enqueue([notice('ana@example.org', 'loop')], new Date());
      await sink.waitFor(1, 5_000);
    } finally {
      await sender.stop();
    }
    await storage.outbox.enqueue([notice('bo@example.org', 'after-stop')], new Date());
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(sink.messagesTo('bo@example.org')).toHaveLength(0);
  });

  it('without SMTP_URL writes each message as a real .eml file named <seq>-<kind>.eml', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'liaison-mail-'));
    const files = createMailTransport({ mailDir: dir });
    try {
      expect(files.description).toBe(`writing .eml files to ${dir} (set SMTP_URL to send)`);
      await storage.outbox.enqueue([notice('ana@example.org', 'file', { html: '<p>Bonjour</p>', subject: 'Invitation à Liaison' })], T0);
      const step = await new OutboxSender(storage.db, storage.kind, { transport: files, now: () => T0 }).sendDueOnce();
      const { seq } = await outboxRow(step!.id);
      const name = `${seq}-inbox-notice.eml`;
      expect(readdirSync(dir)).toEqual([name]);
      expect(step!.detail).toBe(join(dir, name));
      const raw = readFileSync(join(dir, name), 'utf8');
      expect(raw).toContain('\r\n');
      const parsed = parseMessage(raw);
      expect(parsed.headers.get('from')).toBe('Liaison <liaison@localhost>');
      expect(parsed.headers.get('to')).toBe('ana@example.org');
      expect(parsed.subject).toBe('Invitation à Liaison');
      expect(parsed.html).toContain('<p>Bonjour</p>');
      expect(parsed.headers.get('mime-version')).toBe('1.0');
      expect(parsed.headers.get('date')).toBeTruthy();
    } finally {
      await files.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
