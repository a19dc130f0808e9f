import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HtmlValidate } from 'html-validate';
import { chromium, type Browser } from 'playwright-core';
import { composeNewsletter, LANGUAGES, NEWSLETTER_SECTIONS, NEWSLETTER_STRINGS, newsletterMail, sampleNewsletterSources, type Language } from '@ngo-liaison/core';

/*
 * The newsletter's e-mail HTML in each of the six languages: valid under html-validate with
 * the rules e-mail needs (tables for layout and inline styles are how mail clients render,
 * so those rules are off), nothing fetched from anywhere, and every section shown when
 * Chromium renders it in the light and the dark colour scheme.
 */
const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    'no-inline-style': 'off', // mail clients drop <style>: inline styles are the only ones that survive
    'prefer-native-element': 'off',
    'no-redundant-role': 'off',
    'attribute-allowed-values': 'off', // width="600" on tables is still read by Outlook
    'no-deprecated-attr': 'off', // cellpadding, cellspacing, width: the attributes mail clients honour
    'long-title': 'off',
  },
});

const now = new Date('2026-12-04T09:00:00Z');
const mailOf = (language: Language) =>
  newsletterMail(
    composeNewsletter({ month: '2026-11', language, now, sources: sampleNewsletterSources(language), introduction: 'Introduction <test> & "quotes"' }),
    'reader@example.org',
    'https://liaison.example/newsletter/unsubscribe?token=abc.def',
  );

describe('newsletter HTML', () => {
  it.each(LANGUAGES)('passes html-validate and has no remote resource (%s)', async (language) => {
    const html = mailOf(language).html!;
    const report = await validator.validateString(html);
    expect(report.valid, JSON.stringify(report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`)))).toBe(true);
    expect(html).not.toMatch(/<(img|link|script|iframe|object|embed|video|audio|source)\b/i);
    expect(html).not.toMatch(/\bsrc\s*=|url\(|@import|@font-face/i);
    // The only URLs are the unsubscribe link and item links on https (no tracking pixels or redirects).
    for (const [, href] of html.matchAll(/href="([^"]*)"/g)) expect(href).toMatch(/^https:\/\//);
  });
});

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

describe('newsletter rendered in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: ARGS });
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it.each(LANGUAGES)(`shows every section in the ${colorScheme} scheme (%s)`, async (language) => {
      const context = await browser.newContext({ colorScheme, viewport: { width: 640, height: 900 } });
      const page = await context.newPage();
      const requests: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      await page.setContent(mailOf(language).html!, { waitUntil: 'load' });
      expect(await page.evaluate(() => document.documentElement.dir)).toBe(language === 'ar' ? 'rtl' : 'ltr');
      for (const section of NEWSLETTER_SECTIONS) {
        const heading = page.locator(`#section-${section}`);
        await expect.poll(() => heading.isVisible()).toBe(true);
        expect((await heading.textContent())?.trim()).toBe(NEWSLETTER_STRINGS[language].sections[section]);
        const box = await heading.boundingBox();
        expect(box!.width).toBeGreaterThan(0);
      }
      const shot = await page.screenshot({ fullPage: true });
      expect(shot.length).toBeGreaterThan(10_000); // a blank page compresses to far less
      // Non-blank: the screenshot holds more than one colour (sampled through the page's own canvas).
      const colours = await page.evaluate(async (png) => {
        const image = new Image();
        image.src = `data:image/png;base64,${png}`;
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = image.width;
        canvas.height = image.height;
        const context2d = canvas.getContext('2d')!;
        context2d.drawImage(image, 0, 0);
        const data = context2d.getImageData(0, 0, canvas.width, canvas.height).data;
        const seen = new Set<number>();
        for (let i = 0; i < data.length && seen.size < 50; i += 4 * 97) seen.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
        return seen.size;
      }, shot.toString('base64'));
      expect(colours).toBeGreaterThan(3);
      expect(requests.filter((url) => !url.startsWith('data:') && url !== 'about:blank')).toEqual([]);
      await context.close();
    });
  }
});
