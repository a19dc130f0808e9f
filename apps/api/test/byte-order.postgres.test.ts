import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type OpenDatabase } from '../src/storage/database.js';
import { tempDatabase, type TempDatabase } from '../src/testing/temp-database.js';

/*
 * Keyset pages compare text columns in SQL; SQLite compares bytes, and so do core's in-memory
 * lists and the msw handlers. PostgreSQL's default collation follows the server's locale
 * (en_US.UTF-8 sorts "a-b" after "ab"), so every text column is created with collation "C".
 */
let temp: TempDatabase;
let opened: OpenDatabase;
beforeAll(async () => {
  temp = await tempDatabase();
  opened = await openDatabase(temp.location);
});
afterAll(async () => {
  await opened?.db.destroy();
  await temp?.cleanup();
});

describe('byte order on PostgreSQL', () => {
  it('creates every text column of our tables with collation "C"', async () => {
    const { rows } = await sql<{ table_name: string; column_name: string; collation_name: string | null }>`
      select table_name, column_name, collation_name from information_schema.columns
      where table_schema = 'public' and data_type = 'text' and table_name not like 'kysely_%'`.execute(opened.db);
    expect(rows.length).toBeGreaterThan(20);
    expect(rows.filter((row) => row.collation_name !== 'C')).toEqual([]);
  });

  it('orders ids as JavaScript compares strings', async () => {
    const ids = ['ab', 'a-b', 'aB', 'Ab', 'a_b', 'é', 'z', 'a b'];
    await opened.db
      .insertInto('sessions')
      .values(ids.map((id) => ({ id, body: 'executive-board', start_date: null, end_date: null, parent_id: null, data: '{}' })))
      .execute();
    const stored = await opened.db.selectFrom('sessions').select('id').orderBy('id').execute();
    expect(stored.map((row) => row.id)).toEqual([...ids].sort());
  });
});
