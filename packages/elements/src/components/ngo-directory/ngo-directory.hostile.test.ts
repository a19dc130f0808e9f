import type { Organization } from '@ngo-liaison/core';
import { SAMPLE_ORGANIZATIONS } from '@ngo-liaison/core/sample-data';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { expectNoAxeViolations } from '../../../test/axe.js';
import { cards, chips, typeSearch } from '../../../test/directory.js';
import { cleanup, mount, shadow, waitForState } from '../../../test/dom.js';
import { makeOrganization } from '../../../test/fixtures.js';
import { useMockServiceWorker, worker } from '../../../test/msw.js';
import type { NgoCard } from '../ngo-card/ngo-card.element.js';
import type { NgoDirectory } from './ngo-directory.element.js';
import '../ngo-organization-profile/ngo-organization-profile.js';
import './ngo-directory.js';

// Hostile text in the data (HTML, <script>, javascript: URLs, bidi controls) is shown as
// text and never executed or linked. The sample data carries such a record on purpose.
const HOSTILE = SAMPLE_ORGANIZATIONS.find((org) => org.id === 'demo-hostile-text-test')!;

useMockServiceWorker();
let alert: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  alert = vi.spyOn(window, 'alert').mockImplementation(() => {});
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

/** Every element in a tree, shadow roots included. */
function allElements(root: Element | ShadowRoot): Element[] {
  const found: Element[] = [];
  for (const el of root.querySelectorAll('*')) {
    found.push(el);
    if (el.shadowRoot) found.push(...allElements(el.shadowRoot));
  }
  return found;
}

/** Nothing in the tree came from markup in the data, and every link is http(s) (or mailto:/tel: for contacts). */
function expectInert(root: Element): void {
  const elements = allElements(root.shadowRoot!);
  const tags = new Set(elements.map((el) => el.localName));
  for (const tag of ['script', 'img', 'iframe', 'style', 'b', 'i', 'object', 'embed']) expect(tags.has(tag), tag).toBe(false);
  for (const link of elements.filter((el): el is HTMLAnchorElement => el instanceof HTMLAnchorElement)) {
    expect(['https:', 'http:', 'mailto:', 'tel:', 'blob:'], link.href).toContain(link.protocol);
  }
  for (const el of elements) {
    for (const attribute of el.getAttributeNames()) expect(attribute.startsWith('on'), `${el.localName}[${attribute}]`).toBe(false);
  }
  expect(alert).not.toHaveBeenCalled();
}

describe('hostile text in the data', () => {
  test.each(['en', 'fr', 'ar'] as const)('the directory and its cards show it as text (%s)', async (lang) => {
    const el = mount<NgoDirectory>(`<ngo-directory lang="${lang}" facets="interest status"></ngo-directory>`);
    // `items` are not validated: a field of interest that is no concept id reaches the facet as it is.
    const hostile = { ...HOSTILE, fieldsOfInterest: ['<script>alert("tag")</script>'] };
    el.items = [hostile, ...SAMPLE_ORGANIZATIONS.slice(0, 3)];
    await waitForState(el, 'list');
    await typeSearch(el, 'test');
    const card = cards(el).find((c) => c.organization?.id === HOSTILE.id) as NgoCard;
    await card.updateComplete;
    const name = shadow(card, '[part="name"]')!;
    expect(name.textContent?.trim()).toBe(HOSTILE.name[lang]);
    // Bidi controls stay inside an isolating <bdi>: they cannot reorder the card around them.
    expect(name.querySelector('bdi')).not.toBeNull();
    expect(shadow(card, '[part="headquarters"] bdi')?.textContent).toBe(HOSTILE.headquarters!.city);
    // The interest facet lists the "<script>" tag as a label, and as a chip once ticked.
    const option = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('[part="facet-checkbox"]')].find((input) =>
      input.value.startsWith('<script>'),
    )!;
    option.click();
    await el.updateComplete;
    expect(chips(el)[0]?.textContent).toContain('<script>alert("tag")</script>');
    expectInert(el);
    await expectNoAxeViolations(el);
  });

  test('a website that is not http(s) is never a link (items are not validated, so the card checks)', async () => {
    const el = mount<NgoDirectory>('<ngo-directory></ngo-directory>');
    el.items = [
      makeOrganization('js-site', { website: 'javascript:alert(1)' }),
      makeOrganization('data-site', { website: 'data:text/html,<script>alert(1)</script>' }),
      makeOrganization('vb-site', { website: 'vbscript:msgbox(1)' }),
      makeOrganization('spaced-js', { website: ' javascript:alert(1)' }),
      makeOrganization('ok-site', { website: 'https://ok.example.org/' }),
    ] as Organization[];
    await waitForState(el, 'list');
    await Promise.all(cards(el).map((c) => c.updateComplete));
    const links = cards(el).flatMap((c) => [...c.shadowRoot!.querySelectorAll('a')]);
    expect(links.map((a) => a.href)).toEqual(['https://ok.example.org/']);
    expectInert(el);
  });

  test('a profile shows hostile names, descriptions and contacts as text', async () => {
    for (const lang of ['en', 'fr', 'ar']) {
      const profile = mount<HTMLElement & { organization?: Organization; updateComplete: Promise<boolean> }>(
        `<ngo-organization-profile lang="${lang}"></ngo-organization-profile>`,
      );
      profile.organization = HOSTILE;
      await profile.updateComplete;
      const root = profile.shadowRoot!;
      expect(root.querySelector('[part="description"]')?.textContent?.trim()).toBe(HOSTILE.description![lang as 'en']);
      // The e-mail address contains "<script>": not a plausible address, so not a mailto: link.
      expect([...root.querySelectorAll('a')].some((a) => a.protocol === 'mailto:')).toBe(false);
      expect(root.querySelector('[part="contacts"]')?.textContent).toContain('hostile+<script>@hostile-text.example.org');
      expectInert(profile);
      await expectNoAxeViolations(profile);
    }
  });

  test('a hostile `src` file is refused as a whole, with a clear error', async () => {
    worker.use(
      http.get('/hostile.json', () =>
        HttpResponse.json({ items: [{ ...HOSTILE, website: 'javascript:alert(1)' }], total: 1 }),
      ),
    );
    const el = mount<NgoDirectory>('<ngo-directory src="/hostile.json"></ngo-directory>');
    await waitForState(el, 'error');
    expect(shadow(el, '[part="error-message"]')?.textContent).toBe('The server sent data in an unexpected format.');
    expectInert(el);
  });

  test('hostile values in a shared URL become plain chips', async () => {
    const original = location.href;
    try {
      const url = new URL(original);
      url.searchParams.append('interest', '<img src=x onerror=alert(1)>');
      url.searchParams.append('q', '"><script>alert(1)</script>');
      history.replaceState(null, '', url);
      const el = mount<NgoDirectory>('<ngo-directory sync-url facets="interest"></ngo-directory>');
      el.items = SAMPLE_ORGANIZATIONS;
      await waitForState(el, 'empty');
      expect(chips(el)[0]?.textContent).toContain('<img src=x onerror=alert(1)>');
      expect(shadow<HTMLInputElement>(el, '[part="search-input"]')?.value).toBe('"><script>alert(1)</script>');
      expectInert(el);
    } finally {
      history.replaceState(null, '', original);
    }
  });
});
