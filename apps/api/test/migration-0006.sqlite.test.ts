import BetterSqlite3 from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect, sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ChangeFeed } from '../src/storage/change-feed.js';
import { migrationProvider } from '../src/storage/migrations.js';
import { ProgrammeRepository } from '../src/storage/programme-repository.js';
import type { Database } from '../src/storage/schema.js';
import { openDatabase } from '../src/storage/database.js';
import { tempDbFile } from './temp-db.js';
import { OLD_ACTION } from './old-action.js';


let db: ReturnType<typeof tempDbFile>;
beforeEach(() => {
  db = tempDbFile();
});
afterEach(() => db.cleanup());

/** A database as 0003 left it, holding one action in the old shape. */
async function databaseBefore0006(file: string): Promise<void> {
  const old = new Kysely<Database>({ dialect: new SqliteDialect({ database: new BetterSqlite3(file) }) });
  const { error } = await new Migrator({ db: old, provider: migrationProvider('sqlite') }).migrateTo('0003_programmes');
  if (error) throw error;
  await sql`insert into actions (id, organization_id, programme_id, start_date, end_date, data)
    values (${OLD_ACTION.id}, ${OLD_ACTION.organization}, ${OLD_ACTION.programme}, ${OLD_ACTION.period.start}, null, ${JSON.stringify(OLD_ACTION)})`.execute(
    old
  );
  await old.destroy();
}

describe('migration 0006_liaison_committee', () => {
  it("turns a stored action's organisation into its actor, in the record and in the key columns", async () => {
    await databaseBefore0006(db.file);
    const migrated = (await openDatabase({ dbFile: db.file })).db;
    try {
      const { actions } = await new ProgrammeRepository(migrated, await ChangeFeed.open(migrated, 'sqlite')).snapshot();
      const { organization: _organization, ...rest } = OLD_ACTION;
      expect(actions).toEqual([{ ...rest, actor: { kind: 'organization', organization: OLD_ACTION.organization } }]);
      const row = await migrated.selectFrom('actions').select(['actor_kind', 'actor_id']).executeTakeFirstOrThrow();
      expect(row).toEqual({ actor_kind: 'organization', actor_id: OLD_ACTION.organization });
      const columns = await sql<{ name: string }>`select name from pragma_table_info('actions')`.execute(migrated);
      expect(columns.rows.map((c) => c.name)).not.toContain('organization_id');
      const tables = await sql<{ name: string }>`select name from sqlite_master where type = 'table'`.execute(migrated);
      expect(tables.rows.map((t) => t.name)).toEqual(expect.arrayContaining(['liaison_committee_mandates', 'expert_designations']));
    } finally {
      await migrated.destroy();
    }
  });

  it('goes back down for organisation actions, and refuses while a field office is an actor', async () => {
    await databaseBefore0006(db.file);
    const migrated = (await openDatabase({ dbFile: db.file })).db;
    try {
      const migrator = new Migrator({ db: migrated, provider: migrationProvider('sqlite') });
      await sql`update actions set actor_kind = 'field-office', actor_id = 'dakar'`.execute(migrated);
      // Down to before 0006: 0007 (the change log) goes first, then 0006 refuses.
      expect((await migrator.migrateTo('0005_sessions')).error).toBeInstanceOf(Error);
      await sql`update actions set actor_kind = 'organization', actor_id = ${OLD_ACTION.organization}`.execute(migrated);
      expect((await migrator.migrateTo('0005_sessions')).error).toBeUndefined();
      const { rows } = await sql<{ data: string; organization_id: string }>`select data, organization_id from actions`.execute(migrated);
      expect(rows.map((r) => ({ ...r, data: JSON.parse(r.data) as unknown }))).toEqual([{ data: OLD_ACTION, organization_id: OLD_ACTION.organization }]);
    } finally {
      await migrated.destroy();
    }
  });
});
