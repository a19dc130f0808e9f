import { COUNTRIES } from '@ngo-liaison/core/reference';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { expectNoAxeViolations } from '../../../test/axe.js';
import { cleanup, deepActiveElement, mount, mountInWidth, shadow, shadowAll } from '../../../test/dom.js';
import { HOSTILE_NAME, ORGANIZATIONS, makeOrganization } from '../../../test/fixtures.js';
import { createHandlers } from '@ngo-liaison/client/msw';
import { useMockServiceWorker, worker } from '../../../test/msw.js';
import type { NgoCard } from './ngo-card.element.js';
import './ngo-card.js';

useMockServiceWorker();
afterEach(cleanup);

async function card(organization = ORGANIZATIONS[0], attributes = ''): Promise<NgoCard> {
  const el = mount<NgoCard>(`<ngo-card ${attributes}></ngo-card>`);
  el.organization = organization;
  await el.updateComplete;
  return el;
}

const text = (el: Element, selector: string) => shadow(el, selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('<ngo-card> on its own', () => {
  test('renders an organisation with a heading, its facts and a website link', async () => {
    const el = await card();
    const heading = shadow(el, '[part="heading"]')!;
    expect(heading.getAttribute('role')).toBe('heading');
    expect(heading.getAttribute('aria-level')).toBe('3');
    expect(text(el, '[part="name"]')).toBe('Lantern Literacy Society');
    expect(shadowAll(el, 'dt').map((dt) => dt.textContent)).toEqual(['Partnership category', 'Headquarters', 'Sectors', 'Website']);
    const france = COUNTRIES.find((c) => c.code === 'FR')?.name.en ?? 'FR';
    expect(text(el, '[part="headquarters"]')).toBe(`Paris, ${france}`);
    const link = shadow<HTMLAnchorElement>(el, '[part="website"]')!;
    expect(link.protocol).toBe('https:');
    expect(link.rel).toBe('noopener noreferrer');
    await expectNoAxeViolations(el);
  });

  test('renders nothing without an organisation', async () => {
    const el = mount<NgoCard>('<ngo-card></ngo-card>');
    await el.updateComplete;
    expect(shadow(el, '[part="base"]')).toBeNull();
  });

  test('follows its lang attribute, in French and in Arabic', async () => {
    const fr = await card(ORGANIZATIONS[0], 'lang="fr"');
    expect(text(fr, '[part="name"]')).toBe('Société Lanterne pour l’alphabétisation');
    expect(text(fr, '[part="acronym"]')).toBe('SLA');
    expect(shadowAll(fr, 'dt').map((dt) => dt.textContent)).toEqual(['Catégorie de partenariat', 'Siège', 'Secteurs', 'Site web']);

    const ar = await card(ORGANIZATIONS[1], 'lang="ar"');
    expect(shadow(ar, '[part="base"]')?.getAttribute('dir')).toBe('rtl');
    expect(shadow(ar, '[part="name"]')?.getAttribute('lang')).toBe('en');
    expect(shadowAll(ar, '[part="sector"]')[0]?.textContent).toBe('قطاع العلوم الطبيعية');
    await expectNoAxeViolations(ar);
  });

  test('inherits lang and dir from an ancestor, and dir only when it is closer than lang', async () => {
    const wrapper = mount<HTMLElement>('<div lang="ar"><section dir="ltr"><ngo-card></ngo-card></section></div>');
    const inner = wrapper.querySelector('ngo-card') as NgoCard;
    inner.organization = ORGANIZATIONS[0];
    await inner.updateComplete;
    expect(shadow(inner, '[part="base"]')?.getAttribute('lang')).toBe('ar');
    expect(shadow(inner, '[part="base"]')?.getAttribute('dir')).toBe('ltr');

    const outer = mount<HTMLElement>('<div dir="ltr"><div lang="ar"><ngo-card></ngo-card></div></div>');
    const rtl = outer.querySelector('ngo-card') as NgoCard;
    rtl.organization = ORGANIZATIONS[0];
    await rtl.updateComplete;
    expect(shadow(rtl, '[part="base"]')?.getAttribute('dir')).toBe('rtl');
  });

  test('click and keyboard emit ngo-organization-select; the website link does not', async () => {
    const el = await card();
    const onSelect = vi.fn();
    el.addEventListener('ngo-organization-select', onSelect);

    shadow(el, '[part="details"]')!.click(); // anywhere on the card
    expect(onSelect).toHaveBeenCalledTimes(1);
    expect(onSelect.mock.calls[0]![0].organization.id).toBe('lantern-society');

    const link = shadow<HTMLAnchorElement>(el, '[part="website"]')!;
    link.addEventListener('click', (event) => event.preventDefault());
    link.click();
    expect(onSelect).toHaveBeenCalledTimes(1);

    el.focus(); // delegatesFocus: the name button takes focus
    expect(deepActiveElement()).toBe(shadow(el, '[part="name"]'));
    await userEvent.keyboard(' ');
    expect(onSelect).toHaveBeenCalledTimes(2);
  });

  test('does not emit when the host sets a property', async () => {
    const el = await card();
    const onSelect = vi.fn();
    el.addEventListener('ngo-organization-select', onSelect);
    el.organization = ORGANIZATIONS[1];
    el.headingLevel = 2;
    await el.updateComplete;
    expect(onSelect).not.toHaveBeenCalled();
    expect(shadow(el, '[part="heading"]')?.getAttribute('aria-level')).toBe('2');
  });

  test('shows hostile text as text and links only http(s) websites', async () => {
    const hostile = await card(makeOrganization('x', { name: { en: HOSTILE_NAME, fr: HOSTILE_NAME } }));
    expect(text(hostile, '[part="name"]')).toBe(HOSTILE_NAME);
    expect(hostile.shadowRoot?.querySelector('img')).toBeNull();

    for (const website of ['javascript:alert(1)', 'data:text/html,hi', 'mailto:a@b.org', 'not a url']) {
      const el = await card(makeOrganization('y', { website }));
      expect(shadowAll(el, 'a')).toHaveLength(0);
    }
  });

  test('keeps long unbroken names and acronyms inside a 320 px card', async () => {
    const long = '=HYPERLINK("https://evil.example.org","HTTA")';
    const el = mountInWidth<NgoCard>(320, '<ngo-card></ngo-card>');
    el.organization = makeOrganization('z', { name: { en: `${long}${long}`, fr: `${long}${long}` }, acronym: { en: long } });
    await el.updateComplete;
    const host = el.getBoundingClientRect();
    for (const part of ['name', 'acronym']) {
      const node = shadow(el, `[part="${part}"] bdi`) ?? shadow(el, `[part="${part}"]`)!;
      expect(node.getBoundingClientRect().right, part).toBeLessThanOrEqual(host.right + 0.5);
    }
  });

  test('labels fictional organisations and only them', async () => {
    const real = await card(makeOrganization('real', { fictional: false }));
    expect(shadow(real, '[part="badge"]')).toBeNull();
    const demo = await card(makeOrganization('demo'));
    expect(text(demo, '[part="badge"]')).toBe('Fictional organisation (demo data)');
  });
});

describe('<ngo-card> improvements', () => {
  const API = 'https://api.liaison.test/v1';

  test('loads an organisation by org-id from api-base, with a loading and an error state', async () => {
    worker.use(...createHandlers({ baseUrl: API, organizations: ORGANIZATIONS }));
    const el = mount<NgoCard>(`<ngo-card org-id="lantern-society" api-base="${API}" lang="fr"></ngo-card>`);
    await el.updateComplete;
    expect(el.state).toBe('loading');
    expect(shadow(el, '[part="message"]')?.getAttribute('role')).toBe('status');
    await expect.poll(() => el.state).toBe('ready');
    await el.updateComplete;
    expect(text(el, '[part="name"]')).toBe('Société Lanterne pour l’alphabétisation');
    await expectNoAxeViolations(el);

    const missing = mount<NgoCard>(`<ngo-card org-id="no-such-org" api-base="${API}"></ngo-card>`);
    await expect.poll(() => missing.state).toBe('error');
    await missing.updateComplete;
    expect(shadow(missing, '[part="message"]')?.getAttribute('role')).toBe('alert');
    expect(text(missing, '[part="message"]')).toBe('This organisation could not be found.');
    await expectNoAxeViolations(missing);
  });

  test('shows the current partnership category', async () => {
    const el = await card(makeOrganization('assoc', { partnership: [{ category: 'consultative', evidence: [] }, { category: 'associate', from: 2020, evidence: [] }] }));
    expect(text(el, '[part="status"]')).toBe('Associate partner');
    const ar = await card(makeOrganization('assoc-ar', { partnership: [{ category: 'associate', evidence: [] }] }), 'lang="ar"');
    expect(text(ar, '[part="status"]')).toBe('شريك منتسب');
  });

  test('shows an unknown category as unknown, in neutral words, in the six languages', async () => {
    const unknown = { partnership: [{ evidence: [{ source: 'third-party' as const, url: 'https://example.org/page', asOf: '2026-11-26' }] }] };
    const expected = {
      en: 'Category not stated by the sources',
      fr: 'Catégorie non précisée par les sources',
      es: 'Categoría no indicada en las fuentes',
      ar: 'فئة لم تذكرها المصادر',
      ru: 'Категория в источниках не указана',
      zh: '资料未说明类别',
    };
    for (const [lang, label] of Object.entries(expected)) {
      const el = await card(makeOrganization(`unknown-${lang}`, unknown), `lang="${lang}"`);
      await expect.poll(() => text(el, '[part="status"]')).toBe(label);
    }
    // A legacy category says nothing of today's: not stated either.
    const legacy = await card(makeOrganization('legacy', { partnership: [{ category: 'formal-associate', from: 2002, evidence: [] }] }));
    expect(text(legacy, '[part="status"]')).toBe('Category not stated by the sources');
    const none = await card(makeOrganization('none', { partnership: [] }));
    expect(text(none, '[part="status"]')).toBe('No official partnership attested');
  });

  test('marks the words of `highlight` in the name and acronym, as text', async () => {
    const el = await card(ORGANIZATIONS[0]);
    el.highlight = 'lante lls';
    await el.updateComplete;
    expect(shadowAll(el, '[part="mark"]').map((mark) => mark.textContent)).toEqual(['Lante', 'LLS']);
    expect(text(el, '[part="name"]')).toBe('Lantern Literacy Society');
    el.highlight = '';
    await el.updateComplete;
    expect(shadowAll(el, '[part="mark"]')).toHaveLength(0);
  });

  test('href turns the name into a link (http(s) or relative only), which still emits the event', async () => {
    const el = await card(ORGANIZATIONS[0], 'href="/partners/lantern-society"');
    const link = shadow<HTMLAnchorElement>(el, 'a[part="name"]')!;
    expect(link.href).toBe(new URL('/partners/lantern-society', location.href).href);
    const onSelect = vi.fn();
    el.addEventListener('ngo-organization-select', onSelect);
    link.addEventListener('click', (event) => event.preventDefault());
    shadow(el, '[part="details"]')!.click(); // anywhere on the card follows the link, once
    expect(onSelect).toHaveBeenCalledTimes(1);
    await expectNoAxeViolations(el);

    const unsafe = await card(ORGANIZATIONS[0], 'href="javascript:alert(1)"');
    expect(shadow(unsafe, 'a[part="name"]')).toBeNull();
    expect(shadow(unsafe, 'button[part="name"]')).not.toBeNull();
  });

  test('isolates bidi controls in names and cities', async () => {
    const name = 'abc\u202Edef';
    const el = await card(makeOrganization('bidi', { name: { en: name, fr: name }, headquarters: { city: 'x\u202Ey', country: 'FR' } }));
    const bdi = shadow(el, '[part="name"] bdi')!;
    expect(bdi.textContent).toBe(name);
    expect(getComputedStyle(bdi).unicodeBidi).toBe('isolate');
    expect(shadow(el, '[part="headquarters"] bdi')?.textContent).toBe('x\u202Ey');
  });
});
