import { SDGS } from '@ngo-liaison/core/reference';
import { SAMPLE_ORGANIZATIONS } from '@ngo-liaison/core/sample-data';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { expectNoAxeViolations } from '../../../test/axe.js';
import { chips, facet, facetCheckbox, facetOptions } from '../../../test/directory.js';
import { cleanup, mount, shadow, waitForState } from '../../../test/dom.js';
import type { NgoSearchChangeEvent } from '../../events/ngo-search-change.js';
import type { NgoDirectory } from './ngo-directory.element.js';
import './ngo-directory.js';
import { listedByDefault } from '../../../test/fixtures.js';

// The test page's own URL: every test starts from it and puts it back (sync-url writes to it).
const original = location.href;
beforeEach(() => history.replaceState(null, '', original));
afterEach(() => {
  cleanup();
  history.replaceState(null, '', original);
});

const title = (goal: number, lang: 'en' | 'fr' | 'ar') => SDGS.find((sdg) => sdg.number === goal)!.title[lang];
const listed = listedByDefault(SAMPLE_ORGANIZATIONS);
const goals = [...new Set(listed.flatMap((org) => org.sdgs ?? []))];
const count = (goal: number) => listed.filter((org) => org.sdgs?.includes(goal)).length;

async function directory(attributes: string, state = 'list'): Promise<NgoDirectory> {
  const el = mount<NgoDirectory>(`<ngo-directory facets="sdg" ${attributes}></ngo-directory>`);
  el.items = SAMPLE_ORGANIZATIONS;
  await waitForState(el, state);
  return el;
}

/** The label of a facet value's checkbox, without its count. */
const facetLabel = (el: NgoDirectory, value: string) =>
  facetCheckbox(el, 'sdg', value)!.closest('label')!.querySelector<HTMLElement>('[part="facet-label"]')!;

