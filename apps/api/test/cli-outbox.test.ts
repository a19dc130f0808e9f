import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';
import { useSmtpSink } from './smtp-sink.js';
import { useTestServer } from './test-server.js';

/*
 * `liaison outbox` and `liaison outbox retry` over the database of a server whose sender the
 * test drives one message at a time (no retries: a temporary failure is final at once).
 */
const sink = useSmtpSink();
const server = useTestServer(() => ({ mail: { smtpUrl: sink.url, send: false, backoffMinutes: [] } }));
const notice = (to: string, key: string) => ({ kind: 'inbox-notice' as const, to, subject: `Notice ${key}`, text: key, dedupeKey: `cli-outbox:${key}` });

describe('liaison outbox', { timeout: 60_000 }, () => {
  it('lists pending and failed mail with counts, and retries one message or every failed one', async () => {
    const { storage, mail } = server.running;
    sink.rejectAddress('gone@example.org');
    sink.failTemporarily(1);
    const now = new Date();
    await storage.outbox.enqueue([notice('flaky@example.org', 'flaky'), notice('gone@example.org', 'gone')], now);
    await storage.outbox.enqueue([notice('later@example.org', 'later')], new Date(now.getTime() + 3_600_000));
    expect((await mail.sender.sendAllDue()).map((step) => [step.recipient, step.outcome, step.state])).toEqual([
      ['flaky@example.org', 'temporary-failure', 'failed'],
      ['gone@example.org', 'hard-bounce', 'failed'],
    ]);

    const json = await runCli(['outbox', '--json'], server.env);
    expect(json.status, json.stderr).toBe(0);
    const listed = JSON.parse(json.stdout) as { counts: Record<string, number>; messages: { id: string; recipient: string; state: string; lastError: string | null }[] };
    expect(listed.counts).toEqual({ pending: 1, sending: 0, sent: 0, failed: 2, suppressed: 0 });
    expect(listed.messages.map((m) => [m.recipient, m.state])).toEqual([
      ['flaky@example.org', 'failed'],
      ['gone@example.org', 'failed'],
      ['later@example.org', 'pending'],
    ]);
    expect(listed.messages[0]!.lastError).toMatch(/451/);

    const text = await runCli(['outbox'], server.env);
    expect(text.stdout).toContain('Outbox: 1 pending, 0 sending, 0 sent, 2 failed, 0 suppressed.');
    expect(text.stdout).toMatch(/\tfailed\tinbox-notice\tgone@example\.org\tattempts 1\terror: .*550/);

    const all = await runCli(['outbox', 'retry', '--failed'], server.env);
    expect(all.status, all.stderr).toBe(0);
    expect(all.stdout).toBe('1 failed messages will be sent again.\n');
    expect((await mail.sender.sendAllDue()).map((step) => [step.recipient, step.outcome])).toEqual([['flaky@example.org', 'sent']]);
    expect(sink.messagesTo('flaky@example.org')).toHaveLength(1);

    const gone = listed.messages[1]!.id;
    const one = await runCli(['outbox', 'retry', '--id', gone], server.env);
    expect(one.status, one.stderr).toBe(0);
    expect(one.stdout).toBe(`Message ${gone} to gone@example.org will be sent again; gone@example.org is no longer suppressed.\n`);
    expect(await storage.db.selectFrom('mail_suppressions').selectAll().execute()).toEqual([]);
    expect(await storage.db.selectFrom('outbox').select('state').where('id', '=', gone).executeTakeFirst()).toEqual({ state: 'pending' });
  });

  it('retry needs --id or --failed, and names an unknown id', async () => {
    const neither = await runCli(['outbox', 'retry'], server.env);
    expect(neither.status).toBe(2);
    expect(neither.stderr).toContain('give either --id <id> or --failed');
    const unknown = await runCli(['outbox', 'retry', '--id', 'nope'], server.env);
    expect(unknown.status).not.toBe(0);
    expect(unknown.stderr).toContain('no outbox message with id "nope"');
  });
});
