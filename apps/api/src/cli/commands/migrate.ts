import { openDatabase } from '../../storage/database.js';
import { migrateToLatest } from '../../storage/migrate.js';
import type { Command } from '../command.js';

export const migrateCommand: Command = {
  name: 'migrate',
  summary: 'apply pending migrations to the database',
  help: `liaison migrate

Applies the migrations this release has and the database has not, in order, and prints each
one applied. Servers apply them too when they start; running it first keeps a rolling upgrade
from having every node wait on the migration lock. On PostgreSQL a lock makes concurrent runs
apply each migration once.`,
  arguments: [],
  options: {},
  async run({ location, out }) {
    const { db, kind, label } = await openDatabase(location, { migrate: false });
    try {
      const applied = await migrateToLatest(db, kind, label);
      await out(applied.length ? applied.map((name) => `applied ${name}\n`).join('') + `Database ${label} is up to date (${applied.length} applied)\n` : `Database ${label} is up to date (nothing to apply)\n`);
    } finally {
      await db.destroy();
    }
  },
};
