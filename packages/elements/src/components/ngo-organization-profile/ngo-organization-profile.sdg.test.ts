import type { Organization } from '@ngo-liaison/core';
import { SDGS } from '@ngo-liaison/core/reference';
import { SAMPLE_ORGANIZATIONS } from '@ngo-liaison/core/sample-data';
import { afterEach, describe, expect, test } from 'vitest';
import { expectNoAxeViolations } from '../../../test/axe.js';
import { cleanup, mount, shadow, shadowAll } from '../../../test/dom.js';
import { ar } from '../../translations/ar.js';
import { en } from '../../translations/en.js';
import { fr } from '../../translations/fr.js';
import type { NgoOrganizationProfile } from './ngo-organization-profile.element.js';
import './ngo-organization-profile.js';

afterEach(cleanup);

const LANTERNFISH = SAMPLE_ORGANIZATIONS.find((org) => org.id === 'demo-lanternfish-literacy-network')!;
const title = (goal: number, lang: 'en' | 'fr' | 'ar') => SDGS.find((sdg) => sdg.number === goal)!.title[lang];

async function profile(organization: Organization, attributes = ''): Promise<NgoOrganizationProfile> {
  const el = mount<NgoOrganizationProfile>(`<ngo-organization-profile ${attributes}></ngo-organization-profile>`);
  el.organization = organization;
  await el.updateComplete;
  return el;
}

const HEADINGS = new Set([en['facet.sdg'], fr['facet.sdg'], ar['facet.sdg']]);

/** The SDG tags, as rendered (non-breaking spaces kept). */
function sdgTags(el: NgoOrganizationProfile): HTMLElement[] {
  const section = shadowAll(el, '[part="section"]').find((s) => HEADINGS.has(s.querySelector('[part="section-heading"]')?.textContent?.trim() ?? ''));
  return [...(section?.querySelectorAll<HTMLElement>('[part="tag"]') ?? [])];
}

describe('<ngo-organization-profile>: SDGs with their titles', () => {
  test('English: "SDG 4: Quality education", in goal order', async () => {
    expect(LANTERNFISH.sdgs).toEqual([4, 5, 10]);
    const el = await profile(LANTERNFISH);
    expect(sdgTags(el).map((tag) => tag.textContent!.trim())).toEqual([
      `SDG\u00a04: ${title(4, 'en')}`,
      `SDG\u00a05: ${title(5, 'en')}`,
      `SDG\u00a010: ${title(10, 'en')}`,
    ]);
    // Pattern and title are both in the element's language: nothing to mark.
    expect(sdgTags(el).some((tag) => tag.querySelector('[lang]'))).toBe(false);
    await expectNoAxeViolations(el);
  });

  test('French: French pattern and titles', async () => {
    const el = await profile(LANTERNFISH, 'lang="fr"');
    expect(sdgTags(el).map((tag) => tag.textContent!.trim())).toEqual([
      `ODD\u00a04\u00a0: ${title(4, 'fr')}`,
      `ODD\u00a05\u00a0: ${title(5, 'fr')}`,
      `ODD\u00a010\u00a0: ${title(10, 'fr')}`,
    ]);
    expect(sdgTags(el).some((tag) => tag.querySelector('[lang]'))).toBe(false);
    await expectNoAxeViolations(el);
  });

  test('Arabic, right to left: Arabic pattern, digits and titles; axe clean', async () => {
    const el = await profile(LANTERNFISH, 'lang="ar"');
    const n = (value: number) => new Intl.NumberFormat('ar').format(value);
    expect(sdgTags(el).map((tag) => tag.textContent!.trim())).toEqual([
      `الهدف\u00a0${n(4)}: ${title(4, 'ar')}`,
      `الهدف\u00a0${n(5)}: ${title(5, 'ar')}`,
      `الهدف\u00a0${n(10)}: ${title(10, 'ar')}`,
    ]);
    expect(getComputedStyle(shadow(el, '[part="base"]')!).direction).toBe('rtl');
    expect(getComputedStyle(sdgTags(el)[0]!).direction).toBe('rtl');
    await expectNoAxeViolations(el);
  });
});
