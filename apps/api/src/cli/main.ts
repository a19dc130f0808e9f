#!/usr/bin/env node
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_DB_FILE } from '../server.js';
import { databaseLocationFromEnv } from '../storage/database.js';
import { CommandFailed, UsageError } from './cli-errors.js';
import type { Command } from './command.js';
import { backupCommand } from './commands/backup.js';
import { exportOrganizationsCommand } from './commands/export-organizations.js';
import { importOrganizationsCommand } from './commands/import-organizations.js';
import { migrateCommand } from './commands/migrate.js';
import { restoreCommand } from './commands/restore.js';
import { inviteCommand } from './commands/invite.js';
import { outboxCommand, outboxRetryCommand } from './commands/outbox.js';
import { tokensCreateCommand, tokensListCommand, tokensRevokeCommand } from './commands/tokens.js';
import { newsletterComposeCommand, newsletterSendCommand } from './commands/newsletter.js';
import { exportConsultationCommand } from './commands/export-consultation.js';

/**
 * `liaison`: operator commands over the database the server uses (DATABASE_URL, else
 * DATABASE_FILE, else apps/api/data/liaison.db). Standard output carries a command's result
 * only (a CSV export is redirected into a file); messages and progress go to standard error.
 * Exit codes: 0 done, 1 the command failed (one line per problem, no stack trace), 2 the
 * command line is wrong.
 */
const COMMANDS: readonly Command[] = [
  migrateCommand,
  exportOrganizationsCommand,
  importOrganizationsCommand,
  backupCommand,
  restoreCommand,
  tokensCreateCommand,
  tokensListCommand,
  tokensRevokeCommand,
  inviteCommand,
  // "outbox retry" before "outbox": the first whose words match the arguments runs.
  outboxRetryCommand,
  outboxCommand,
  newsletterComposeCommand,
  newsletterSendCommand,
  exportConsultationCommand,
];

const USAGE = `Usage: liaison <command> [options]   (npm run liaison -- <command> [options])

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(22)} ${c.summary}`).join('\n')}

The database is the server's: DATABASE_URL (postgres://…) when set, else DATABASE_FILE,
else apps/api/data/liaison.db. "liaison <command> --help" describes a command.
`;

const write = (stream: NodeJS.WriteStream, text: string) =>
  new Promise<void>((resolve, reject) => stream.write(text, (error) => (error ? reject(error) : resolve())));

/** The command named by the first words of `argv`, and the words after it. */
function findCommand(argv: readonly string[]): { command: Command; rest: string[] } {
  for (const command of COMMANDS) {
    const words = command.name.split(' ');
    if (words.every((word, i) => argv[i] === word)) return { command, rest: argv.slice(words.length) };
  }
  const group = COMMANDS.filter((c) => c.name.startsWith(`${argv[0]} `)).map((c) => c.name.split(' ')[1]);
  if (group.length) throw new UsageError(`"${argv[0]}" needs one of: ${group.join(', ')}${argv[1] ? ` (got "${argv[1]}")` : ''}`);
  throw new UsageError(`unknown command "${argv[0]}"; commands: ${COMMANDS.map((c) => c.name).join(', ')}`);
}

async function main(argv: readonly string[]): Promise<number> {
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
    await write(argv.length ? process.stdout : process.stderr, USAGE);
    return argv.length ? 0 : 2;
  }
  let command: Command | undefined;
  try {
    const found = findCommand(argv);
    command = found.command;
    const { values, positionals } = parseArgs({
      args: found.rest,
      options: { ...command.options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
    if (values.help) {
      await write(process.stdout, `Usage: ${command.help}\n`);
      return 0;
    }
    if (positionals.length !== command.arguments.length) {
      throw new UsageError(
        command.arguments.length
          ? `expects ${command.arguments.map((a) => `<${a}>`).join(' ')}, got ${positionals.length ? positionals.map((p) => `"${p}"`).join(' ') : 'nothing'}`
          : `takes no arguments, got ${positionals.map((p) => `"${p}"`).join(' ')}`,
      );
    }
    const location = databaseLocationFromEnv(process.env, DEFAULT_DB_FILE);
    await command.run({
      values,
      // Files name where the operator stands: npm runs scripts in the package, and says where it was started.
      positionals: command.argumentKind === 'text' ? positionals : positionals.map((path) => resolve(process.env.INIT_CWD ?? process.cwd(), path)),
      location,
      out: (text) => write(process.stdout, text),
      note: (line) => void process.stderr.write(`${line}\n`),
    });
    return 0;
  } catch (error) {
    const who = command ? `liaison ${command.name}` : 'liaison';
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      // parseArgs' own messages end with advice about "--" that does not apply here.
      const message = (error as Error).message.replace(/\. To specify a positional argument.*$/s, '');
      await write(process.stderr, `${who}: ${message}\nRun "liaison ${command ? `${command.name} ` : ''}--help" for usage.\n`);
      return 2;
    }
    const lines = error instanceof CommandFailed ? error.lines : [];
    await write(process.stderr, `${who}: ${error instanceof Error ? error.message : String(error)}\n${lines.map((line) => `  ${line}\n`).join('')}`);
    return 1;
  }
}

// A reader that closes the pipe early (`… | head`) is not an error of the command.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
process.exitCode = await main(process.argv.slice(2));
