import { existsSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { utcDay } from '@ngo-liaison/core';
import {
  REAL_EVENTS,
  SAMPLE_ACTIONS,
  SAMPLE_EXPERT_DESIGNATIONS,
  SAMPLE_FOCAL_POINTS,
  SAMPLE_MANDATES,
  SAMPLE_ORGANIZATIONS,
  SAMPLE_PROGRAMMES,
  sampleEvents,
  sampleSessions,
} from '@ngo-liaison/core/sample-data';
import { createApp } from './app.js';
import { answerClientErrorsWithProblems } from './http/client-errors.js';
import type { Lifecycle } from './lifecycle.js';
import { createLogger, type Logger } from './observability/logger.js';
import { httpServerOptions, resolveTimeouts, type ServerTimeouts } from './server-timeouts.js';
import { seedSampleConsultation } from './consultations/seed-consultation.js';
import { seedCommittee, seedEvents, seedIfEmpty, seedProgrammes, seedSessions, type CommitteeSeedInput, type ProgrammeSeedInput } from './storage/seed.js';
import type { DatabaseLocation } from './storage/database.js';
import { clearAllData } from './storage/clear-all-data.js';
import { withStartupLock } from './storage/startup-lock.js';
import { openStorage, type Storage } from './storage/storage.js';
import { createLocalInvitation } from './access/local-invitation.js';
import type { RateLimits } from './http/rate-limit.js';
import { createMailTransport, DEFAULT_MAIL_DIR, redactSmtpUrl, type MailTransport } from './mail/mail-transport.js';
import { resolveLinkSecret } from './mail/mail-settings.js';
import { OutboxSender } from './mail/outbox-sender.js';
import { InboxDigests } from './mail/inbox-digests.js';

/** How the server mails (`npm start` reads SMTP_URL, MAIL_DIR, MAIL_FROM and LIAISON_SECRET). */
export interface MailOptions {
  /** smtp://user:pass@host:port (or smtps://): send through it. Without it, .eml files are written to `mailDir`. */
  smtpUrl?: string;
  /** Where .eml files go without `smtpUrl` (default apps/api/data/mail). */
  mailDir?: string;
  /** The From of every message (default "Liaison <liaison@localhost>"). */
  from?: string;
  /**
   * Signs links in mails; required in production. Default: generated on the first start and
   * kept in the database, so every node and restart shares it.
   */
  secret?: string;
  /** How long a node holds a message it is sending before another may take it over (default 5 min). */
  leaseMs?: number;
  /** How often an idle sender looks for due mail (default 1 s). */
  pollMs?: number;
  /** Minutes between retries of a temporary failure (default 1, 5, 30, 120, 480; then failed). */
  backoffMinutes?: readonly number[];
  /** How often the node looks for daily and weekly digests due (default one minute). */
  digestPollMs?: number;
  /** Run this node's sender and digest loops (default true; tests may drive `mail.sender.sendDueOnce()` and `mail.digests.runOnce()` themselves). */
  send?: boolean;
}

/** What the running server does with mail. */
export interface RunningMail {
  transport: 'smtp' | 'files';
  /** The .eml folder (files), or the SMTP server without its password (smtp://host:port). */
  target: string;
  /** The line logged at start. */
  description: string;
  /** This node's sender (tests call sendDueOnce / sendAllDue). */
  sender: OutboxSender;
  /** This node's digest loop (tests call runOnce). */
  digests: InboxDigests;
  /** The secret links in mails are signed with (LIAISON_SECRET, or the one kept in the database): tests sign and forge with it. */
  linkSecret: string;
}

export interface ServerOptions {
  /** 0 picks a free port. Default 8787. */
  port?: number;
  /** Interface to listen on; default all. */
  host?: string;
  /** SQLite database file; created, migrated and seeded on first start (default: apps/api/data/liaison.db). */
  dbFile?: string;
  /** A PostgreSQL URL (postgres://…): used instead of `dbFile`; migrated and seeded on first start. */
  databaseUrl?: string;
  /** How often the node reads the database's change log (default 200 ms). */
  changePollMs?: number;
  /** Records to seed an empty database with (default: the sample data set). */
  seed?: readonly unknown[];
  /**
   * Events written on every start (default: the sample events for the current month; only
   * the real ones when `seed` replaces the sample organisations the fictional ones name).
   */
  events?: readonly unknown[];
  /**
   * Governing-body sessions written on every start, before the events (default: the sample
   * sessions for the current month, real and fictional).
   */
  sessions?: readonly unknown[];
  /**
   * The clock, for the sample events' dates and SEQUENCE stamps, and for "today" at the
   * request edge (membership has dates: the countries list and the region facets follow it).
   * Tests pass a fixed one.
   */
  now?: () => Date;
  /**
   * Programmes, actions and focal points for a database without programmes (default: the
   * sample ones; without the fictional actions when `seed` replaces the organisations they name).
   */
  programmeData?: ProgrammeSeedInput;
  /**
   * Liaison Committee mandates and expert designations for a database without either
   * (default: the sample ones; none when `seed` replaces the organisations they name).
   */
  committeeData?: CommitteeSeedInput;
  /** The elements' CDN folder served at /widgets/ (default: packages/elements/dist/cdn; null: none). */
  widgetsDir?: string | null;
  /** Its version, for /widgets/{version}/ (default: the version in packages/elements/package.json). */
  widgetsVersion?: string;
  demoDir?: string | null;
  /** How long clients may take to send headers, a whole request, or stay idle (defaults: 10 s, 30 s, 5 s). */
  timeouts?: Partial<ServerTimeouts>;
  /** JSON-lines logger for requests, errors and storage reachability (default: errors only, on standard output). */
  logger?: Logger;
  /** When set, /metrics requires `Authorization: Bearer <metricsToken>` (default: open). */
  metricsToken?: string;
  /** Keep rendered search pages by ETag (default true; RESPONSE_CACHE=off in `npm start`). */
  responseCache?: boolean;
  /**
   * NODE_ENV=production: no sample data (only `seed`, when given), no local invitation,
   * session cookies always Secure (default false).
   */
  production?: boolean;
  /** Where people open Liaison (PUBLIC_URL), for invitation links (default: the origin each request was sent to; the server's URL for the local invitation). */
  publicUrl?: string;
  /** Origins allowed to write across origins (CORS_WRITE_ORIGINS; default none). */
  corsWriteOrigins?: readonly string[];
  /** Requests a minute per token or session, and per anonymous client per node (default: no limit; `npm start` reads RATE_LIMIT_*). */
  rateLimits?: RateLimits;
  /**
   * Outside production, when nobody has an account yet: create a Secretariat invitation at
   * start and return its link (default true; `npm start` prints it).
   */
  localInvitation?: boolean;
  /** Mail: SMTP or .eml files, the sender loop, the link secret. */
  mail?: MailOptions;
}

export interface RunningServer {
  /** Base URL, e.g. http://127.0.0.1:8787 (the API is under /v1). */
  url: string;
  port: number;
  /** Organisations loaded by this start (0 when the database already had data). */
  seeded: number;
  /** The repositories and the change feed (tests and the command line read through them). */
  storage: Storage;
  /** The Secretariat invitation created at start on a database without accounts (outside production). */
  localInvitation?: { link: string; expiresAt: string };
  /** How this node mails, and its outbox sender. */
  mail: RunningMail;
  close(): Promise<void>;
}

const VERSION = '0.1.0';
const repoPath = (relative: string) => fileURLToPath(new URL(`../../../${relative}`, import.meta.url));

export const DEFAULT_DB_FILE = fileURLToPath(new URL('../data/liaison.db', import.meta.url));

/** The version of the elements package whose dist/cdn the server serves, read at start. */
function elementsVersion(): string {
  const { version } = JSON.parse(readFileSync(repoPath('packages/elements/package.json'), 'utf8')) as { version: string };
  return version;
}

/** Removes a database file and its WAL companions (after a failed first start). */
function removeDatabase(file: string) {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(file + suffix, { force: true });
}

/**
 * Seeds what the database lacks: organisations (into an empty table), sessions and events
 * (on every start: the fictional ones follow the month), programmes and the committee. Each
 * step validates everything first and writes in one transaction.
 */
async function seedAll(storage: Storage, options: ServerOptions): Promise<number> {
  const seeded = await seedIfEmpty(storage, options.seed ?? SAMPLE_ORGANIZATIONS);
  const now = options.now?.() ?? new Date();
  await seedSessions(storage, options.sessions ?? sampleSessions(now));
  await seedEvents(storage, options.events ?? (options.seed ? REAL_EVENTS : sampleEvents(now)), now);
  await seedProgrammes(
    storage,
    options.programmeData ?? { programmes: SAMPLE_PROGRAMMES, actions: options.seed ? [] : SAMPLE_ACTIONS, focalPoints: SAMPLE_FOCAL_POINTS }
  );
  await seedCommittee(
    storage,
    options.committeeData ?? (options.seed ? { mandates: [], designations: [] } : { mandates: SAMPLE_MANDATES, designations: SAMPLE_EXPERT_DESIGNATIONS })
  );
  if (!options.seed) await seedSampleConsultation(storage, now);
  return seeded;
}

export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const location: DatabaseLocation = options.databaseUrl ? { databaseUrl: options.databaseUrl } : { dbFile: options.dbFile ?? DEFAULT_DB_FILE };
  const timeouts = resolveTimeouts(options.timeouts); // before the database: a bad setting changes nothing
  if (options.production && !options.mail?.secret)
    throw new Error('LIAISON_SECRET must be set in production: it signs the links in mails, the same on every node (e.g. openssl rand -base64 32)');
  const isNewFile = 'dbFile' in location && !existsSync(location.dbFile);
  const clock = options.now;
  const logger = options.logger ?? createLogger({ level: 'error' });
  const storage = await openStorage(location, {
    ...(clock ? { today: () => utcDay(clock()) } : {}),
    ...(options.changePollMs ? { pollMs: options.changePollMs } : {}),
    // Logged once per transition (the feed reports changes of reachability, not every poll).
    onStatus: ({ ok, error }) =>
      ok ? logger.info({ storage: 'reachable' }, 'Database reachable again') : logger.warn({ storage: 'unreachable', error }, `Database unreachable: ${error}`),
    onPoolError: (error) => logger.warn({ err: error }, `Database connection lost: ${error.message}`),
  });

  let seeded = 0;
  let linkSecret: string;
  try {
    // Production starts empty (or with SEED_FILE's organisations): sample data is for trying Liaison out.
    await withStartupLock(storage, () =>
      (options.production ? (options.seed ? seedIfEmpty(storage, options.seed) : Promise.resolve(0)) : seedAll(storage, options)).then((count) => void (seeded = count))
    );
    linkSecret = await resolveLinkSecret(storage.db, { secret: options.mail?.secret, production: options.production ?? false, now: clock?.() ?? new Date() });
  } catch (error) {
    // A first start that failed leaves nothing behind (no file; on PostgreSQL, no rows): the next start begins clean.
    if (storage.created && storage.kind === 'postgres') await clearAllData(storage.db);
    await storage.close();
    if (isNewFile && 'dbFile' in location) removeDatabase(location.dbFile);
    throw error;
  }
  storage.changes.start();

  const lifecycle: Lifecycle = { draining: false };
  const app = createApp({
    storage,
    lifecycle,
    version: VERSION,
    logger,
    ...(options.metricsToken ? { metricsToken: options.metricsToken } : {}),
    ...(options.now ? { now: options.now } : {}),
    ...(options.responseCache === false ? { responseCache: false } : {}),
    production: options.production ?? false,
    linkSecret,
    ...(options.publicUrl ? { publicUrl: options.publicUrl } : {}),
    ...(options.corsWriteOrigins ? { corsWriteOrigins: options.corsWriteOrigins } : {}),
    ...(options.rateLimits ? { rateLimits: options.rateLimits } : {}),
    ...(options.mail?.from ? { mailFrom: options.mail.from } : {}),
    ...(options.widgetsDir !== null
      ? { widgetsDir: options.widgetsDir ?? repoPath('packages/elements/dist/cdn'), widgetsVersion: options.widgetsVersion ?? elementsVersion() }
      : {}),
    ...(options.demoDir !== null ? { demoDir: options.demoDir ?? repoPath('apps/demo/public') } : {}),
  });

  const server = await new Promise<ReturnType<typeof serve> & Pick<Server, 'closeIdleConnections'>>((resolve, reject) => {
    const s = serve(
      { fetch: app.fetch, port: options.port ?? 8787, serverOptions: httpServerOptions(timeouts), ...(options.host ? { hostname: options.host } : {}) },
      () => resolve(s as typeof s & Pick<Server, 'closeIdleConnections'>)
    );
    s.once('error', reject);
    answerClientErrorsWithProblems(s);
  });
  const { port } = server.address() as AddressInfo;
  const host = options.host && options.host !== '0.0.0.0' && options.host !== '::' ? options.host : 'localhost';

  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  storage.inbox.noticeLinks = { baseUrl: options.publicUrl ?? url };
  const localInvitation =
    !options.production && options.localInvitation !== false ? await createLocalInvitation(storage, options.publicUrl ?? url, clock?.() ?? new Date()) : undefined;

  const mailOptions = options.mail ?? {};
  const mailDir = mailOptions.mailDir ?? DEFAULT_MAIL_DIR;
  const transport: MailTransport = createMailTransport({
    ...(mailOptions.smtpUrl ? { smtpUrl: mailOptions.smtpUrl } : { mailDir }),
    ...(mailOptions.from ? { from: mailOptions.from } : {}),
  });
  const sender = new OutboxSender(storage.db, storage.kind, {
    transport,
    ...(clock ? { now: clock } : {}),
    ...(mailOptions.leaseMs ? { leaseMs: mailOptions.leaseMs } : {}),
    ...(mailOptions.pollMs ? { pollMs: mailOptions.pollMs } : {}),
    ...(mailOptions.backoffMinutes ? { backoffMinutes: mailOptions.backoffMinutes } : {}),
    onError: (error) => logger.warn({ err: error }, `Mail: the outbox sender failed: ${error instanceof Error ? error.message : String(error)}`),
  });
  const digests = new InboxDigests(storage.db, {
    ...(clock ? { now: clock } : {}),
    links: () => storage.inbox.noticeLinks,
    ...(mailOptions.digestPollMs ? { pollMs: mailOptions.digestPollMs } : {}),
    onError: (error) => logger.warn({ err: error }, `Mail: queuing digests failed: ${error instanceof Error ? error.message : String(error)}`),
  });
  if (mailOptions.send !== false) {
    sender.start();
    digests.start();
  }
  const mail: RunningMail = {
    transport: transport.kind,
    target: mailOptions.smtpUrl ? redactSmtpUrl(mailOptions.smtpUrl) : mailDir,
    description: transport.description,
    sender,
    digests,
    linkSecret,
  };

  return {
    url,
    port,
    seeded,
    storage,
    ...(localInvitation ? { localInvitation } : {}),
    mail,
    async close() {
      // Graceful: /readyz says draining, no new connections, in-flight requests finish
      // (idle kept-alive connections are closed now, busy ones after their response), then the pool.
      lifecycle.draining = true;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      await closed;
      // The delivery in flight finishes (and is recorded) before the database closes.
      await digests.stop();
      await sender.stop();
      await transport.close();
      await storage.close();
    },
  };
}
