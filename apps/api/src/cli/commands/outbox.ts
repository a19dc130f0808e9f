import { openStorage, type Storage } from '../../storage/storage.js';
import { CommandFailed, UsageError } from '../cli-errors.js';
import type { Command, CommandContext } from '../command.js';
import { requireExisting } from '../existing-database.js';

async function withStorage<T>(location: CommandContext['location'], work: (storage: Storage) => Promise<T>): Promise<T> {
  requireExisting(location);
  const storage = await openStorage(location);
  try {
    return await work(storage);
  } finally {
    await storage.close();
  }
}

export const outboxCommand: Command = {
  name: 'outbox',
  summary: 'show mail waiting to be sent and mail that failed, with counts',
  help: `liaison outbox [--json]

Counts the outbox's messages by state (pending, sending, sent, failed, suppressed) and lists
those pending, being sent, or failed: id, kind, address, attempts, next attempt, last error.
A running server sends pending mail one message at a time (through SMTP_URL, or as .eml files
in MAIL_DIR). Send failed mail again with "liaison outbox retry".
With --json, one JSON object: {"counts", "messages"}.`,
  arguments: [],
  options: { json: { type: 'boolean' } },
  async run({ values, location, out }) {
    await withStorage(location, async (storage) => {
      const counts = await storage.outbox.counts();
      const messages = await storage.outbox.list(['pending', 'sending', 'failed']);
      if (values.json) return out(`${JSON.stringify({ counts, messages })}\n`);
      const summary = Object.entries(counts)
        .map(([state, n]) => `${n} ${state}`)
        .join(', ');
      const lines = messages.map((m) =>
        [m.id, m.state, m.kind, m.recipient, `attempts ${m.attempts}`, m.state === 'failed' ? `error: ${m.lastError ?? ''}` : `next ${m.nextAttemptAt}${m.lastError ? ` (last error: ${m.lastError})` : ''}`].join('\t')
      );
      return out(`Outbox: ${summary}.\n${lines.length ? `${lines.join('\n')}\n` : 'Nothing waiting and nothing failed.\n'}`);
    });
  },
};

export const outboxRetryCommand: Command = {
  name: 'outbox retry',
  summary: 'send failed mail again (one message by id, or every failed one)',
  help: `liaison outbox retry --id <id> | --failed

--id <id>: the message (see "liaison outbox") is sent again at a running sender's next turn;
if its address bounced hard, the address is mailed again from now on.
--failed: every failed message, except to addresses that bounced hard or unsubscribed.
Each retry is one more attempt; if it fails again, the message is failed again.`,
  arguments: [],
  options: { id: { type: 'string' }, failed: { type: 'boolean' } },
  async run({ values, location, out }) {
    const id = typeof values.id === 'string' ? values.id.trim() : undefined;
    if (!id === !values.failed) throw new UsageError('give either --id <id> or --failed');
    await withStorage(location, async (storage) => {
      const now = new Date();
      if (!id) return out(`${await storage.outbox.retryFailed(now)} failed messages will be sent again.\n`);
      const retried = await storage.outbox.retry(id, now);
      if (!retried) throw new CommandFailed(`no outbox message with id "${id}" (see liaison outbox)`);
      if (retried.previous !== 'failed' && retried.previous !== 'suppressed') return out(`Message ${id} is ${retried.previous}: nothing to retry.\n`);
      return out(`Message ${id} to ${retried.recipient} will be sent again${retried.unsuppressed ? `; ${retried.recipient} is no longer suppressed` : ''}.\n`);
    });
  },
};
