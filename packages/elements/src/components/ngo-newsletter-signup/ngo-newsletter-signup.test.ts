import { createHandlers } from '@ngo-liaison/client/msw';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, test } from 'vitest';
import { expectNoAxeViolations } from '../../../test/axe.js';
import { cleanup, mount, shadow, shadowAll } from '../../../test/dom.js';
import { useMockServiceWorker, worker } from '../../../test/msw.js';
import type { NgoNewsletterSignup } from './ngo-newsletter-signup.element.js';
import './ngo-newsletter-signup.js';

useMockServiceWorker();
afterEach(cleanup);

const API = 'https://api.liaison.test/v1';
const clean = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

function signup(attributes = ''): NgoNewsletterSignup {
  worker.use(...createHandlers({ baseUrl: API }));
  return mount<NgoNewsletterSignup>(`<ngo-newsletter-signup api-base="${API}" ${attributes}></ngo-newsletter-signup>`);
}

async function fillAndSend(el: NgoNewsletterSignup, email: string): Promise<void> {
  await el.updateComplete;
  const input = shadow<HTMLInputElement>(el, 'input[name="email"]')!;
  input.value = email;
  shadow<HTMLButtonElement>(el, '[part="submit"]')!.click();
}

describe('<ngo-newsletter-signup>', () => {
  test('subscribes with the page language and every topic, then asks to check the inbox', async () => {
    const bodies: unknown[] = [];
    worker.events.on('request:start', async ({ request }) => {
      if (request.method === 'POST') bodies.push(await request.clone().json());
    });
    const el = signup('lang="fr"');
    await el.updateComplete;
    expect(shadow<HTMLSelectElement>(el, 'select[name="language"]')!.value).toBe('fr');
    expect(shadowAll<HTMLInputElement>(el, 'input[name="topics"]').every((c) => c.checked)).toBe(true);
    await fillAndSend(el, 'lecteur@example.org');
    await expect.poll(() => clean(shadow(el, '[part="message"]'))).toBe('Consultez votre boîte de réception pour confirmer votre abonnement.');
    expect(shadow(el, '[part="message"]')!.getAttribute('role')).toBe('status');
    expect(bodies).toEqual([{ email: 'lecteur@example.org', language: 'fr' }]);
    worker.events.removeAllListeners();
    await expectNoAxeViolations(el);
  });

  test('names the wrong field from problem+json and moves focus to it', async () => {
    const el = signup();
    worker.use(
      http.post(`${API}/newsletter/subscriptions`, () =>
        HttpResponse.json(
          { type: 'urn:ngo-liaison:problem:invalid-request', title: 'Invalid request', status: 400, detail: 'email: unknown domain', errors: [{ path: 'email', message: 'unknown domain', code: 'invalid' }] },
          { status: 400, headers: { 'content-type': 'application/problem+json' } },
        ),
      ),
    );
    await fillAndSend(el, 'reader@example.org');
    await expect.poll(() => clean(shadow(el, '[part="field-error"]'))).toContain('unknown domain');
    const input = shadow<HTMLInputElement>(el, 'input[name="email"]')!;
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toBe('email-error');
    expect(el.shadowRoot!.activeElement).toBe(input);
    await expectNoAxeViolations(el);
  });

  test('an address the client refuses before sending is named too; Arabic is right to left', async () => {
    const el = signup('lang="ar"');
    await fillAndSend(el, 'not-an-address');
    await expect.poll(() => shadow(el, '[part="field-error"]')).not.toBeNull();
    expect(shadow(el, '[part="base"]')!.getAttribute('dir')).toBe('rtl');
    await expect.poll(() => clean(shadow(el, '[part="heading"]'))).toBe('الاشتراك في النشرة الإخبارية');
    await expectNoAxeViolations(el);
  });
});
