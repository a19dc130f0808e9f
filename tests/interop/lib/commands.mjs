import { spawn } from 'node:child_process';

/**
 * Runs a command to its end and resolves with its output; rejects with the command, its
 * exit code and its output (both streams) when it fails. Nothing is inherited: a failing
 * step prints what it said, a passing one stays quiet unless asked.
 */
export function run(command, args, { cwd, env } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.once('error', reject);
    child.once('close', (code, signal) => {
      if (code === 0) resolve({ stdout, stderr });
      else reject(new Error(`${command} ${args.join(' ')} (in ${cwd ?? process.cwd()}) exited with ${code ?? signal}\n${stdout}${stderr}`));
    });
  });
}

/** Runs `step` and returns its result, logging how long it took. */
export async function timed(label, step) {
  const started = performance.now();
  const result = await step();
  console.log(`  ok  ${label} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  return result;
}
