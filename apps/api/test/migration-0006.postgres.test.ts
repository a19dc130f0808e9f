import { Migrator, sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/storage/database.js';
import { migrationProvider } from '../src/storage/migrations.js';
import { tempDatabase, type TempDatabase } from '../src/testing/temp-database.js';
import { OLD_ACTION } from './old-action.js';

/*
 * Migration 0006 rewrites stored actions with SQL that differs by database (json_set on
 * SQLite, jsonb operators on PostgreSQL): the PostgreSQL half on a database left at 0003
 * holding an action in the old shape (the SQLite half: migration-0006.sqlite.test.ts).
 */

let db: TempDatabase;
beforeEach(async () => {
  db = await tempDatabase();
});
afterEach(async () => db.cleanup());

describe('migration 0006_liaison_committee on PostgreSQL', () => {
  it("turns a stored action's organisation into its actor, and back down", async () => {
    const old = await db.connect();
    try {
      const migrator = new Migrator({ db: old, provider: migrationProvider('postgres') });
      expect((await migrator.migrateTo('0003_programmes')).error).toBeUndefined();
      await sql`insert into actions (id, organization_id, programme_id, start_date, end_date, data)
        values (${OLD_ACTION.id}, ${OLD_ACTION.organization}, ${OLD_ACTION.programme}, ${OLD_ACTION.period.start}, null, ${JSON.stringify(
        OLD_ACTION
      )})`.execute(old);
    } finally {
      await old.destroy();
    }

    const { db: migrated } = await openDatabase(db.location);
    try {
      const row = await migrated.selectFrom('actions').select(['actor_kind', 'actor_id', 'data']).executeTakeFirstOrThrow();
      const { organization: _organization, ...rest } = OLD_ACTION;
      expect(JSON.parse(row.data)).toEqual({ ...rest, actor: { kind: 'organization', organization: OLD_ACTION.organization } });
      expect(row).toMatchObject({ actor_kind: 'organization', actor_id: OLD_ACTION.organization });

      expect((await new Migrator({ db: migrated, provider: migrationProvider('postgres') }).migrateTo('0005_sessions')).error).toBeUndefined();
      const { rows } = await sql<{ data: string; organization_id: string }>`select data, organization_id from actions`.execute(migrated);
      expect(rows.map((r) => ({ ...r, data: JSON.parse(r.data) as unknown }))).toEqual([{ data: OLD_ACTION, organization_id: OLD_ACTION.organization }]);
    } finally {
      await migrated.destroy();
    }
  });
});
