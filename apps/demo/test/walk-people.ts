import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { NodeProcess } from '../../api/test/node-process.js';
import { runCli } from '../../api/test/run-cli.js';

/** Debian's Chromium as the walks launch it: headless, nothing fetched in the background. */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** The operator's way in: `liaison invite` prints a one-time link (its origin is replaced by the node's). */
export async function invite(env: Record<string, string>, node: NodeProcess, flags: string[]): Promise<string> {
  const run = await runCli(['invite', ...flags, '--json'], env);
  expect(run.status, run.stderr).toBe(0);
  const { link } = JSON.parse(run.stdout) as { link: string };
  const url = new URL(link);
  return `${node.url}${url.pathname}${url.hash}`;
}

/** The invited person opens the link, names themselves and chooses a password: signed in. */
export async function acceptInvitation(page: Page, link: string, name: string): Promise<void> {
  await page.goto(link);
  await page.locator('#accept-name').fill(name);
  await page.locator('#accept-email').fill(`${name.toLowerCase().replace(/\W+/g, '.')}@example.org`);
  await page.locator('#accept-password').fill('a long enough passphrase');
  await page.getByRole('button', { name: 'Create my access' }).click();
  await page.locator('#signed-in').waitFor();
}
