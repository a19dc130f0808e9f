import { readFile } from 'node:fs/promises';
import { openDatabase } from '../../storage/database.js';
import { readBackup, restoreBackup } from '../../storage/backup.js';
import { CommandFailed } from '../cli-errors.js';
import type { Command } from '../command.js';

export const restoreCommand: Command = {
  name: 'restore',
  summary: 'load a backup file into the database, all or nothing',
  help: `liaison restore <file> [--replace]

Loads a file written by \`liaison backup\` (from SQLite or PostgreSQL) into the database in one
transaction: all of it or, on any failure, nothing. The database is migrated first and must
then be at the backup's migration level. It must hold no data, unless --replace: then every
row of every table is deleted and replaced in the same transaction. Running servers serve the
restored data within a second.

  --replace   replace whatever the database holds`,
  arguments: ['file'],
  options: { replace: { type: 'boolean' } },
  async run({ values, positionals: [file = ''], location, out, note }) {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      throw new CommandFailed(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
    let backup;
    try {
      backup = readBackup(text.split('\n').filter((line) => line !== ''));
    } catch (error) {
      throw new CommandFailed(`${file}: ${(error as Error).message}; nothing was restored`);
    }
    note(`read ${backup.rows.length} rows from ${file} (made on ${backup.header.source})`);
    const { db, label } = await openDatabase(location);
    try {
      await restoreBackup(db, backup, { replace: values.replace === true });
    } catch (error) {
      throw new CommandFailed(`${label}: ${(error as Error).message}; nothing was restored`);
    } finally {
      await db.destroy();
    }
    await out(Object.entries(backup.counts).map(([table, rows]) => `${table}: ${rows} rows\n`).join('') + `restored ${file} into ${label}\n`);
  },
};
