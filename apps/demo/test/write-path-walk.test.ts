import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import type { NodeProcess } from '../../api/test/node-process.js';
import { useTwoNodes, WALK_BACKENDS } from './two-nodes.js';

/*
 * The "done when", walked as people do it: two `node dist/main.js` processes on one
 * fresh database (SQLite, and PostgreSQL when LIAISON_TEST_POSTGRES_URL is set), Debian's
 * Chromium on the demo pages they serve.
 *  1. The Secretariat opens the invitation link the first node printed, sets up its access,
 *     and invites an NGO editor on the people page.
 *  2. The editor opens that link on the *other* node, changes the profile in
 *     <ngo-organization-editor> and sees it pending; nobody else does.
 *  3. The Secretariat publishes it in <ngo-revision-review>; the first node's search finds it
 *     at once, the second within its change-feed poll, and <ngo-directory> shows it.
 */

const ORGANIZATION = 'demo-lanternfish-literacy-network';
const POSTGRES_URL = process.env.LIAISON_TEST_POSTGRES_URL;

test('PostgreSQL is there when CI requires it', () => {
  if (process.env.REQUIRE_POSTGRES === '1') expect(POSTGRES_URL, 'REQUIRE_POSTGRES=1 needs LIAISON_TEST_POSTGRES_URL').toBeTruthy();
});

/** Sets up a person's access from an invitation link and waits until the page says who they are. */
async function acceptInvitation(page: Page, link: string, person: { name: string; email: string }): Promise<void> {
  await page.goto(link);
  await page.locator('#accept-name').fill(person.name);
  await page.locator('#accept-email').fill(person.email);
  await page.locator('#accept-password').fill('a long enough passphrase');
  await page.getByRole('button', { name: 'Create my access' }).click();
  await page.locator('#signed-in').waitFor();
  await expect.poll(() => page.locator('#who').textContent()).toContain(person.name);
}

async function search(node: NodeProcess, word: string): Promise<string[]> {
  const response = await fetch(`${node.url}/v1/organizations?q=${word}`);
  const page = (await response.json()) as { items: { id: string }[] };
  return page.items.map((org) => org.id);
}

describe.each(WALK_BACKENDS)('on %s, across two nodes', (backend) => {
  const stage = useTwoNodes(backend);

  test('the Secretariat invites an NGO editor, who changes the profile; once published it is found on both nodes', async () => {
    const { first, second, browser } = stage;
    const word = `zephyrquill${Math.random().toString(36).slice(2, 7)}`;
    const problems: string[] = [];
    const open = async () => {
      const context = await browser.newContext({ locale: 'en-US' });
      const page = await context.newPage();
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      return page;
    };

    // 1. The local Secretariat invitation (standard error of the first node), then an invitation for the editor.
    const local = /(http:\/\/\S+\/sign-in#invitation=\S+)/.exec(first.output())?.[1];
    expect(local, `the first node printed a Secretariat invitation:\n${first.output()}`).toBeTruthy();
    const secretariat = await open();
    await acceptInvitation(secretariat, local!, { name: 'Walk Secretariat', email: 'secretariat@example.org' });
    await secretariat.goto(`${first.url}/demo/people.html`);
    await secretariat.locator('#invite-section').waitFor();
    await secretariat.getByLabel('Name', { exact: true }).fill('Walk Editor');
    await secretariat.getByLabel('Role').selectOption('ngo-editor');
    await secretariat.getByLabel('Organisation id').fill(ORGANIZATION);
    await secretariat.getByRole('button', { name: 'Create the invitation' }).click();
    const editorLink = await secretariat.locator('#invitation-link').inputValue();
    expect(editorLink).toMatch(/\/sign-in#invitation=/);

    // 2. The editor signs in on the other node and changes the English name: pending.
    const editor = await open();
    await acceptInvitation(editor, editorLink.replace(first.url, second.url), { name: 'Walk Editor', email: 'editor@example.org' });
    await editor.goto(`${second.url}/demo/editor.html`);
    const name = editor.locator('ngo-organization-editor #name-en');
    await expect.poll(() => name.inputValue(), { timeout: 30_000 }).not.toBe('');
    const before = await name.inputValue();
    await name.fill(`${before} ${word}`);
    await editor.locator('ngo-organization-editor [part~="save"]').click();
    await editor.locator('ngo-organization-editor [part="status"]', { hasText: 'Sent for review' }).waitFor();
    // Back later, the editor finds its change still pending (its own view; the public one is unchanged).
    await editor.reload();
    await editor.locator('ngo-organization-editor [part~="pending"]').waitFor();
    await expect.poll(() => name.inputValue(), { timeout: 10_000 }).toBe(`${before} ${word}`);
    expect(await search(first, word), 'pending changes stay out of search').toEqual([]);
    expect(await search(second, word)).toEqual([]);

    // 3. The Secretariat reviews it (the diff shows the new name) and publishes.
    await secretariat.goto(`${first.url}/demo/review.html`);
    await secretariat.locator('ngo-revision-review [part="after"]', { hasText: word }).waitFor();
    await secretariat.locator('ngo-revision-review [part="publish"]').click();
    await secretariat.locator('ngo-revision-review [part="empty"]').waitFor();
    expect(await search(first, word), 'the node that took the publish serves it at once').toEqual([ORGANIZATION]);
    await expect.poll(() => search(second, word), { timeout: 5_000, interval: 50 }).toEqual([ORGANIZATION]);

    // The directory on the other node, as any visitor sees it.
    const visitor = await open();
    await visitor.goto(`${second.url}/`);
    await visitor.locator('ngo-directory [part="search-input"]').fill(word);
    await visitor.locator('ngo-directory [part="item"]', { hasText: word }).waitFor();
    expect(problems).toEqual([]);
  });
});
