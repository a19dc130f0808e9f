import { createHandlers } from '@ngo-liaison/client/msw';
import { afterEach, describe, expect, test } from 'vitest';
import { expectNoAxeViolations } from '../../../test/axe.js';
import { cleanup, mount, shadow, shadowAll, waitForState } from '../../../test/dom.js';
import { useMockServiceWorker, worker } from '../../../test/msw.js';
import type { NgoFieldOffice } from './ngo-field-office.element.js';
import './ngo-field-office.js';

useMockServiceWorker();
afterEach(cleanup);

const API = 'https://api.liaison.test/v1';
const clean = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function office(attributes: string): Promise<NgoFieldOffice> {
  worker.use(...createHandlers({ baseUrl: API }));
  const el = mount<NgoFieldOffice>(`<ngo-field-office api-base="${API}" ${attributes}></ngo-field-office>`);
  await expect.poll(() => ['ready', 'error'].includes(el.state)).toBe(true);
  await el.updateComplete;
  return el;
}

const inner = (el: Element, tag: string) => shadow(el, tag) as (HTMLElement & { state: string; updateComplete: Promise<boolean> }) | null;

describe('<ngo-field-office>', () => {
  test('shows the countries covered with region and group, focal points, programmes and actions there', async () => {
    const el = await office('code="abuja"');
    expect(clean(shadow(el, '[part="name"]'))).toBe('UNESCO Office in Abuja');
    expect(clean(shadow(el, '[part="type"]'))).toBe('Multisectoral regional office');
    const countries = shadowAll(el, '[part="country"]').map(clean);
    expect(countries).toHaveLength(8);
    expect(countries).toContain('Ghana — Africa · Group V(a)');
    expect(clean(shadow(el, '[part="certainty"]'))).toBe('Coverage as the cited source states it.');
    expect(shadow<HTMLAnchorElement>(el, '[part="source"]')!.href).toBe('https://en.unesco.org/fieldoffice/abuja/about');
    await expect.poll(() => shadowAll(el, '[part="programme"]').map(clean)).toEqual(['Coastal Literacy Initiative (Education Sector)']);
    const focal = inner(el, 'ngo-focal-points')!;
    await waitForState(focal, 'ready');
    expect(clean(focal.shadowRoot!.querySelector('[part="role"]'))).toBe('Civil society liaison, UNESCO Office in Abuja');
    const actions = inner(el, 'ngo-action-feed')!;
    await waitForState(actions, 'ready');
    // The office's own action first (the newest), then the NGOs' actions in the countries it covers.
    expect([...actions.shadowRoot!.querySelectorAll('[part="title"]')].map(clean)).toEqual(["Literacy facilitators' guide in Hausa", 'Volunteer tutor training in Accra']);
    await expect.poll(() => clean(actions.shadowRoot!.querySelector('[part="facts"] dd'))).toBe('UNESCO Office in Abuja');
    await expectNoAxeViolations(el);
  });

  test('flags coverage that is not verified, and a liaison office that covers no country', async () => {
    const kingston = await office('code="kingston"');
    expect(clean(shadow(kingston, '[part="certainty"]'))).toBe('Coverage worked out from the sources; to be confirmed.');
    const geneva = await office('code="geneva" lang="fr"');
    expect(clean(shadow(geneva, '[part="type"]'))).toBe('Bureau de liaison');
    expect(clean(shadow(geneva, '[part="section"] [part="message"]'))).toBe('Aucun pays indiqué pour ce bureau.');
    await expectNoAxeViolations(geneva);
  });

  test('names parent and child offices; Arabic right to left; six languages', async () => {
    const ar = await office('code="tehran" lang="ar"');
    expect(shadow(ar, '[part="base"]')!.getAttribute('dir')).toBe('rtl');
    const children = new Intl.ListFormat('ar', { type: 'unit' }).format(['مكتب اليونسكو في إسلام أباد', 'مكتب اليونسكو في كابول']);
    await expect.poll(() => clean(shadowAll(ar, '[part="facts"] dd')[1])).toBe(children);
    await expectNoAxeViolations(ar);
    for (const [lang, type] of [['es', 'Oficina multipaís'], ['ru', 'Многострановое бюро'], ['zh', '多国办事处']]) {
      const el = await office(`code="tehran" lang="${lang}"`);
      expect(clean(shadow(el, '[part="type"]')), lang).toBe(type);
    }
  });

  test('says when the office does not exist', async () => {
    const el = await office('code="atlantis"');
    expect(el.state).toBe('error');
    expect(clean(shadow(el, '[part="message"] p'))).toBe('This field office could not be found.');
    await expectNoAxeViolations(el);
  });
});
