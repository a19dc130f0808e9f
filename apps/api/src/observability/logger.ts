import { pino, stdSerializers, stdTimeFunctions, type DestinationStream, type Logger } from 'pino';
import { REDACTED, REDACTED_FIELDS, redactSecrets } from './redact.js';

export type { Logger };

/** LOG_LEVEL's values, most verbose first; `silent` writes nothing (tests, embedding). */
export const LOG_LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface LoggerOptions {
  level?: LogLevel;
  /** Where the lines go (default: errors and fatal errors to standard error, the rest to standard output). Tests pass a stream that keeps them. */
  destination?: DestinationStream;
}

export function isLogLevel(value: string): value is LogLevel {
  return (LOG_LEVELS as readonly string[]).includes(value);
}

/** The level named by LOG_LEVEL (absent: `fallback`); throws naming the variable and the allowed values. */
export function logLevelFromEnv(env: NodeJS.ProcessEnv, fallback: LogLevel): LogLevel {
  const raw = env.LOG_LEVEL?.trim().toLowerCase();
  if (!raw) return fallback;
  if (!isLogLevel(raw)) throw new Error(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${env.LOG_LEVEL}"`);
  return raw;
}

/** error and fatal lines to standard error, the others to standard output; synchronous, so a line written before exit is not lost. */
function standardStreams(): DestinationStream {
  return pino.multistream(
    [
      { level: 'trace', stream: pino.destination({ dest: 1, sync: true }) },
      { level: 'error', stream: pino.destination({ dest: 2, sync: true }) },
    ],
    { dedupe: true }
  );
}

/**
 * A JSON-lines logger (pino): one object per line with an ISO `time`, the `level` by name,
 * `pid` and `hostname` (several nodes write to one collector), and a `msg` a person can read.
 * Each line is scrubbed of credentials before it is written (see redact.ts).
 */
export function createLogger({ level = 'info', destination }: LoggerOptions = {}): Logger {
  return pino(
    {
      level,
      timestamp: stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      serializers: { err: stdSerializers.err },
      redact: { paths: REDACTED_FIELDS, censor: REDACTED },
      hooks: { streamWrite: redactSecrets },
    },
    destination ?? standardStreams()
  );
}
