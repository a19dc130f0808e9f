import { exportableContacts, type Organization } from '@ngo-liaison/core';
import { SAMPLE_ORGANIZATIONS } from '@ngo-liaison/core/sample-data';
import { createHandlers } from '@ngo-liaison/client/msw';
import { afterEach, describe, expect, test } from 'vitest';
import { page } from 'vitest/browser';
import { expectNoAxeViolations } from '../../../test/axe.js';
import { cleanup, mount, shadow } from '../../../test/dom.js';
import { makeOrganization } from '../../../test/fixtures.js';
import { useMockServiceWorker, worker } from '../../../test/msw.js';
import type { NgoOrganizationProfile } from './ngo-organization-profile.element.js';
import './ngo-organization-profile.js';

useMockServiceWorker();
afterEach(cleanup);

const API = 'https://api.liaison.test/v1';
const LANTERNFISH = SAMPLE_ORGANIZATIONS.find((org) => org.id === 'demo-lanternfish-literacy-network')!;
const ICOM = SAMPLE_ORGANIZATIONS.find((org) => org.id === 'icom')!;
/** A real organisation that publishes one contact and keeps another for the directory only. */
const PUBLISHED = makeOrganization('published-contact', {
  fictional: false,
  name: { en: 'Published Contact Society', fr: 'Société au contact publié' },
  contacts: [
    { kind: 'email', value: 'info@published.example.org', fictional: false, public: true },
    { kind: 'phone', value: '+33 1 00 00 00 00', fictional: false },
  ],
});
/** A real organisation whose contacts are not for export: shown, but no card. */
const UNPUBLISHED = makeOrganization('unpublished-contact', {
  fictional: false,
  contacts: [{ kind: 'email', value: 'office@unpublished.example.org', fictional: false, public: false }],
});

async function profile(organization: Organization, attributes = ''): Promise<NgoOrganizationProfile> {
  const el = mount<NgoOrganizationProfile>(`<ngo-organization-profile ${attributes}></ngo-organization-profile>`);
  el.organization = organization;
  await el.updateComplete;
  return el;
}

const link = (el: NgoOrganizationProfile) => shadow<HTMLAnchorElement>(el, 'a[part="vcard"]');

/** The accessible name from aria-labelledby, the way the browser builds it. */
function labelledBy(el: NgoOrganizationProfile, anchor: HTMLAnchorElement): string {
  return anchor
    .getAttribute('aria-labelledby')!
    .split(/\s+/)
    .map((id) => el.shadowRoot!.getElementById(id)?.textContent?.replace(/\s+/g, ' ').trim())
    .join(' ');
}

describe('<ngo-organization-profile>: the contact card (vCard) link', () => {
  test('the fixtures follow core’s rule (the server’s): which organisations have a card', () => {
    expect(exportableContacts(LANTERNFISH).length).toBeGreaterThan(0);
    expect(exportableContacts(PUBLISHED)).toHaveLength(1);
    expect(exportableContacts(UNPUBLISHED)).toHaveLength(0);
    expect(exportableContacts(ICOM)).toHaveLength(0);
  });

  test('fictional contacts and api-base: a download link to the API’s contact.vcf', async () => {
    const el = await profile(LANTERNFISH, `api-base="${API}"`);
    const anchor = link(el)!;
    expect(anchor).not.toBeNull();
    expect(anchor.href).toBe(`${API}/organizations/demo-lanternfish-literacy-network/contact.vcf`);
    expect(anchor.hasAttribute('download')).toBe(true);
    expect(anchor.textContent!.trim()).toBe('Download contact card (vCard)');
    expect(labelledBy(el, anchor)).toBe('Download contact card (vCard) Lanternfish Literacy Network');
    // The same name through the accessibility tree (Playwright's role query pierces shadow roots).
    await expect
      .element(page.getByRole('link', { name: 'Download contact card (vCard) Lanternfish Literacy Network', exact: true }))
      .toBeVisible();
    // In the contacts section, after the contacts.
    expect(anchor.closest('[part="section"]')?.querySelector('[part="contacts"]')).not.toBeNull();
    await expectNoAxeViolations(el);
  });

  test('a published contact of a real organisation, with a client: the client builds the URL', async () => {
    const { createClient } = await import('@ngo-liaison/client');
    const el = mount<NgoOrganizationProfile>('<ngo-organization-profile></ngo-organization-profile>');
    el.client = createClient({ baseUrl: `${API}/` });
    el.organization = PUBLISHED;
    await el.updateComplete;
    expect(link(el)?.href).toBe(`${API}/organizations/published-contact/contact.vcf`);
    expect(link(el)?.hasAttribute('download')).toBe(true);
    await expectNoAxeViolations(el);
  });

  test('no link for contacts the API would not export, nor for an organisation without contacts', async () => {
    const unpublished = await profile(UNPUBLISHED, `api-base="${API}"`);
    expect(shadow(unpublished, '[part="contacts"]')).not.toBeNull();
    expect(link(unpublished)).toBeNull();
    const icom = await profile(ICOM, `api-base="${API}"`);
    expect(link(icom)).toBeNull();
  });

  test('no link without an API (a static organisation alone)', async () => {
    const el = await profile(LANTERNFISH);
    expect(shadow(el, '[part="contacts"]')).not.toBeNull();
    expect(link(el)).toBeNull();
    // Adding api-base later brings it; removing it takes it away.
    el.apiBase = API;
    await el.updateComplete;
    expect(link(el)?.href).toBe(`${API}/organizations/demo-lanternfish-literacy-network/contact.vcf`);
    el.apiBase = undefined;
    await el.updateComplete;
    expect(link(el)).toBeNull();
  });

  test('a client without vcardUrl (a test double) gives no link rather than a guessed URL', async () => {
    const el = mount<NgoOrganizationProfile>('<ngo-organization-profile></ngo-organization-profile>');
    el.client = { organizations: { get: async () => LANTERNFISH } };
    el.organization = LANTERNFISH;
    await el.updateComplete;
    expect(link(el)).toBeNull();
  });

  test.each([
    ['fr', 'Télécharger la fiche contact (vCard)', 'ltr'],
    ['ar', 'تنزيل بطاقة جهة الاتصال (vCard)', 'rtl'],
  ])('loaded by org-id, in %s: translated link, axe clean', async (lang, text, dir) => {
    worker.use(...createHandlers({ baseUrl: API, organizations: SAMPLE_ORGANIZATIONS }));
    const el = mount<NgoOrganizationProfile>(
      `<ngo-organization-profile org-id="demo-lanternfish-literacy-network" api-base="${API}" lang="${lang}"></ngo-organization-profile>`,
    );
    await expect.poll(() => el.state).toBe('ready');
    await el.updateComplete;
    const anchor = link(el)!;
    expect(anchor.textContent!.trim()).toBe(text);
    expect(anchor.href).toBe(`${API}/organizations/demo-lanternfish-literacy-network/contact.vcf`);
    expect(labelledBy(el, anchor).startsWith(`${text} `)).toBe(true);
    expect(getComputedStyle(anchor).direction).toBe(dir);
    await expectNoAxeViolations(el);
  });
});
