import { afterEach, describe, expect, inject, test } from 'vitest';
import { expectNoAxeViolations } from '../../../test/axe.js';
import { cleanup, mount, shadow, shadowAll, waitForState } from '../../../test/dom.js';
import type { NgoCard } from '../ngo-card/ngo-card.element.js';
import type { NgoDirectory } from './ngo-directory.element.js';
import './ngo-directory.js';

// Contract test: the element against the reference API server that test/global-setup.ts
// starts in Node (real HTTP, CORS, SQLite seeded with the sample data).
const apiBase = inject('apiBase');
const unavailable = inject('apiUnavailable');

afterEach(cleanup);

describe.skipIf(!apiBase)(`<ngo-directory> against the real API server${apiBase ? '' : ` (skipped: ${unavailable})`}`, () => {
  test('renders real sample organisations, page by page', async () => {
    const el = mount<NgoDirectory>(`<ngo-directory api-base="${apiBase}" page-size="20"></ngo-directory>`);
    await waitForState(el, 'list');
    expect(shadowAll(el, 'ngo-card')).toHaveLength(20);
    expect(shadow(el, '[part="count"]')?.textContent).toMatch(/^Showing 20 of \d+ organisations$/);

    // Follow the real cursors to the end, then look for ICOM.
    while (shadow(el, '[part="load-more"]')) {
      const before = shadowAll(el, 'ngo-card').length;
      shadow(el, '[part="load-more"]')!.click();
      await expect.poll(() => shadowAll(el, 'ngo-card').length, { timeout: 5_000 }).toBeGreaterThan(before);
      await el.updateComplete;
    }
    const all = shadowAll<NgoCard>(el, 'ngo-card');
    expect(new Set(all.map((c) => c.organization?.id)).size).toBe(all.length);
    const icom = all.find((c) => c.organization?.id === 'icom');
    expect(icom).toBeDefined();
    await icom!.updateComplete;
    expect(shadow(icom!, '[part="name"]')?.textContent?.trim()).toBe('International Council of Museums');
    expect(shadow(icom!, '[part="acronym"]')?.textContent).toBe('ICOM');
    expect(shadow(icom!, '[part="headquarters"]')?.textContent).toMatch(/^Paris, /);
    await expectNoAxeViolations(el);
  });

  test('shows the real server’s 404 as an error with Retry', async () => {
    const el = mount<NgoDirectory>(`<ngo-directory api-base="${apiBase}/no-such-prefix"></ngo-directory>`);
    await waitForState(el, 'error');
    expect(shadow(el, '[part="error-message"]')?.textContent).toBe('The server answered with an error (HTTP 404).');
    expect(shadow(el, '[part="retry"]')).not.toBeNull();
  });
});
