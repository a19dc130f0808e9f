import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { openDatabase } from '../../storage/database.js';
import { writeBackup } from '../../storage/backup.js';
import type { Command } from '../command.js';
import { requireExisting } from '../existing-database.js';

export const backupCommand: Command = {
  name: 'backup',
  summary: 'copy every table into a portable backup file (consistent while servers run)',
  help: `liaison backup <file>

Writes every table the API serves, and the database's migration level, to <file> as JSON
lines. One read transaction takes the whole copy (REPEATABLE READ on PostgreSQL, a read
snapshot of the WAL on SQLite), so it is one moment of the database while servers keep
serving and writing. The file is portable: a backup of SQLite restores into PostgreSQL and
the other way round. It is written beside <file> and renamed when complete, so <file> is
never a partial copy.`,
  arguments: ['file'],
  options: {},
  async run({ positionals: [file = ''], location, out, note }) {
    requireExisting(location);
    const { db, kind, label } = await openDatabase(location, { migrate: false });
    const partial = `${file}.partial`;
    try {
      const stream = createWriteStream(partial, { flags: 'wx' });
      await once(stream, 'open');
      const { end } = await writeBackup(db, kind, async (line) => {
        if (!stream.write(`${line}\n`)) await once(stream, 'drain');
      });
      stream.end();
      await once(stream, 'finish');
      await rename(partial, file);
      note(`backed up ${label}`);
      await out(Object.entries(end).map(([table, rows]) => `${table}: ${rows} rows\n`).join('') + `wrote ${file}\n`);
    } catch (error) {
      await rm(partial, { force: true });
      throw error;
    } finally {
      await db.destroy();
    }
  },
};
