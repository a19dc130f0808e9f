import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { NewsletterMonth, safeParse } from '@ngo-liaison/core';
import { openStorage, type Storage } from '../../storage/storage.js';
import { composeMonth } from '../../newsletter/newsletter-issues.js';
import { sendNewsletterMonth } from '../../newsletter/send-newsletter.js';
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

function monthArgument(positionals: readonly string[]): string {
  const month = positionals[0] ?? '';
  if (!safeParse(NewsletterMonth, month).success) throw new UsageError(`"${month}" is not a month yyyy-mm`);
  return month;
}

export const newsletterComposeCommand: Command = {
  name: 'newsletter compose',
  summary: "write a month's newsletter (HTML, text, JSON per language) to a folder for review",
  help: `liaison newsletter compose <yyyy-mm> [--out <folder>]

Composes the month's issue from the data and the Secretariat's draft, in the six languages,
and writes <lang>.html, <lang>.txt and <lang>.json to --out (default newsletter-<yyyy-mm>).
Nothing is stored or sent.`,
  arguments: ['month'],
  argumentKind: 'text',
  options: { out: { type: 'string' } },
  async run({ values, positionals, location, out, note }) {
    const month = monthArgument(positionals);
    const folder = resolve(process.env.INIT_CWD ?? process.cwd(), typeof values.out === 'string' ? values.out : `newsletter-${month}`);
    await withStorage(location, async (storage) => {
      const issues = await composeMonth(storage.db, storage, month, new Date());
      await mkdir(folder, { recursive: true });
      for (const issue of issues) {
        await writeFile(join(folder, `${issue.language}.html`), issue.html);
        await writeFile(join(folder, `${issue.language}.txt`), issue.text);
        await writeFile(join(folder, `${issue.language}.json`), `${JSON.stringify(issue, null, 2)}\n`);
      }
      note(`Composed ${month} in ${issues.length} languages (${issues[0]?.sections.length ?? 0} sections).`);
      await out(`${folder}\n`);
    });
  },
};

export const newsletterSendCommand: Command = {
  name: 'newsletter send',
  summary: "send a month's newsletter to partners' contacts and confirmed subscribers (via the outbox)",
  help: `liaison newsletter send <yyyy-mm>

Enqueues one mail per recipient in the outbox, which the server sends. Sending again reaches
only addresses that have not had the issue. Needs LIAISON_SECRET (it signs the unsubscribe
links the server verifies) and PUBLIC_URL (where those links point).`,
  arguments: ['month'],
  argumentKind: 'text',
  options: {},
  async run({ positionals, location, out, note }) {
    const month = monthArgument(positionals);
    const linkSecret = process.env.LIAISON_SECRET;
    const base = process.env.PUBLIC_URL;
    if (!linkSecret || !base) throw new CommandFailed('set LIAISON_SECRET and PUBLIC_URL as the server has them: the unsubscribe links must verify there');
    await withStorage(location, async (storage) => {
      const result = await storage.db.transaction().execute((db) => sendNewsletterMonth(db, storage, { month, at: new Date(), base, linkSecret }));
      note(`${result.recipients} recipients; ${result.enqueued} mails enqueued (the others had the issue already).`);
      await out(`${JSON.stringify(result)}\n`);
    });
  },
};
