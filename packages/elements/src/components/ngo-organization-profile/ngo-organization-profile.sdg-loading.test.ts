import { afterEach, describe, expect, test, vi } from 'vitest';
import { expectNoAxeViolations } from '../../../test/axe.js';
import { cleanup, mount, shadowAll } from '../../../test/dom.js';
import { makeOrganization } from '../../../test/fixtures.js';
import type { NgoOrganizationProfile } from './ngo-organization-profile.element.js';
import './ngo-organization-profile.js';

// The reference chunk (country names, SDG titles) is held back until the test lets it load,
// as on a slow connection; nothing in this file may import it statically.
const gate = vi.hoisted(() => {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
});
vi.mock('@ngo-liaison/core/reference', async (importOriginal) => {
  await gate.opened;
  return importOriginal();
});
// No French UI strings (as when their chunk cannot load): French data, English UI.
vi.mock('../../translations/fr/other-areas.js', () => ({ default: undefined }));

afterEach(cleanup);

const ORG = makeOrganization('goals', { sdgs: [13, 4] });

const tags = (el: NgoOrganizationProfile) =>
  shadowAll(el, '[part="tag"]').map((tag) => tag.textContent!.replace(/\s+/g, ' ').trim());

describe('<ngo-organization-profile> before the SDG titles have loaded', () => {
  test('"SDG 4" until then, "SDG 4: Quality education" once they arrive', async () => {
    const el = mount<NgoOrganizationProfile>('<ngo-organization-profile></ngo-organization-profile>');
    el.organization = ORG;
    // Not updateComplete: it also waits for the (held) reference chunk.
    await expect.poll(() => tags(el)).toEqual(['SDG 4', 'SDG 13']);
    await expectNoAxeViolations(el);
    gate.open();
    await el.updateComplete;
    expect(tags(el)).toEqual(['SDG 4: Quality education', 'SDG 13: Climate action']);
    await expectNoAxeViolations(el);
  });

  test('an English pattern around a French title: each part carries its lang', async () => {
    gate.open();
    const el = mount<NgoOrganizationProfile>('<ngo-organization-profile lang="fr"></ngo-organization-profile>');
    el.organization = ORG;
    await el.updateComplete;
    const tag = shadowAll(el, '[part="tag"]')[0]!;
    expect(tag.textContent!.trim()).toBe('SDG\u00a04: Éducation de qualité');
    const outer = tag.querySelector(':scope > span')!;
    expect(outer.getAttribute('lang')).toBe('en');
    expect([...outer.querySelectorAll('[lang]')].map((node) => [node.getAttribute('lang'), node.textContent])).toEqual([
      ['fr', 'Éducation de qualité'],
    ]);
    await expectNoAxeViolations(el);
  });
});
