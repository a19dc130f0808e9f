import { createHandlers } from '@ngo-liaison/client/msw';
import { afterEach, describe, expect, test } from 'vitest';
import { expectNoAxeViolations } from '../../../test/axe.js';
import { cleanup, mount, shadow, shadowAll } from '../../../test/dom.js';
import { useMockServiceWorker, worker } from '../../../test/msw.js';
import type { NgoNewsletterArchive } from './ngo-newsletter-archive.element.js';
import './ngo-newsletter-archive.js';

useMockServiceWorker();
afterEach(cleanup);

const API = 'https://api.liaison.test/v1';
const NOW = new Date('2026-12-04T12:00:00Z');
const clean = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

function archive(attributes = ''): NgoNewsletterArchive {
  worker.use(...createHandlers({ baseUrl: API, now: NOW }));
  return mount<NgoNewsletterArchive>(`<ngo-newsletter-archive api-base="${API}" ${attributes}></ngo-newsletter-archive>`);
}

describe('<ngo-newsletter-archive>', () => {
  test('lists issues by month; opening one shows its sections as text with a plain-text link, and Back returns focus', async () => {
    const el = archive();
    await expect.poll(() => shadowAll(el, '[part="open"]').length).toBe(1);
    expect(clean(shadow(el, '[part="open"]'))).toBe('2026-11 — UNESCO–NGO partnership newsletter, 2026-11');
    await expectNoAxeViolations(el);
    shadow<HTMLButtonElement>(el, '[part="open"]')!.click();
    await expect.poll(() => shadow(el, '[part="issue"]')).not.toBeNull();
    expect(clean(shadow(el, '[part="issue-title"]'))).toContain('UNESCO–NGO partnership newsletter');
    // Core's sample issue: every section, as the real server's fresh database shows it.
    expect(shadowAll(el, '[part="section"]').length).toBe(7);
    expect(shadowAll(el, '[part="item"]').length).toBeGreaterThan(0);
    expect(el.shadowRoot!.querySelector('iframe, script')).toBeNull();
    expect(shadow<HTMLAnchorElement>(el, '[part="plain-text"]')!.href).toMatch(/^blob:/);
    expect(el.month).toBe('2026-11');
    expect(el.shadowRoot!.activeElement).toBe(shadow(el, '[part="back"]'));
    await expectNoAxeViolations(el);
    shadow<HTMLButtonElement>(el, '[part="back"]')!.click();
    await expect.poll(() => el.shadowRoot!.activeElement?.getAttribute('data-month')).toBe('2026-11');
  });

  test('reads the issue in Arabic, right to left', async () => {
    const el = archive('lang="ar" month="2026-11"');
    await expect.poll(() => shadow(el, '[part="issue"]')?.getAttribute('dir')).toBe('rtl');
    expect(shadow(el, '[part="base"]')!.getAttribute('dir')).toBe('rtl');
    await expect.poll(() => clean(shadow(el, '[part="heading"]'))).toBe('أرشيف النشرة الإخبارية');
    await expectNoAxeViolations(el);
  });

  test('a month never composed is an error with Retry', async () => {
    const el = archive('month="2020-01"');
    await expect.poll(() => shadow(el, '[part="retry"]')).not.toBeNull();
    expect(shadow(el, '[part="message"]')!.getAttribute('role')).toBe('alert');
  });
});
