import { readFileSync } from 'node:fs';
import { SeedError } from './storage/seed.js';
import { DEFAULT_DB_FILE, startServer, type MailOptions } from './server.js';
import { databaseLocationFromEnv } from './storage/database.js';
import { timeoutsFromEnv } from './server-timeouts.js';
import { createLogger, logLevelFromEnv, type Logger } from './observability/logger.js';
import { writeOriginsFromEnv } from './http/cors-policy.js';
import { rateLimitsFromEnv } from './http/rate-limit.js';

/**
 * `npm start`: configuration from the environment (see README, "Configuration"), one JSON
 * log line per event on standard output, errors as messages, not stack traces.
 */
const started = performance.now();
const port = Number(process.env.PORT ?? 8787);

function readSeedFile(path: string): unknown[] {
  const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
  if (!Array.isArray(parsed)) throw new Error(`SEED_FILE ${path} must hold a JSON array of organisations`);
  return parsed;
}

/** The configured logger; a bad LOG_LEVEL is reported through an info-level one, then start-up stops. */
function loggerFromEnv(): { logger: Logger; error?: Error } {
  try {
    return { logger: createLogger({ level: logLevelFromEnv(process.env, 'info') }) };
  } catch (error) {
    return { logger: createLogger({ level: 'info' }), error: error as Error };
  }
}

/** PUBLIC_URL: the address people open Liaison at (invitation links); an origin, optionally with a path. */
function publicUrlFromEnv(raw: string | undefined): string | undefined {
  const value = raw?.trim();
  if (!value) return undefined;
  if (!URL.canParse(value) || !/^https?:$/.test(new URL(value).protocol)) throw new Error(`PUBLIC_URL must be an http(s) URL such as https://liaison.example.org, got "${value}"`);
  return value.replace(/\/+$/, '');
}

/** A whole number of milliseconds ≥ `min` from `env[name]`, or undefined when unset. */
function wholeMs(env: NodeJS.ProcessEnv, name: string, min: number): number | undefined {
  const raw = env[name]?.trim();
  if (!raw) return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) throw new Error(`${name} must be a whole number of milliseconds ≥ ${min}, got "${raw}"`);
  return value;
}

/** SMTP_URL, MAIL_DIR, MAIL_FROM, LIAISON_SECRET, MAIL_LEASE_MS and MAIL_POLL_MS (see README, "Mail"). */
function mailOptionsFromEnv(env: NodeJS.ProcessEnv): MailOptions {
  const smtpUrl = env.SMTP_URL?.trim();
  if (smtpUrl && (!URL.canParse(smtpUrl) || !/^smtps?:$/.test(new URL(smtpUrl).protocol)))
    throw new Error(`SMTP_URL must be an smtp:// or smtps:// URL such as smtp://user:password@mail.example.org:587, got something else (not shown: it may hold a password)`);
  const mailDir = env.MAIL_DIR?.trim();
  const from = env.MAIL_FROM?.trim();
  const secret = env.LIAISON_SECRET?.trim();
  if (secret !== undefined && secret !== '' && secret.length < 16) throw new Error('LIAISON_SECRET must be at least 16 characters (e.g. openssl rand -base64 32)');
  // Tuning (and tests that kill a node mid-send): how long a claim holds, how often an idle sender looks.
  const leaseMs = wholeMs(env, 'MAIL_LEASE_MS', 1_000);
  const pollMs = wholeMs(env, 'MAIL_POLL_MS', 10);
  return {
    ...(smtpUrl ? { smtpUrl } : {}),
    ...(mailDir ? { mailDir } : {}),
    ...(from ? { from } : {}),
    ...(secret ? { secret } : {}),
    ...(leaseMs ? { leaseMs } : {}),
    ...(pollMs ? { pollMs } : {}),
  };
}

const { logger, error: logLevelError } = loggerFromEnv();
try {
  if (logLevelError) throw logLevelError;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got "${process.env.PORT}"`);
  const seed = process.env.SEED_FILE ? readSeedFile(process.env.SEED_FILE) : undefined;
  const timeouts = timeoutsFromEnv(process.env);
  const location = databaseLocationFromEnv(process.env, DEFAULT_DB_FILE);
  const metricsToken = process.env.METRICS_TOKEN?.trim();
  const changePollMs = Number(process.env.CHANGE_POLL_MS ?? 200);
  if (!Number.isInteger(changePollMs) || changePollMs < 10)
    throw new Error(`CHANGE_POLL_MS must be a whole number of milliseconds ≥ 10, got "${process.env.CHANGE_POLL_MS}"`);
  const responseCache = process.env.RESPONSE_CACHE !== 'off';
  const production = process.env.NODE_ENV === 'production';
  const publicUrl = publicUrlFromEnv(process.env.PUBLIC_URL);
  const mail = mailOptionsFromEnv(process.env);
  const server = await startServer({
    port,
    responseCache,
    production,
    corsWriteOrigins: writeOriginsFromEnv(process.env),
    rateLimits: rateLimitsFromEnv(process.env),
    ...(publicUrl ? { publicUrl } : {}),
    ...location,
    timeouts,
    changePollMs,
    logger,
    ...(metricsToken ? { metricsToken } : {}),
    ...(process.env.HOST ? { host: process.env.HOST } : {}),
    ...(seed ? { seed } : {}),
    mail,
  });
  const readyMs = Math.round(performance.now() - started);
  logger.info(
    { event: 'listening', url: server.url, metrics: metricsToken ? 'token' : 'open' },
    `Liaison API on ${server.url}  (demo: ${server.url}/ · API: ${server.url}/v1/organizations · OpenAPI: ${server.url}/v1/openapi.json)`
  );
  logger.info(
    { event: 'ready', database: server.storage.label, storage: server.storage.kind, seeded: server.seeded, readyMs },
    `Database ${server.storage.label}${server.seeded ? `, seeded with ${server.seeded} organisations` : ''}; ready in ${readyMs} ms`
  );
  // After the two start-up lines: where mail goes (a newcomer opens the .eml files to see what would have been sent).
  logger.info({ event: 'mail', transport: server.mail.transport, target: server.mail.target }, `Mail: ${server.mail.description}`);
  if (server.localInvitation) {
    // The link holds the invitation's secret: it goes to the terminal, not into the JSON logs (which scrub it).
    logger.info(
      { event: 'local-invitation', expiresAt: server.localInvitation.expiresAt },
      'No account yet: open the Secretariat invitation link printed on standard error to sign in (valid 48 hours; restart for a new one)'
    );
    process.stderr.write(`\nSign in as the Secretariat (one-time link, valid 48 hours):\n  ${server.localInvitation.link}\n\n`);
  }
  // SIGTERM (an orchestrator, a rolling upgrade): stop accepting, finish in-flight requests, close the pool.
  const stop = (signal: NodeJS.Signals) => {
    logger.info({ event: 'stopping', signal }, `${signal}: finishing in-flight requests, then closing the database`);
    const stopping = performance.now();
    server.close().then(
      () => {
        logger.info({ event: 'stopped', durationMs: Math.round(performance.now() - stopping) }, 'Liaison API stopped');
        process.exit(0);
      },
      (error: unknown) => {
        logger.error({ event: 'stopped', err: error }, `Liaison API stopped with an error: ${error instanceof Error ? error.message : String(error)}`);
        process.exit(1);
      }
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  logger.fatal(
    { event: 'start-failed', ...(error instanceof SeedError ? { problems: error.problems } : {}) },
    error instanceof SeedError ? `Liaison API did not start: ${message}\nNothing was written to the database.` : `Liaison API did not start: ${message}`
  );
  process.exit(1);
}
