import { COUNTRIES } from '@ngo-liaison/core/reference';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { expectNoAxeViolations } from '../../../test/axe.js';
import { cleanup, deepActiveElement, mount, shadow, shadowAll } from '../../../test/dom.js';
import { HOSTILE_NAME, ORGANIZATIONS, makeOrganization } from '../../../test/fixtures.js';
import type { NgoCard } from './ngo-card.element.js';
import './ngo-card.js';

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
    expect(shadowAll(el, 'dt').map((dt) => dt.textContent)).toEqual(['Headquarters', 'Sectors', 'Website']);
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
    expect(shadowAll(fr, 'dt').map((dt) => dt.textContent)).toEqual(['Siège', 'Secteurs', 'Site web']);

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

  test('labels fictional organisations and only them', async () => {
    const real = await card(makeOrganization('real', { fictional: false }));
    expect(shadow(real, '[part="badge"]')).toBeNull();
    const demo = await card(makeOrganization('demo'));
    expect(text(demo, '[part="badge"]')).toBe('Fictional organisation (demo data)');
  });
});
