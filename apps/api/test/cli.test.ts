import { describe, expect, it } from 'vitest';
import { tempDatabase } from '../src/testing/temp-database.js';
import { runCli } from './run-cli.js';

describe('liaison command line', { timeout: 60_000 }, () => {
  // Each test runs the built command line several times (~1 s each alone, more when the suite loads both cores).
  it('migrate applies pending migrations and prints each; a second run has nothing to apply', async () => {
    const db = await tempDatabase();
    try {
      const first = await runCli(['migrate'], db.env);
      expect(first.status, first.stderr).toBe(0);
      expect(first.stdout).toMatch(/^applied 0001_organizations\n(applied \d{4}_[a-z_]+\n)+Database .* is up to date \(\d+ applied\)\n$/);
      expect(first.stdout).toContain('applied 0007_change_log\n');
      const second = await runCli(['migrate'], db.env);
      expect(second.status).toBe(0);
      expect(second.stdout).toMatch(/is up to date \(nothing to apply\)\n$/);
    } finally {
      await db.cleanup();
    }
  });

  it('describes every command with --help (exit 0) and refuses a wrong command line with exit code 2', async () => {
    const env = { DATABASE_FILE: '/nonexistent/never-created.db' };
    for (const command of [['migrate'], ['organizations', 'export'], ['organizations', 'import'], ['backup'], ['restore']]) {
      const help = await runCli([...command, '--help'], env);
      expect(help.status).toBe(0);
      expect(help.stdout).toMatch(new RegExp(`^Usage: liaison ${command.join(' ')}`));
    }
    const none = await runCli([], env);
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('Commands:');
    const extra = await runCli(['backup', 'a.jsonl', 'b.jsonl'], env);
    expect(extra.status).toBe(2);
    expect(extra.stderr).toBe('liaison backup: expects <file>, got "a.jsonl" "b.jsonl"\nRun "liaison backup --help" for usage.\n');
    const missing = await runCli(['backup', '/tmp/x.jsonl'], env);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toBe('liaison backup: no database at /nonexistent/never-created.db (set DATABASE_FILE or DATABASE_URL)\n');
  });
});
