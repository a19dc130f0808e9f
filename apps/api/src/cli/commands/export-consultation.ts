import { LANGUAGES, freeTextCsv, type Language } from '@ngo-liaison/core';
import { openStorage } from '../../storage/storage.js';
import { CommandFailed, UsageError } from '../cli-errors.js';
import type { Command } from '../command.js';
import { requireExisting } from '../existing-database.js';

export const exportConsultationCommand: Command = {
  name: 'consultations export',
  summary: "write a consultation's free-text answers as CSV on standard output",
  help: `liaison consultations export <id> [--lang <ar|en|es|fr|ru|zh>] > answers.csv

Writes the free-text answers of the consultation as CSV on standard output: one row per
respondent and question (respondent, question, prompt, answer, updatedAt), UTF-8 with a
byte-order mark, CRLF line ends, spreadsheet formulas neutralised; the same rendering as
GET /v1/consultations/{id}/free-text.csv. --lang picks the language of the prompts (en).`,
  arguments: ['id'],
  argumentKind: 'text',
  options: { lang: { type: 'string' } },
  async run({ positionals, values, location, out }) {
    requireExisting(location);
    const [id = ''] = positionals;
    const lang = typeof values.lang === 'string' ? values.lang : 'en';
    if (!(LANGUAGES as readonly string[]).includes(lang)) throw new UsageError(`--lang: must be one of ${LANGUAGES.join(', ')}`);
    const storage = await openStorage(location);
    try {
      const consultation = await storage.consultations.get(id);
      if (!consultation) throw new CommandFailed(`no consultation with id "${id}"`);
      await out(freeTextCsv(consultation, await storage.consultations.responses(id), lang as Language));
    } finally {
      await storage.close();
    }
  },
};
