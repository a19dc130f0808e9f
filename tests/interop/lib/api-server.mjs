import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '@ngo-liaison/api';

/**
 * The reference API on 127.0.0.1 (an ephemeral port) over a fresh SQLite file in the
 * suite's temporary folder, seeded with the sample data: the pages talk to it cross-origin,
 * as a site embedding the widgets does.
 */
export async function startApi(tempDir) {
  const dbFile = join(mkdtempSync(join(tempDir ?? tmpdir(), 'api-')), 'liaison.db');
  const server = await startServer({ port: 0, host: '127.0.0.1', dbFile, widgetsDir: null, demoDir: null });
  return { api: `${server.url}/v1`, close: () => server.close() };
}
