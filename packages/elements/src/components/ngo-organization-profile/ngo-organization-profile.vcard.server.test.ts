import { afterEach, describe, expect, inject, test } from 'vitest';
import { cleanup, mount, shadow } from '../../../test/dom.js';
import type { NgoOrganizationProfile } from './ngo-organization-profile.element.js';
import './ngo-organization-profile.js';

afterEach(cleanup);

const link = (el: NgoOrganizationProfile) => shadow<HTMLAnchorElement>(el, 'a[part="vcard"]');

// Contract test: the link against the reference API server (test/global-setup.ts), whose
// vCard route applies the same rule the element uses to decide whether to show the link.
const apiBase = inject('apiBase');
const unavailable = inject('apiUnavailable');

describe.skipIf(!apiBase)(`the vCard link against the real API server${apiBase ? '' : ` (skipped: ${unavailable})`}`, () => {
  test('the link downloads a vCard; an organisation without one has no link and a 404', async () => {
    const el = mount<NgoOrganizationProfile>(
      `<ngo-organization-profile org-id="demo-lanternfish-literacy-network" api-base="${apiBase}"></ngo-organization-profile>`,
    );
    await expect.poll(() => el.state, { timeout: 5_000 }).toBe('ready');
    await el.updateComplete;
    const response = await fetch(link(el)!.href);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/vcard/);
    const card = await response.text();
    expect(card).toMatch(/^BEGIN:VCARD\r\n/);
    expect(card).toContain('FN:Lanternfish Literacy Network');

    const icom = mount<NgoOrganizationProfile>(`<ngo-organization-profile org-id="icom" api-base="${apiBase}"></ngo-organization-profile>`);
    await expect.poll(() => icom.state, { timeout: 5_000 }).toBe('ready');
    await icom.updateComplete;
    expect(link(icom)).toBeNull();
    expect((await fetch(`${apiBase}/organizations/icom/contact.vcf`)).status).toBe(404);
  });
});
