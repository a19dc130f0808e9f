import { existsSync } from 'node:fs';
import type { DatabaseLocation } from '../storage/database.js';
import { CommandFailed } from './cli-errors.js';

/** Commands that read the database refuse a missing SQLite file rather than create an empty one. */
export function requireExisting(location: DatabaseLocation): void {
  if ('dbFile' in location && !existsSync(location.dbFile)) {
    throw new CommandFailed(`no database at ${location.dbFile} (set DATABASE_FILE or DATABASE_URL)`);
  }
}
