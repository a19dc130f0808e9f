import { readFileSync } from 'node:fs';
import { SeedError } from './storage/seed.js';
import { DEFAULT_DB_FILE, startServer } from './server.js';
import { timeoutsFromEnv } from './server-timeouts.js';

/** `npm start`: configuration from the environment, errors as messages, not stack traces. */
const started = performance.now();
const port = Number(process.env.PORT ?? 8787);
const dbFile = process.env.DATABASE_FILE ?? DEFAULT_DB_FILE;

function readSeedFile(path: string): unknown[] {
  const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
  if (!Array.isArray(parsed)) throw new Error(`SEED_FILE ${path} must hold a JSON array of organisations`);
  return parsed;
}

try {
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got "${process.env.PORT}"`);
  const seed = process.env.SEED_FILE ? readSeedFile(process.env.SEED_FILE) : undefined;
  const timeouts = timeoutsFromEnv(process.env);
  const responseCache = process.env.RESPONSE_CACHE !== 'off';
  const server = await startServer({ port, dbFile, timeouts, responseCache, ...(process.env.HOST ? { host: process.env.HOST } : {}), ...(seed ? { seed } : {}) });
  const ms = Math.round(performance.now() - started);
  console.log(`Liaison API on ${server.url}  (demo: ${server.url}/ · API: ${server.url}/v1/organizations · OpenAPI: ${server.url}/v1/openapi.json)`);
  console.log(`Database ${dbFile}${server.seeded ? `, seeded with ${server.seeded} organisations` : ''}; ready in ${ms} ms`);
  const stop = () => void server.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (error) {
  if (error instanceof SeedError) {
    console.error(`Liaison API did not start: ${error.message}\nNothing was written to ${dbFile}.`);
  } else {
    console.error(`Liaison API did not start: ${error instanceof Error ? error.message : String(error)}`);
  }
  process.exit(1);
}
