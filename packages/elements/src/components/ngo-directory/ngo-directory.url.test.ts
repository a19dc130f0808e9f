import { SAMPLE_ORGANIZATIONS } from '@ngo-liaison/core/sample-data';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { expectNoAxeViolations } from '../../../test/axe.js';
import { cardIds, chips, facetCheckbox, searchInput, typeSearch } from '../../../test/directory.js';
import { cleanup, mount, shadow, waitForState } from '../../../test/dom.js';
import type { NgoSearchChangeEvent } from '../../events/ngo-search-change.js';
import type { NgoDirectory } from './ngo-directory.element.js';
import './ngo-directory.js';

// The test page's own URL: every test starts from it and puts it back.
const original = location.href;
beforeEach(() => history.replaceState(null, '', original));
afterEach(() => {
  cleanup();
  history.replaceState(null, '', original);
});

function withParams(params: string): void {
  const url = new URL(original);
  for (const [key, value] of new URLSearchParams(params)) url.searchParams.append(key, value);
  history.replaceState(null, '', url);
}

async function directory(attributes = 'sync-url'): Promise<NgoDirectory> {
  const el = mount<NgoDirectory>(`<ngo-directory ${attributes}></ngo-directory>`);
  el.items = SAMPLE_ORGANIZATIONS;
  await waitForState(el, 'list');
  return el;
}

const param = (name: string) => new URL(location.href).searchParams.getAll(name);

describe('<ngo-directory sync-url>', () => {
  test('opens the view a shared URL describes', async () => {
    withParams('q=musees&status=associate&sector=CLT&page_id=42');
    const el = await directory();
    expect(el.query).toEqual({ q: 'musees', filters: { status: ['associate'], sector: ['CLT'] } });
    expect(searchInput(el).value).toBe('musees');
    expect(cardIds(el)).toContain('icom');
    expect(facetCheckbox(el, 'status', 'associate')?.checked).toBe(true);
    expect(chips(el)).toHaveLength(2);
    await expectNoAxeViolations(el);
  });

  test('writes changes to the URL, keeping the page’s own parameters and hash', async () => {
    withParams('page_id=42');
    history.replaceState(null, '', `${location.href}#directory`);
    const before = history.length;
    const el = await directory();
    await typeSearch(el, 'mus');
    expect(param('q')).toEqual(['mus']);
    // Typing replaces the entry: one history entry per search, not one per letter.
    expect(history.length).toBe(before);

    facetCheckbox(el, 'sector', 'CLT')!.click();
    await el.updateComplete;
    expect(param('sector')).toEqual(['CLT']);
    expect(history.length).toBe(before + 1);
    expect(param('page_id')).toEqual(['42']);
    expect(location.hash).toBe('#directory');
  });

  test('Back and Forward restore the previous views and tell the page', async () => {
    const el = await directory();
    const reasons: string[] = [];
    el.addEventListener('ngo-search-change', (event: NgoSearchChangeEvent) => reasons.push(event.reason));
    facetCheckbox(el, 'sector', 'CLT')!.click();
    await el.updateComplete;
    facetCheckbox(el, 'status', 'associate')!.click();
    await el.updateComplete;
    const filtered = cardIds(el);

    history.back();
    await expect.poll(() => el.query.filters.status ?? []).toEqual([]);
    await el.updateComplete;
    expect(el.query.filters.sector).toEqual(['CLT']);
    expect(facetCheckbox(el, 'status', 'associate')?.checked).toBe(false);

    history.forward();
    await expect.poll(() => el.query.filters.status ?? []).toEqual(['associate']);
    await el.updateComplete;
    expect(cardIds(el)).toEqual(filtered);
    expect(reasons).toEqual(['facet', 'facet', 'history', 'history']);
  });

  test('a prefix keeps two directories (and the page) apart; unknown values are ignored', async () => {
    withParams('a-sector=CLT&b-sector=SC&sector=ED&a-status=not-a-status&a-sort=nonsense');
    const a = await directory('sync-url="a-"');
    const b = await directory('sync-url="b-"');
    expect(a.query).toEqual({ q: '', filters: { sector: ['CLT'] } });
    expect(b.query).toEqual({ q: '', filters: { sector: ['SC'] } });
    await typeSearch(b, 'x');
    expect(param('b-q')).toEqual(['x']);
    expect(param('a-sector')).toEqual(['CLT']);
    expect(param('sector')).toEqual(['ED']);
  });

  test('without sync-url the URL is left alone', async () => {
    withParams('sector=CLT');
    const el = await directory('');
    expect(el.query.filters).toEqual({});
    await typeSearch(el, 'abc');
    expect(param('q')).toEqual([]);
    expect(shadow(el, '[part="search-input"]')).not.toBeNull();
  });
});
