import type { BrowserContextOptions, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { NodeProcess } from '../../api/test/node-process.js';
import { runCli } from '../../api/test/run-cli.js';
import type { TwoNodes } from './two-nodes.js';

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

/**
 * A walk's people on `stage`: `open()` gives a page in a fresh browser context (`context`
 * options) whose uncaught errors go to `problems`; `person()` also has the operator invite them
 * on `node` and signs them in there.
 */
export function walkPeople(stage: Pick<TwoNodes, 'browser' | 'database'>, context: BrowserContextOptions = { locale: 'en-US' }) {
  const problems: string[] = [];
  const open = async (): Promise<Page> => {
    const page = await (await stage.browser.newContext(context)).newPage();
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    return page;
  };
  const person = async (node: NodeProcess, name: string, flags: string[]): Promise<Page> => {
    const page = await open();
    await acceptInvitation(page, await invite(stage.database.env, node, flags), name);
    return page;
  };
  return { problems, open, person };
}
