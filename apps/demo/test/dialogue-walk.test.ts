import { describe, expect, test } from 'vitest';
import type { NodeProcess } from '../../api/test/node-process.js';
import { useTwoNodes, WALK_BACKENDS } from './two-nodes.js';
import { walkPeople } from './walk-people.js';

/*
 * Issue 14's "done when", walked as its people do it, on the demo's role pages: two
 * `node dist/main.js` processes on one fresh database (SQLite, and PostgreSQL when
 * LIAISON_TEST_POSTGRES_URL is set), Debian's Chromium, invitations made by the operator's CLI.
 *  1. An NGO editor reports an action in <ngo-action-submit>: pending, and public reads, feeds and
 *     inboxes other than its own do not show it.
 *  2. The sector's focal point publishes it (other node): it reaches the inboxes and Atom feeds of
 *     the sector, the field office and the Member State concerned.
 *  3. The NGO sends feedback in <ngo-programme-feedback>; the sector answers it there; the answer
 *     reaches the NGO's <ngo-inbox>.
 *  4. The Liaison Committee records a recommendation (core proposes the Member State), the Member
 *     State follows it up publicly, and the public <ngo-recommendation-tracker> shows the history.
 */

const ORGANIZATION = 'demo-lanternfish-literacy-network';
const PROGRAMME = 'demo-coastal-literacy-initiative';

/** The entry titles of an addressee's public Atom feed. */
async function feedTitles(node: NodeProcess, key: string): Promise<string[]> {
  const response = await fetch(`${node.url}/v1/inboxes/${encodeURIComponent(key)}.atom`);
  expect(response.status, key).toBe(200);
  expect(response.headers.get('content-type')).toContain('application/atom+xml');
  const xml = await response.text();
  return [...xml.matchAll(/<entry[\s>][\s\S]*?<title[^>]*>([\s\S]*?)<\/title>/g)].map((match) => match[1]!);
}

async function publicActionIds(node: NodeProcess): Promise<string[]> {
  const response = await fetch(`${node.url}/v1/actions?programme=${PROGRAMME}&limit=100`);
  return ((await response.json()) as { items: { id: string }[] }).items.map((action) => action.id);
}

