import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tempDatabase } from '../src/testing/temp-database.js';

const SECRET = 'tok-9d2e-DO-NOT-LOG';

/** Runs `npm start` (dist/main.js) until `until` holds for its standard output. */
function start(env: Record<string, string>) {
  const { LOG_LEVEL: _ignored, ...inherited } = process.env;
  const child = spawn(process.execPath, [fileURLToPath(new URL('../dist/main.js', import.meta.url))], {
    env: { ...inherited, PORT: '0', HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const lines = () => stdout.split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown> & { msg: string });
  const waitFor = async (predicate: () => boolean, what: string) => {
    const deadline = Date.now() + 15_000;
    while (!predicate()) {
      if (child.exitCode !== null || Date.now() > deadline) throw new Error(`npm start: no ${what}\n${stdout}\n${stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  return { child, lines, waitFor, output: () => stdout + stderr };
}

describe('npm start logs', () => {
  it('starts with two readable JSON lines (the URL, the database), logs requests without credentials, and says when SIGTERM stopped it', async () => {
    const db = await tempDatabase();
    const run = start(db.env);
    try {
      await run.waitFor(() => run.lines().some((line) => line.event === 'ready'), 'ready line');
      const [listening, ready] = run.lines();
      const url = listening?.url as string;
      expect(listening?.msg).toBe(`Liaison API on ${url}  (demo: ${url}/ · API: ${url}/v1/organizations · OpenAPI: ${url}/v1/openapi.json)`);
      expect(ready).toMatchObject({ level: 'info', event: 'ready', storage: 'databaseUrl' in db.location ? 'postgres' : 'sqlite' });
      expect(ready?.msg).toMatch(/^Database .+, seeded with \d+ organisations; ready in \d+ ms$/);

      const response = await fetch(`${url}/v1/no-such-thing?token=${SECRET}`, { headers: { 'x-request-id': 'start-404' } });
      expect(response.status).toBe(404);
      await response.arrayBuffer();
      // A bearer token the server does not know: refused (401), and logged without the token.
      const refused = await fetch(`${url}/v1/organizations`, { headers: { authorization: `Bearer ${SECRET}`, 'x-request-id': 'start-401' } });
      expect(refused.status).toBe(401);
      await refused.arrayBuffer();
      await run.waitFor(() => run.lines().some((line) => line.requestId === 'start-404'), 'request line');
      expect(run.lines().find((line) => line.requestId === 'start-404')).toMatchObject({ level: 'info', route: '(unmatched)', status: 404 });
      await run.waitFor(() => run.lines().some((line) => line.requestId === 'start-401'), 'refused request line');
      expect(run.lines().find((line) => line.requestId === 'start-401')).toMatchObject({ status: 401 });

      run.child.kill('SIGTERM');
      const [code] = (await once(run.child, 'exit')) as [number | null];
      expect(code).toBe(0);
      expect(run.lines().map((line) => line.event).slice(-2)).toEqual(['stopping', 'stopped']);
      expect(run.output()).not.toContain(SECRET);
    } finally {
      if (run.child.exitCode === null) run.child.kill('SIGKILL');
      await db.cleanup();
    }
  });

  it('refuses an unknown LOG_LEVEL with a message naming the allowed values', async () => {
    const db = await tempDatabase();
    const run = start({ ...db.env, LOG_LEVEL: 'verbose' });
    try {
      const [code] = (await once(run.child, 'exit')) as [number | null];
      expect(code).toBe(1);
      expect(run.output()).toContain('LOG_LEVEL must be one of trace, debug, info, warn, error, fatal, silent, got \\"verbose\\"');
    } finally {
      await db.cleanup();
    }
  });
});
