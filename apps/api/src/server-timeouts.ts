import type { ServerOptions as HttpServerOptions } from 'node:http';

/**
 * How long a client may take, set deliberately rather than left at Node's defaults (a slow
 * client held a connection for 76 s): every connection a client keeps open is memory and
 * a socket the server cannot give to another visitor.
 */
export interface ServerTimeouts {
  /** Time to receive the request line and all headers (Node's default: 60 s). */
  headersMs: number;
  /** Time to receive the whole request, body included (Node's default: 300 s). Not less than headersMs. */
  requestMs: number;
  /** How long an idle keep-alive connection stays open after a response (Node's default: 5 s). */
  keepAliveMs: number;
}

export const DEFAULT_TIMEOUTS: ServerTimeouts = { headersMs: 10_000, requestMs: 30_000, keepAliveMs: 5_000 };

/** Environment variables that override the defaults in `npm start`. */
export const TIMEOUT_VARIABLES = { headersMs: 'HEADERS_TIMEOUT_MS', requestMs: 'REQUEST_TIMEOUT_MS', keepAliveMs: 'KEEP_ALIVE_TIMEOUT_MS' } as const;

/** Merges `overrides` into the defaults; throws when a value is not a positive whole number of ms or requestMs < headersMs. */
export function resolveTimeouts(overrides: Partial<ServerTimeouts> = {}): ServerTimeouts {
  const timeouts = { ...DEFAULT_TIMEOUTS, ...overrides };
  for (const [name, value] of Object.entries(timeouts)) {
    if (!Number.isInteger(value) || value <= 0) throw new Error(`Server timeout ${name} must be a positive whole number of milliseconds, got ${value}`);
  }
  if (timeouts.requestMs < timeouts.headersMs) {
    throw new Error(`Server timeout requestMs (${timeouts.requestMs}) must not be less than headersMs (${timeouts.headersMs})`);
  }
  return timeouts;
}

/** Reads the overrides from the environment (see TIMEOUT_VARIABLES); absent variables keep the defaults. */
export function timeoutsFromEnv(env: NodeJS.ProcessEnv): Partial<ServerTimeouts> {
  const overrides: Partial<ServerTimeouts> = {};
  for (const [name, variable] of Object.entries(TIMEOUT_VARIABLES) as [keyof ServerTimeouts, string][]) {
    const raw = env[variable];
    if (raw !== undefined) {
      const value = Number(raw);
      if (!Number.isInteger(value) || value <= 0) throw new Error(`${variable} must be a positive whole number of milliseconds, got "${raw}"`);
      overrides[name] = value;
    }
  }
  return overrides;
}

/**
 * Options for http.createServer. Node enforces headersTimeout and requestTimeout only when it
 * checks its connections (every 30 s by default), so the check runs every second (or more
 * often for shorter bounds) to cut a slow client off close to the bound.
 */
export function httpServerOptions({ headersMs, requestMs, keepAliveMs }: ServerTimeouts): HttpServerOptions {
  return {
    headersTimeout: headersMs,
    requestTimeout: requestMs,
    keepAliveTimeout: keepAliveMs,
    connectionsCheckingInterval: Math.min(1_000, headersMs),
  };
}