describe.each(WALK_BACKENDS)('on %s, across two nodes', (backend) => {
  const stage = useTwoNodes(backend);

  test('an action reported by an NGO and published by its sector reaches those concerned; feedback is answered; a recommendation is followed up in public', async () => {
    const { first, second } = stage;
    const word = `tidewren${Math.random().toString(36).slice(2, 7)}`;
    const { problems, open, person } = walkPeople(stage);
    const ngo = await person(first, 'Walk Editor', ['--role', 'ngo-editor', '--organization', ORGANIZATION]);
    const sector = await person(second, 'Walk Focal Point', ['--role', 'sector', '--sector', 'ED']);
    const office = await person(first, 'Walk Dakar Office', ['--role', 'field-office', '--field-office', 'dakar']);
    const memberState = await person(second, 'Walk Delegation', ['--role', 'member-state', '--country', 'SN']);
    const committee = await person(first, 'Walk Committee', ['--role', 'liaison-committee']);

    // 1. The NGO reports an action: pending, and only its own inbox says so.
    await ngo.goto(`${first.url}/demo/ngo.html`);
    const submit = ngo.locator('ngo-action-submit');
    // Country names arrive with the reference data: wait for the list before using it.
    await expect.poll(() => submit.locator('#countries option').count(), { timeout: 30_000 }).toBeGreaterThan(100);
    await submit.locator('#programme').selectOption(PROGRAMME);
    await submit.locator('#title-en').fill(`Reading circles on the shore ${word}`);
    await submit.locator('#countries').selectOption('SN');
    await submit
      .locator('[part="add-row"]', { has: ngo.locator('#countries') })
      .locator('[part="add"]')
      .click();
    await submit.locator('#start').fill('2026-11-02');
    await submit.locator('[part="save"]').click();
    await submit.getByText('pending review by the programme’s sector').waitFor();
    expect(
      (await feedTitles(first, 'sector:ED')).some((title) => title.includes(word)),
      'pending: not in the sector feed'
    ).toBe(false);
    // The inbox shows what was delivered when it loaded: the submission appears on the next visit.
    await ngo.reload();
    await ngo.locator('ngo-inbox').getByText(word).first().waitFor();

    // 2. The sector's focal point publishes it, on the other node.
    await sector.goto(`${second.url}/demo/sector.html`);
    const pending = sector.locator('#pending li', { hasText: word });
    await pending.getByRole('button', { name: 'Publish' }).click();
    await pending.getByText('Published').waitFor();
    for (const key of ['sector:ED', 'field-office:dakar', 'member-state:SN', `organization:${ORGANIZATION}`]) {
      await expect.poll(async () => (await feedTitles(first, key)).some((title) => title.includes(word)), { timeout: 5_000 }).toBe(true);
    }
    await expect.poll(async () => (await publicActionIds(second)).length, { timeout: 5_000 }).toBeGreaterThan(0);
    await sector.reload();
    await sector.locator('ngo-inbox').getByText(word).first().waitFor();
    await office.goto(`${first.url}/demo/field-office.html`);
    await office.locator('ngo-inbox').getByText(word).first().waitFor();
    await memberState.goto(`${second.url}/demo/member-state.html`);
    await memberState.locator('ngo-inbox').getByText(word).first().waitFor();

    // 3. Feedback from the NGO, answered by the sector.
    const feedback = ngo.locator('ngo-programme-feedback');
    await feedback.locator('#programme').selectOption(PROGRAMME);
    await feedback.locator('#subject').fill(`Materials arrive late ${word}`);
    await feedback.locator('#text').fill('The reading kits reached the coast two months after the start.');
    await feedback.locator('[part="save"]').click();
    await feedback.getByText('Its answer will appear below and in your inbox').waitFor();
    await sector.reload();
    const received = sector.locator('ngo-programme-feedback [part~="feedback-item"]', { hasText: `Materials arrive late ${word}` });
    await received.locator('textarea').fill('The next shipment leaves in January, by road.');
    await received.locator('[part="answer"]').click();
    await received.locator('[part="answer-text"]', { hasText: 'The next shipment leaves in January' }).waitFor();
    await ngo.reload();
    await ngo
      .locator('ngo-inbox li', { hasText: `Materials arrive late ${word}` })
      .filter({ hasText: 'Feedback answered' })
      .first()
      .waitFor();

    // 4. The Committee records a recommendation; core proposes Senegal's Member State; Senegal follows it up in public.
    await committee.goto(`${first.url}/demo/committee.html`);
    await committee.locator('#event').selectOption('demo-coastal-literacy-forum');
    await committee.locator('#text').fill(`Fund coastal reading circles ${word}`);
    await committee.locator('#themes').fill('literacy');
    await committee.locator('#countries').fill('SN');
    await committee.getByRole('button', { name: 'Propose addressees' }).click();
    await committee.getByLabel(/Member State SN — it names SN/).waitFor();
    await committee.getByRole('button', { name: 'Record and send' }).click();
    await committee.locator('#proposal-status', { hasText: 'Recorded' }).waitFor();

    await memberState.reload();
    const addressed = memberState.locator('#addressed li', { hasText: word });
    await addressed.getByLabel('Status').selectOption('in-progress');
    await addressed.getByLabel('Note (optional)').fill('A national reading week is planned.');
    await addressed.getByLabel(/Make this follow-up public/).check();
    await addressed.getByRole('button', { name: 'Record the follow-up' }).click();
    await memberState.locator('#addressed-status', { hasText: 'Recorded: In progress, public' }).waitFor();

    const visitor = await open();
    await visitor.goto(`${second.url}/demo/tracker.html?country=SN`);
    const tracker = visitor.locator('ngo-recommendation-tracker');
    await tracker.getByText(word).first().waitFor();
    await tracker.getByText('A national reading week is planned.').waitFor();
    expect(problems).toEqual([]);
  });
});
