import { readFileSync } from 'node:fs';
import { SeedError } from './storage/seed.js';
import { DEFAULT_DB_FILE, startServer } from './server.js';
import { databaseLocationFromEnv } from './storage/database.js';
import { timeoutsFromEnv } from './server-timeouts.js';

/** `npm start`: configuration from the environment, errors as messages, not stack traces. */
const started = performance.now();
const port = Number(process.env.PORT ?? 8787);

function readSeedFile(path: string): unknown[] {
  const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
  if (!Array.isArray(parsed)) throw new Error(`SEED_FILE ${path} must hold a JSON array of organisations`);
  return parsed;
}

try {
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got "${process.env.PORT}"`);
  const seed = process.env.SEED_FILE ? readSeedFile(process.env.SEED_FILE) : undefined;
  const timeouts = timeoutsFromEnv(process.env);
  const location = databaseLocationFromEnv(process.env, DEFAULT_DB_FILE);
  const changePollMs = Number(process.env.CHANGE_POLL_MS ?? 200);
  if (!Number.isInteger(changePollMs) || changePollMs < 10) throw new Error(`CHANGE_POLL_MS must be a whole number of milliseconds ≥ 10, got "${process.env.CHANGE_POLL_MS}"`);
  const server = await startServer({ port, ...location, timeouts, changePollMs, ...(process.env.HOST ? { host: process.env.HOST } : {}), ...(seed ? { seed } : {}) });
  const ms = Math.round(performance.now() - started);
  console.log(`Liaison API on ${server.url}  (demo: ${server.url}/ · API: ${server.url}/v1/organizations · OpenAPI: ${server.url}/v1/openapi.json)`);
  console.log(`Database ${server.storage.label}${server.seeded ? `, seeded with ${server.seeded} organisations` : ''}; ready in ${ms} ms`);
  // SIGTERM (an orchestrator, a rolling upgrade): stop accepting, finish in-flight requests, close the pool.
  const stop = () => void server.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (error) {
  if (error instanceof SeedError) {
    console.error(`Liaison API did not start: ${error.message}\nNothing was written to the database.`);
  } else {
    console.error(`Liaison API did not start: ${error instanceof Error ? error.message : String(error)}`);
  }
  process.exit(1);
}
