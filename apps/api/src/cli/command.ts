import type { ParseArgsConfig } from 'node:util';
import type { DatabaseLocation } from '../storage/database.js';

/** What a command gets: its parsed arguments, the database, and where to write. */
export interface CommandContext {
  values: Record<string, string | boolean | (string | boolean)[] | undefined>;
  positionals: string[];
  location: DatabaseLocation;
  /** Standard output: the command's result only (a CSV export is piped into a file). */
  out: (text: string) => Promise<void>;
  /** Standard error: progress and notes. */
  note: (line: string) => void;
}

export interface Command {
  /** Words that name it: `migrate`, `organizations export`. */
  name: string;
  summary: string;
  /** The --help text, after the "Usage:" line. */
  help: string;
  /** Positional arguments, by name, all required. */
  arguments: readonly string[];
  /** Positional arguments are files, resolved from where the operator stands (default); `text`: passed as typed (ids). */
  argumentKind?: 'file' | 'text';
  options: NonNullable<ParseArgsConfig['options']>;
  run(context: CommandContext): Promise<void>;
}
