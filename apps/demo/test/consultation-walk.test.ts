import type { Locator } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { axeViolations } from './axe-page.js';
import { useTwoNodes, WALK_BACKENDS } from './two-nodes.js';
import { walkPeople } from './walk-people.js';

/*
 * Issue 15's "done when" for collective consultations, walked in <ngo-consultation> on the NGO
 * page of a real `node dist/main.js` (SQLite, and PostgreSQL when LIAISON_TEST_POSTGRES_URL is
 * set) in Debian's Chromium:
 *  - An NGO editor answers the sample consultation a fresh server seeds (the ranking by keyboard),
 *    reloads the page and finds the answers again; the owning sector counts it in its live results.
 *  - The sector opens a short consultation, the NGO answers it, it closes, the sector publishes,
 *    and the NGO's element shows the published results as tables.
 */

const ORGANIZATION = 'demo-lanternfish-literacy-network';
const SAMPLE = 'cons-demo-literacy-priorities';

const rows = (table: Locator) =>
  table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((cell) => cell.textContent?.replace(/\s+/g, ' ').trim())));

describe.each(WALK_BACKENDS)('on %s', (backend) => {
  // Two nodes are started; this walk uses the first (the cross-node walks use both).
  const stage = useTwoNodes(backend);

  test('an NGO answers in <ngo-consultation>, finds its answers again, and reads the published results', async () => {
    const { first: node } = stage;
    const { problems, person } = walkPeople(stage, { locale: 'en-US', timezoneId: 'Europe/Paris' });
    const ngo = await person(node, 'Walk Editor', ['--role', 'ngo-editor', '--organization', ORGANIZATION]);
    const sector = await person(node, 'Walk Focal Point', ['--role', 'sector', '--sector', 'ED']);

    // The NGO answers the sample consultation: a radio, a checkbox, the ranking by keyboard, text.
    await ngo.goto(`${node.url}/demo/ngo.html`);
    const element = ngo.locator('ngo-consultation');
    await element.locator('[part="save"]').waitFor();
    await element.locator('input[value="youth"]').check();
    await element.locator('input[value="radio"]').check();
    await element.locator('#q-order-books-down').focus();
    await ngo.keyboard.press('Enter');
    await ngo.keyboard.press('Enter');
    await element.locator('[part="announcer"]').getByText('is now number 3 of 3').waitFor();
    await element.locator('#q-comment').fill('Radio lessons reach the most learners.');
    await element.locator('[part="save"]').click();
    await element.locator('[part="status"]').getByText('Saved on').waitFor();
    expect(await axeViolations(ngo, 'ngo-consultation')).toEqual([]);

    // Reloaded: the answers are there, and still editable.
    await ngo.reload();
    await element.locator('[part="notice"]').getByText('Your answers saved on').waitFor();
    expect(await element.locator('input[value="youth"]').isChecked()).toBe(true);
    expect(await element.locator('[data-question="order"] [part="rank-item"]').evaluateAll((items) => items.map((li) => li.getAttribute('data-option')))).toEqual([
      'teachers',
      'places',
      'books',
    ]);

    // The owning sector's live results count it (the client on its signed-in page).
    await sector.goto(`${node.url}/demo/sector.html`);
    const live = (await sector.evaluate(`(async () => {
      const { client } = await import('/demo/write-path.js');
      return client.consultations.results(${JSON.stringify(SAMPLE)});
    })()`)) as { responses: number; questions: { question: string; counts?: { option: string; count: number }[] }[] };
    expect(live.responses).toBe(1);
    expect(live.questions.find((q) => q.question === 'focus')!.counts!.find((c) => c.option === 'youth')!.count).toBe(1);

    // A short consultation of the sector: opened, answered by the NGO, closed, published.
    const created = (await sector.evaluate(`(async () => {
      const { client } = await import('/demo/write-path.js');
      const now = Date.now();
      return client.consultations.create({
        title: { en: 'Walk: which language first?' },
        owner: { kind: 'sector', sector: 'ED' },
        audience: { kind: 'all-partners' },
        questions: [{ key: 'first', kind: 'single-choice', prompt: { en: 'Which language first?' }, options: [{ key: 'wolof', label: { en: 'Wolof' } }, { key: 'french', label: { en: 'French' } }] }],
        opensAt: new Date(now - 60000).toISOString(),
        closesAt: new Date(now + 8000).toISOString(),
      });
    })()`)) as { id: string; closesAt: string };
    await ngo.evaluate(`(async () => {
      const { client } = await import('/demo/write-path.js');
      await client.consultations.respond(${JSON.stringify(created.id)}, { answers: { first: 'wolof' } });
    })()`);
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, Date.parse(created.closesAt) - Date.now() + 500)));
    await sector.evaluate(`(async () => {
      const { client } = await import('/demo/write-path.js');
      await client.consultations.publish(${JSON.stringify(created.id)});
    })()`);

    await element.evaluate((el, id) => el.setAttribute('consultation-id', id), created.id);
    const table = element.locator('[data-question="first"] table');
    await table.waitFor();
    expect(await rows(table)).toEqual([
      ['Wolof', '1', '100%'],
      ['French', '0', '0%'],
    ]);
    await element.locator('[part~="closed"]').getByText('This consultation closed on').waitFor();
    expect(await element.locator('[part="base"]').count()).toBe(0);
    expect(await axeViolations(ngo, 'ngo-consultation')).toEqual([]);
    expect(problems).toEqual([]);
  });
});
