import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type ServerOptions } from '../src/index.js';
import { tempDatabase, type TempDatabase } from '../src/testing/temp-database.js';
import { OutboxRepository } from '../src/mail/outbox-repository.js';
import { startNodeProcess } from './node-process.js';
import { parseMessage, startSmtpSink, type SmtpSink } from './smtp-sink.js';

const base: ServerOptions = { port: 0, host: '127.0.0.1', widgetsDir: null, demoDir: null, localInvitation: false };
const notice = (to: string, key: string) => ({ kind: 'inbox-notice' as const, to, subject: `Notice ${key}`, text: `Text ${key}`, dedupeKey: `mail-server:${key}` });

let sink: SmtpSink;
let mailDir: string;
beforeAll(async () => {
  sink = await startSmtpSink();
  mailDir = mkdtempSync(join(tmpdir(), 'liaison-mail-'));
});
afterAll(async () => {
  await sink.close();
  rmSync(mailDir, { recursive: true, force: true });
});

async function withDatabase<T>(run: (db: TempDatabase) => Promise<T>): Promise<T> {
  const db = await tempDatabase();
  try {
    return await run(db);
  } finally {
    await db.cleanup();
  }
}

describe('the server mails', () => {
  it('through SMTP_URL: what is enqueued reaches the SMTP server, sent by the node’s sender loop', () =>
    withDatabase(async (db) => {
      const server = await startServer({ ...base, ...db.location, mail: { smtpUrl: sink.url, pollMs: 25, from: 'Liaison <liaison@liaison.test>' } });
      try {
        expect(server.mail).toMatchObject({ transport: 'smtp', target: sink.url, description: `sending through ${sink.url}` });
        await server.storage.outbox.enqueue([notice('ana@example.org', 'smtp')], new Date());
        const [message] = await sink.waitFor(1);
        expect(message).toMatchObject({ to: ['ana@example.org'], subject: 'Notice smtp', from: 'liaison@liaison.test' });
      } finally {
        await server.close();
      }
    }));

  it('without SMTP_URL: writes an .eml file to MAIL_DIR and says where', () =>
    withDatabase(async (db) => {
      const server = await startServer({ ...base, ...db.location, mail: { mailDir, pollMs: 25 } });
      try {
        expect(server.mail).toMatchObject({ transport: 'files', target: mailDir, description: `writing .eml files to ${mailDir} (set SMTP_URL to send)` });
        await server.storage.outbox.enqueue([notice('bo@example.org', 'file')], new Date());
        const deadline = Date.now() + 5_000;
        while (!readdirSync(mailDir).length && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 25));
        const [file] = readdirSync(mailDir);
        expect(file).toMatch(/^\d+-inbox-notice\.eml$/);
        const parsed = parseMessage(readFileSync(join(mailDir, file!), 'utf8'));
        expect(parsed.headers.get('to')).toBe('bo@example.org');
        expect(parsed.headers.get('from')).toBe('Liaison <liaison@localhost>');
        expect(parsed.text).toContain('Text file');
      } finally {
        await server.close();
      }
    }));

  it('outside production generates the link secret once and keeps it in the database for every node and restart', () =>
    withDatabase(async (db) => {
      const first = await startServer({ ...base, ...db.location, mail: { mailDir, send: false } });
      const secret = first.mail.linkSecret;
      const second = await startServer({ ...base, ...db.location, mail: { mailDir, send: false } });
      try {
        expect(secret).toMatch(/^[\w-]{43}$/);
        expect(second.mail.linkSecret).toBe(secret);
      } finally {
        await second.close();
        await first.close();
      }
      const restarted = await startServer({ ...base, ...db.location, mail: { mailDir, send: false } });
      try {
        expect(restarted.mail.linkSecret).toBe(secret);
      } finally {
        await restarted.close();
      }
      const configured = await startServer({ ...base, ...db.location, mail: { mailDir, send: false, secret: 'configured-secret-of-the-deployment' } });
      try {
        expect(configured.mail.linkSecret).toBe('configured-secret-of-the-deployment');
      } finally {
        await configured.close();
      }
    }));

  it('in production refuses to start without LIAISON_SECRET, before creating anything', () =>
    withDatabase(async (db) => {
      await expect(startServer({ ...base, ...db.location, production: true })).rejects.toThrow(/LIAISON_SECRET must be set in production/);
      expect(await db.holdsNoData()).toBe(true);
      if ('dbFile' in db.location) expect(existsSync(db.location.dbFile)).toBe(false);
    }));
});

describe('npm start (a child process) reads the mail environment', { timeout: 120_000 }, () => {
  it('SMTP_URL: says where mail goes (no password) and sends what is enqueued', () =>
    withDatabase(async (db) => {
      const smtpUrl = sink.url.replace('smtp://', 'smtp://user:hunter2-secret@');
      const node = await startNodeProcess({ ...db.env, SMTP_URL: smtpUrl, MAIL_POLL_MS: '50', MAIL_LEASE_MS: '2000', LOG_LEVEL: 'info' });
      try {
        const connection = await db.connect();
        try {
          await new OutboxRepository(connection).enqueue([notice('child@example.org', 'child')], new Date());
        } finally {
          await connection.destroy();
        }
        const deadline = Date.now() + 15_000;
        while (!sink.messagesTo('child@example.org').length && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
        expect(sink.messagesTo('child@example.org')).toHaveLength(1);
        expect(node.output()).toContain(`Mail: sending through ${sink.url}`);
        expect(node.output()).not.toContain('hunter2-secret');
      } finally {
        await node.stop();
      }
    }));

  it('without SMTP_URL says where the .eml files go; in production refuses to start without LIAISON_SECRET', () =>
    withDatabase(async (db) => {
      const node = await startNodeProcess({ ...db.env, MAIL_DIR: mailDir, LOG_LEVEL: 'info' });
      try {
        const deadline = Date.now() + 10_000;
        while (!node.output().includes('Mail: ') && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 25));
        expect(node.output()).toContain(`Mail: writing .eml files to ${mailDir} (set SMTP_URL to send)`);
      } finally {
        await node.stop();
      }
      await expect(startNodeProcess({ ...db.env, NODE_ENV: 'production', LIAISON_SECRET: '' })).rejects.toThrow(/LIAISON_SECRET must be set in production/);
    }));
});
