/*
 * What every framework's page must do with the elements, in the manner of Custom Elements
 * Everywhere: the same page (same ids) built with plain HTML, React 19 and Vue 3, and the
 * same checks on each. `context` is { api, twoIds } (the API's URL and the ids of its first
 * two organisations, fetched by the runner).
 */

const TIMEOUT = 15_000;

/** Waits until `predicate(arg)` is true in the page; on timeout, says what `describe(arg)` saw. */
async function waitUntil(page, what, predicate, arg, describe) {
  try {
    await page.waitForFunction(predicate, arg, { timeout: TIMEOUT });
  } catch (error) {
    const seen = describe ? await page.evaluate(describe, arg).catch((e) => `(could not look: ${e.message})`) : '';
    throw new Error(`${what}${seen ? `; saw ${JSON.stringify(seen)}` : ''} (${error.message.split('\n')[0]})`, { cause: error });
  }
}

const outputIs = (page, id, expected) =>
  waitUntil(
    page,
    `#${id} should read "${expected}"`,
    ([id, expected]) => document.getElementById(id)?.textContent?.trim() === expected,
    [id, expected],
    ([id]) => document.getElementById(id)?.textContent?.trim(),
  );

export const WIDGET_CHECKS = [
  {
    name: 'attributes reach the element: api-base and page-size load three cards from the API',
    async run(page, { api }) {
      await waitUntil(
        page,
        '#remote should show 3 cards',
        (selector) => document.querySelector(selector)?.shadowRoot?.querySelectorAll('ngo-card').length === 3,
        '#remote',
        (selector) => document.querySelector(selector)?.shadowRoot?.querySelectorAll('ngo-card').length,
      );
      const seen = await page.evaluate(() => {
        const remote = document.getElementById('remote');
        return { apiBase: remote.apiBase, pageSize: remote.pageSize };
      });
      if (seen.apiBase !== api || seen.pageSize !== 3) throw new Error(`#remote has apiBase ${seen.apiBase} and pageSize ${seen.pageSize}`);
    },
  },
  {
    name: 'a custom event reaches the framework listener with its typed payload (ngo-organization-select)',
    async run(page) {
      const firstId = await page.evaluate(() => document.getElementById('remote').shadowRoot.querySelector('ngo-card').organization.id);
      await page.locator('#remote ngo-card [part="name"]').first().click();
      await outputIs(page, 'selected', firstId);
    },
  },
  {
    name: 'typing in the search box reaches the framework listener (ngo-search-change)',
    async run(page) {
      await page.locator('#remote [part="search-input"]').fill('heritage');
      await outputIs(page, 'query', 'heritage');
    },
  },
  {
    name: 'a value the framework changes re-renders the element (lang en → fr)',
    async run(page) {
      const label = () => document.getElementById('remote').shadowRoot.querySelector('[part="search-label"]')?.textContent?.trim();
      const before = await page.evaluate(label);
      await page.locator('#toggle-lang').click();
      await waitUntil(
        page,
        `#remote should switch to French (its search label was "${before}")`,
        (before) => {
          const remote = document.getElementById('remote');
          const text = remote.shadowRoot.querySelector('[part="search-label"]')?.textContent?.trim();
          return remote.lang === 'fr' && Boolean(text) && text !== before;
        },
        before,
        () => ({ lang: document.getElementById('remote').lang, label: document.getElementById('remote').shadowRoot.querySelector('[part="search-label"]')?.textContent?.trim() }),
      );
    },
  },
  {
    name: 'an object property: `items` shows exactly the organisations given, not an attribute',
    async run(page, { twoIds }) {
      await waitUntil(
        page,
        `#local should show ${twoIds.join(', ')}`,
        (ids) => JSON.stringify([...(document.getElementById('local').shadowRoot?.querySelectorAll('ngo-card') ?? [])].map((card) => card.organization?.id)) === JSON.stringify(ids),
        twoIds,
        () => [...(document.getElementById('local').shadowRoot?.querySelectorAll('ngo-card') ?? [])].map((card) => card.organization?.id),
      );
      if (await page.evaluate(() => document.getElementById('local').hasAttribute('items'))) throw new Error('#local has an `items` attribute: the array was not set as a property');
    },
  },
  {
    name: 'an object property: `client` loads the card, whose event reaches the framework listener',
    async run(page) {
      await waitUntil(
        page,
        '#card should show an organisation loaded through its `client` property',
        () => {
          const card = document.getElementById('card');
          const name = card.shadowRoot?.querySelector('[part="name"]')?.textContent?.trim();
          return card.state === 'ready' && Boolean(name) && !card.hasAttribute('client') && typeof card.client?.organizations?.get === 'function';
        },
        undefined,
        () => ({ state: document.getElementById('card').state, attributes: document.getElementById('card').getAttributeNames() }),
      );
      // The event names what the card loaded: the organisation of its org-id.
      await page.locator('#card [part="name"]').click();
      await outputIs(page, 'card-selected', 'icom');
    },
  },
  {
    name: 'slotted content fills the element’s named slot (slot="empty")',
    async run(page) {
      await waitUntil(
        page,
        '#empty-message should be shown in the empty slot of #empty',
        () => {
          const message = document.getElementById('empty-message');
          return document.getElementById('empty').state === 'empty' && message.assignedSlot?.name === 'empty' && message.getBoundingClientRect().height > 0;
        },
        undefined,
        () => ({ state: document.getElementById('empty').state, slot: document.getElementById('empty-message').assignedSlot?.name ?? null }),
      );
    },
  },
  {
    name: 'a cancelable event: preventDefault() in the framework listener keeps the calendar’s dialog closed',
    async run(page) {
      const title = page.locator('#calendar [part="event"] [part="event-title"]').first();
      await title.waitFor({ timeout: TIMEOUT });
      const id = await title.evaluate((node) => node.closest('[part="event"]').dataset.id);
      await title.click();
      await outputIs(page, 'event', id);
      const open = await page.evaluate(() => document.getElementById('calendar').shadowRoot.querySelector('dialog')?.open ?? false);
      if (open) throw new Error('the calendar opened its dialog although the listener called preventDefault()');
    },
  },
];