describe('<ngo-directory>: SDGs by number and title', () => {
  test('English: "SDG 4: Quality education" in the facet and its chip; the value stays "4" (URL, event)', async () => {
    const el = await directory('sync-url');
    expect(goals.length).toBeGreaterThan(3);
    // Every goal of the sample data, with its title and count (whatever the facet's order).
    const shown = facetOptions(el, 'sdg');
    for (const goal of goals.filter((goal) => shown.some((option) => option.startsWith(`SDG ${goal}:`)))) {
      expect(shown).toContain(`SDG ${goal}: ${title(goal, 'en')} ${count(goal)}`);
    }
    expect(shown.every((option) => /^SDG \d+: \S/.test(option))).toBe(true);
    const label = facetLabel(el, '4');
    expect(label.textContent).toBe('SDG\u00a04: Quality education');
    expect(label.getAttribute('lang')).toBeNull();
    await expectNoAxeViolations(el);

    const events: NgoSearchChangeEvent[] = [];
    el.addEventListener('ngo-search-change', (event: NgoSearchChangeEvent) => events.push(event));
    facetCheckbox(el, 'sdg', '4')!.click();
    await el.updateComplete;
    expect(events.map((event) => event.query.filters)).toEqual([{ sdg: ['4'] }]);
    expect(new URL(location.href).searchParams.getAll('sdg')).toEqual(['4']);
    const [chip] = chips(el);
    expect(chip?.dataset.value).toBe('4');
    expect(chip?.getAttribute('aria-label')).toBe('Remove filter: SDG\u00a04: Quality education');
    expect(chip?.querySelector('bdi')?.textContent).toBe('SDG\u00a04: Quality education');
    await expectNoAxeViolations(el);
  });

  test('a filter from the URL on a goal no organisation has still gets a titled chip', async () => {
    const url = new URL(original);
    url.searchParams.set('sdg', '17');
    history.replaceState(null, '', url);
    // No organisation of the sample data works on goal 17.
    expect(count(17)).toBe(0);
    const el = await directory('sync-url', 'empty');
    expect(el.query.filters).toEqual({ sdg: ['17'] });
    expect(chips(el).map((chip) => chip.querySelector('bdi')?.textContent)).toEqual(['SDG\u00a017: Partnerships for the goals']);
    expect(facetCheckbox(el, 'sdg', '17')?.checked).toBe(true);
  });

  test('French: the French pattern (non-breaking space before the colon) and title', async () => {
    const el = await directory('lang="fr"');
    const label = facetLabel(el, '4');
    expect(label.textContent).toBe(`ODD\u00a04\u00a0: ${title(4, 'fr')}`);
    expect(label.getAttribute('lang')).toBeNull();
    expect(label.querySelector('[lang]')).toBeNull();
    facetCheckbox(el, 'sdg', '4')!.click();
    await el.updateComplete;
    expect(chips(el)[0]?.getAttribute('aria-label')).toBe(`Retirer le filtre\u00a0: ODD\u00a04\u00a0: ${title(4, 'fr')}`);
    await expectNoAxeViolations(el);
  });

  test('Arabic, right to left: Arabic pattern, digits and title; axe clean', async () => {
    const el = await directory('lang="ar"');
    expect(getComputedStyle(shadow(el, '[part="base"]')!).direction).toBe('rtl');
    const four = new Intl.NumberFormat('ar').format(4);
    const label = facetLabel(el, '4');
    expect(label.textContent).toBe(`الهدف\u00a0${four}: ${title(4, 'ar')}`);
    expect(label.getAttribute('lang')).toBeNull();
    await expectNoAxeViolations(el);
    facetCheckbox(el, 'sdg', '4')!.click();
    await el.updateComplete;
    expect(chips(el)[0]?.getAttribute('aria-label')).toBe(`إزالة عامل التصفية: الهدف\u00a0${four}: ${title(4, 'ar')}`);
    await expectNoAxeViolations(el);
  });

  test('a long title wraps inside a narrow facet column: checkbox and count stay on its first line', async () => {
    const host = mount<HTMLDivElement>('<div style="inline-size: 60rem"><ngo-directory facets="sdg" lang="fr" style="--ngo-directory-facets-size: 11rem"></ngo-directory></div>');
    const el = host.querySelector<NgoDirectory>('ngo-directory')!;
    el.items = SAMPLE_ORGANIZATIONS;
    await waitForState(el, 'list');
    // Climate action has the longest French title (62 characters).
    expect(goals).toContain(13);
    shadow(el, '[part="facet-more"]')?.click();
    await el.updateComplete;
    const label = facetLabel(el, '13');
    expect(label.textContent).toBe(`ODD\u00a013\u00a0: ${title(13, 'fr')}`);
    const lineHeight = parseFloat(getComputedStyle(label).lineHeight) || parseFloat(getComputedStyle(label).fontSize) * 1.2;
    const box = label.getBoundingClientRect();
    expect(box.height).toBeGreaterThan(lineHeight * 1.5);
    // Nothing sticks out of the facet column (11rem beside the results).
    const fieldset = facet(el, 'sdg')!;
    expect(fieldset.getBoundingClientRect().width).toBeLessThanOrEqual(11 * parseFloat(getComputedStyle(document.documentElement).fontSize) + 0.5);
    expect(fieldset.scrollWidth).toBeLessThanOrEqual(fieldset.clientWidth);
    const option = label.closest('label')!;
    expect(option.getBoundingClientRect().right).toBeLessThanOrEqual(fieldset.getBoundingClientRect().right + 0.5);
    // "ODD 13" is never split over two lines (non-breaking spaces in the pattern).
    const text = [...label.childNodes].find((node) => node.nodeType === Node.TEXT_NODE && node.textContent)!;
    const range = document.createRange();
    range.setStart(text, 0);
    range.setEnd(text, 'ODD\u00a013\u00a0:'.length);
    const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
    expect(lines.size).toBe(1);
    // Checkbox and count are beside the first line, not the middle of the block.
    const first = [...range.getClientRects()][0]!;
    for (const part of ['facet-checkbox', 'facet-count']) {
      const node = option.querySelector(`[part="${part}"]`)!.getBoundingClientRect();
      expect(node.top).toBeLessThan(first.bottom);
      expect(node.bottom).toBeGreaterThan(first.top);
    }
    await expectNoAxeViolations(el);
  });
});
