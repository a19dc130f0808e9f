import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStorage, type Storage } from '../src/storage/storage.js';
import { tempDbFile } from './temp-db.js';

/*
 * Two nodes, or a node and the command line, share one SQLite file. Each read-then-write
 * transaction must wait for the other's write lock rather than fail with SQLITE_BUSY (which a
 * deferred BEGIN meets as soon as the other process commits between its read and its write),
 * and no increment may be lost.
 */
const WRITER = fileURLToPath(new URL('./fixtures/counter-writer.mjs', import.meta.url));
const ROUNDS = 150;

const db = tempDbFile();
let storage: Storage;

beforeAll(async () => {
  storage = await openStorage({ dbFile: db.file });
  await sql`create table contention_counter (id integer primary key, value integer not null)`.execute(storage.db);
  await sql`insert into contention_counter (id, value) values (1, 0)`.execute(storage.db);
});

afterAll(async () => {
  await storage?.close();
  db.cleanup();
});

/** Runs the writer script in a child process; resolves to what it printed and its exit code. */
function runWriter(file: string): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, [WRITER, file, String(ROUNDS)], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, output })));
}

describe('two processes writing one SQLite file', () => {
  it('queues their read-then-write transactions: none fails, no increment is lost', async () => {
    const results = await Promise.all([runWriter(db.file), runWriter(db.file)]);
    for (const result of results) expect(result, result.output).toMatchObject({ code: 0, output: expect.stringContaining('done') });
    const { rows } = await sql<{ value: number }>`select value from contention_counter where id = 1`.execute(storage.db);
    expect(rows[0]!.value).toBe(2 * ROUNDS);
  }, 60_000);
});
