// Runs the date, calendar and event tests once per process time zone (TZ), each in its own
// process so the zone is really in force, and prints a matrix. Time-zone and DST bugs hide
// in code that silently reads the machine's zone; these runs make such code fail.
// Usage: node scripts/test-time-zones.mjs [Zone/One Zone/Two …]   (default: the five below)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const zones = process.argv.slice(2).length
  ? process.argv.slice(2)
  : ['Pacific/Auckland', 'America/Los_Angeles', 'Europe/Paris', 'Asia/Kolkata', 'UTC'];
const root = dirname(dirname(fileURLToPath(import.meta.url)));
const vitest = join(dirname(createRequire(import.meta.url).resolve('vitest/package.json')), 'vitest.mjs');
const scratch = mkdtempSync(join(tmpdir(), 'liaison-tz-'));

const rows = [];
let failed = false;
for (const zone of zones) {
  const outputFile = join(scratch, `${zone.replace(/\W+/g, '-')}.json`);
  const started = Date.now();
  const run = spawnSync(
    process.execPath,
    [vitest, 'run', 'src/calendar', 'src/events', '--reporter=json', `--outputFile=${outputFile}`],
    { cwd: root, env: { ...process.env, TZ: zone }, encoding: 'utf8' },
  );
  let report;
  try {
    report = JSON.parse(readFileSync(outputFile, 'utf8'));
  } catch {
    report = undefined;
  }
  const passed = report?.numPassedTests ?? 0;
  const failures = report ? report.numFailedTests : 1;
  if (run.status !== 0 || failures > 0 || !report) {
    failed = true;
    process.stderr.write(`\n--- ${zone}: failures ---\n${run.stdout}\n${run.stderr}\n`);
    for (const file of report?.testResults ?? []) {
      for (const test of file.assertionResults ?? []) {
        if (test.status === 'failed') process.stderr.write(`  ✗ ${test.fullName}\n    ${(test.failureMessages ?? []).join('\n').split('\n')[0]}\n`);
      }
    }
  }
  const offset = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'shortOffset' }).formatToParts(Date.now()).find((p) => p.type === 'timeZoneName')?.value;
  rows.push({ zone, offset, files: report?.numTotalTestSuites ?? 0, passed, failed: failures, seconds: ((Date.now() - started) / 1000).toFixed(1) });
}
rmSync(scratch, { recursive: true, force: true });

console.log('\nTime-zone matrix (src/calendar + src/events, one process per TZ)');
console.log('TZ                    offset now   passed  failed  time');
for (const row of rows) {
  console.log(`${row.zone.padEnd(21)} ${String(row.offset).padEnd(12)} ${String(row.passed).padStart(6)}  ${String(row.failed).padStart(6)}  ${row.seconds} s`);
}
process.exit(failed ? 1 : 0);
