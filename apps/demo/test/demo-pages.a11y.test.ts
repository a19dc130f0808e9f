import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeViolations } from './axe-page.js';
import { NARROW, NOW, startServedDemo, type ServedDemo } from './served-demo.js';

/*
 * Every demo page as the reference server serves it (its CSP, the built widget bundles, data
 * from a fresh SQLite file, both clocks pinned), checked by axe-core in each state a visitor
 * reaches: WCAG 2.2 A and AA, best practices and Label in Name, inside the widgets' shadow
 * roots. Each page is loaded once and walked through its states; every state's findings are
 * reported (expect.soft), not only the first.
 */

const PUBLIC = fileURLToPath(new URL('../public/', import.meta.url));
/** Where the server serves each page of apps/demo/public. */
const PAGES: Record<string, string> = {
  'index.html': '/',
  'programmes.html': '/demo/programmes.html',
  'sign-in.html': '/sign-in',
  'editor.html': '/demo/editor.html',
  'review.html': '/demo/review.html',
  'people.html': '/demo/people.html',
  'ngo.html': '/demo/ngo.html',
  'sector.html': '/demo/sector.html',
  'field-office.html': '/demo/field-office.html',
  'member-state.html': '/demo/member-state.html',
  'committee.html': '/demo/committee.html',
  'tracker.html': '/demo/tracker.html',
  'newsletter.html': '/demo/newsletter.html',
  'forum.html': '/demo/forum.html',
  'hearings.html': '/demo/hearings.html',
};

let demo: ServedDemo;
beforeAll(async () => {
  demo = await startServedDemo();
});
afterAll(async () => {
  await demo?.close();
});

/** Records axe's findings for one state (the whole page, or one widget after a change in it). */
async function expectAxeClean(page: Page, state: string, within?: string): Promise<void> {
  const violations = await axeViolations(page, within);
  expect.soft(violations, `axe violations on ${page.url()} (${state}):\n${violations.join('\n')}`).toEqual([]);
}

// Locators pierce open shadow roots: these wait for the widgets' own markup.
const directoryReady = (page: Page) => page.locator('ngo-directory [part="base"][aria-busy="false"] [part="item"]').first().waitFor();
const monthReady = (page: Page) => page.locator('ngo-forum-calendar [data-view="month"] [part="chip"]').first().waitFor();
const agendaReady = (page: Page) => page.locator('ngo-forum-calendar [data-view="agenda"] [part="agenda-item"]').first().waitFor();
const dialogReady = (page: Page) => page.locator('ngo-forum-calendar dialog[open] ngo-event-detail [part="title"]').waitFor();
const matchesReady = (page: Page) => page.locator('ngo-match-list [part="list"] [part="item"]').first().waitFor();
const officeReady = (page: Page) => page.locator('ngo-field-office [part="base"] [part="name"]').waitFor();

/** Picks a language in the page's own switcher and waits until both widgets speak it. */
async function switchLanguage(page: Page, lang: 'fr' | 'ar', expected: { search: string; today: string }) {
  await page.selectOption('#language', lang);
  await page.locator('ngo-directory [part="search-label"]', { hasText: expected.search }).waitFor();
  await page.locator('ngo-forum-calendar [part="today"]', { hasText: expected.today }).waitFor();
  await directoryReady(page);
  await monthReady(page);
}

test('every page in apps/demo/public is checked below', () => {
  const pages = readdirSync(PUBLIC).filter((file) => file.endsWith('.html'));
  expect(pages.sort()).toEqual(Object.keys(PAGES).sort());
});

describe('the partner page (/)', () => {
  test('loaded, a day and an event opened in the month, a search, a filter, French, Arabic', async () => {
    const page = await demo.open(PAGES['index.html']!);
    await directoryReady(page);
    await monthReady(page);
    await expectAxeClean(page, 'loaded: directory and month calendar');

    // 27 November: the (cancelled) meeting with National Commissions during the demo General Conference.
    await page.locator('ngo-forum-calendar td[data-date="2026-11-27"]').click();
    await page.locator('ngo-forum-calendar [part="day-panel"] [part="event-title"]').first().waitFor();
    await expectAxeClean(page, 'month view, 27 November opened', 'ngo-forum-calendar');

    await page.locator('ngo-forum-calendar [part="chip"][data-id="demo-birch-signal-natcom-meeting"]').first().click();
    await dialogReady(page);
    // The session it is part of, loaded from the API by the detail's lazy sessions chunk.
    await page.locator('ngo-forum-calendar dialog[open] ngo-event-detail [part="session-name"]', { hasText: 'General Conference (demo)' }).waitFor();
    await expectAxeClean(page, 'month view, event dialog open', 'ngo-forum-calendar');
    await page.keyboard.press('Escape');
    await page.locator('ngo-forum-calendar dialog[open]').waitFor({ state: 'detached' });

    await page.locator('ngo-directory [part="search-input"]').fill('heritage');
    await page.waitForURL(/[?&]q=heritage/);
    await directoryReady(page);
    await expectAxeClean(page, 'search "heritage"', 'ngo-directory');

    await page.locator('ngo-directory [part="facet-checkbox"]').first().check();
    await page.locator('ngo-directory [part="chips"] [part="chip"]').waitFor();
    await directoryReady(page);
    await expectAxeClean(page, 'search and one filter', 'ngo-directory');

    await switchLanguage(page, 'fr', { search: 'Rechercher', today: 'Aujourd’hui' });
    await expectAxeClean(page, 'French');

    await switchLanguage(page, 'ar', { search: 'البحث', today: 'اليوم' });
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await expectAxeClean(page, 'Arabic, right to left');
  });

  test('on a phone: the agenda, then an event’s dialog', async () => {
    const page = await demo.open(PAGES['index.html']!, { viewport: NARROW });
    await directoryReady(page);
    await agendaReady(page);
    await expectAxeClean(page, 'narrow: directory and agenda');

    await page.locator('ngo-forum-calendar [part="agenda-item"] [part="event-title"]').first().click();
    await dialogReady(page);
    await expectAxeClean(page, 'narrow: agenda, event dialog open', 'ngo-forum-calendar');
  });
});

describe('the programmes page (/demo/programmes.html)', () => {
  test('loaded, then with another programme picked', async () => {
    const page = await demo.open(PAGES['programmes.html']!);
    await matchesReady(page);
    await officeReady(page);
    await expectAxeClean(page, 'loaded: matches and field office');

    const options = await page.locator('#programme option').evaluateAll((nodes) => nodes.map((node) => (node as HTMLOptionElement).value));
    const other = options.find((id) => id !== 'demo-living-heritage-communities');
    expect(other, 'the server lists more than one programme').toBeDefined();
    await page.selectOption('#programme', other!);
    await page.locator('ngo-match-list [part="heading"]', { hasNotText: 'Living Heritage Communities' }).waitFor();
    await matchesReady(page);
    await expectAxeClean(page, `programme ${other} picked`, 'ngo-match-list');
  });
});

describe('the sign-in page (/sign-in)', () => {
  test('an invitation accepted (after a first try with empty fields), signed out, signed in again — by keyboard', async () => {
    const link = demo.server.localInvitation?.link;
    expect(link).toBeDefined();
    const page = await demo.open(new URL(link!).pathname + new URL(link!).hash);
    await page.locator('#accept-form').waitFor();
    expect(new URL(page.url()).hash, 'the secret leaves the address bar').toBe('');
    await expectAxeClean(page, 'invitation opened');

    await page.locator('#accept-name').focus();
    await page.keyboard.press('Enter'); // submits the empty form
    await page.locator('#error-summary:focus').waitFor();
    expect(await page.locator('#error-list li').count()).toBe(3);
    expect(await page.locator('#accept-email').getAttribute('aria-invalid')).toBe('true');
    await expectAxeClean(page, 'empty form submitted: error summary');

    await page.locator('#accept-name').fill('Demo Secretariat');
    await page.locator('#accept-email').fill('secretariat@demo.example');
    await page.locator('#accept-password').fill('a long enough password');
    await page.keyboard.press('Enter');
    await page.locator('#signed-in-heading:focus').waitFor();
    expect(await page.locator('#who').textContent()).toBe('Demo Secretariat (secretariat@demo.example)');
    expect(await page.locator('#roles li').allTextContents()).toEqual([expect.stringMatching(/^Secretariat/)]);
    expect(await page.locator('#signed-in a[href="/demo/editor.html"]').count()).toBe(1);
    await expectAxeClean(page, 'signed in');

    await page.locator('#sign-out').focus();
    await page.keyboard.press('Enter');
    await page.locator('#sign-in-email:focus').waitFor();
    await expectAxeClean(page, 'signed out');

    await page.keyboard.type('secretariat@demo.example');
    await page.keyboard.press('Tab');
    await page.keyboard.type('a long enough password');
    await page.keyboard.press('Enter');
    await page.locator('#signed-in-heading:focus').waitFor();
    // A reload asks the server (the cookie is HttpOnly) and finds the session again.
    await page.reload();
    await page.locator('#signed-in:not([hidden]) #who', { hasText: 'Demo Secretariat' }).waitFor();

    // In Arabic: right to left, every text and the roles translated.
    await page.selectOption('#language', 'ar');
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await page.locator('h1').textContent()).toBe('تسجيل الدخول إلى Liaison');
    expect(await page.locator('#roles li').allTextContents()).toEqual([expect.stringMatching(/^الأمانة/)]);
    expect(new URL(page.url()).searchParams.get('lang')).toBe('ar');
    await expectAxeClean(page, 'signed in, Arabic');
  });
});

describe('the write path (/demo/editor.html, /demo/review.html)', () => {
  test('signed out (the roles table); signed in as the Secretariat: the editor, a save, then the review page', async () => {
    const page = await demo.open(PAGES['editor.html']!);
    const rows = page.locator('#roles-body tr');
    await rows.nth(5).waitFor();
    expect(await rows.count()).toBe(6);
    await page.locator('#signed-out:not([hidden])').waitFor();
    await expectAxeClean(page, 'signed out');

    // A Secretariat invitation of this test's own (the local one is the sign-in page test's), accepted
    // through the page's own client as /sign-in does.
    const expiresAt = new Date(NOW.getTime() + 3_600_000);
    const { secret } = await demo.server.storage.invitations.create(
      { roles: [{ role: 'secretariat' }], displayName: 'Editor page test', createdBy: null, expiresAt },
      NOW
    );
    // (A string, so the test runner does not rewrite the page's import(); the hint is what /sign-in leaves.)
    await page.evaluate(`(async () => {
      const { client, SIGNED_IN_HINT } = await import('/demo/write-path.js');
      await client.session.acceptInvitation({ secret: ${JSON.stringify(
        secret
      )}, displayName: 'Demo Secretariat', email: 'secretariat@example.org', password: 'correct horse battery staple' });
      localStorage.setItem(SIGNED_IN_HINT, '1');
    })()`);
    await page.reload();
    await page.locator('ngo-organization-editor [part="base"]').waitFor();
    expect(await page.locator('#who').textContent()).toBe('Signed in as Demo Secretariat (secretariat@example.org).');
    expect(await page.locator('#roles-body tr.yours th').textContent()).toBe('Secretariat (yours)');
    await expectAxeClean(page, 'signed in, the editor loaded');
    await page.locator('ngo-organization-editor #website').fill('https://lanternfish.example.org/renewed');
    await page.locator('ngo-organization-editor [part="save"]').click();
    await page.locator('ngo-organization-editor [part="status"]', { hasText: 'Saved and published.' }).waitFor();
    await expectAxeClean(page, 'after a save');

    await page.goto(new URL(PAGES['review.html']!, page.url()).href);
    await page.locator('ngo-revision-review [part="empty"]').waitFor();
    await expectAxeClean(page, 'the review, nothing pending');
  });
});

describe('the people page (/demo/people.html)', () => {
  test('signed out it says who may invite; signed in as the Secretariat: the form, an invitation made, the people table', async () => {
    const page = await demo.open(PAGES['people.html']!);
    await page.locator('#who', { hasText: 'Sign in as the Secretariat' }).waitFor();
    await expectAxeClean(page, 'signed out');

    const expiresAt = new Date(NOW.getTime() + 3_600_000);
    const { secret } = await demo.server.storage.invitations.create(
      { roles: [{ role: 'secretariat' }], displayName: 'People page test', createdBy: null, expiresAt },
      NOW
    );
    await page.evaluate(`(async () => {
      const { client, SIGNED_IN_HINT } = await import('/demo/write-path.js');
      await client.session.acceptInvitation({ secret: ${JSON.stringify(
        secret
      )}, displayName: 'People Secretariat', email: 'people-secretariat@example.org', password: 'correct horse battery staple' });
      localStorage.setItem(SIGNED_IN_HINT, '1');
    })()`);
    await page.reload();
    await page.locator('#invite-section:not([hidden])').waitFor();
    await page.locator('#people td', { hasText: 'People Secretariat' }).waitFor();
    await expectAxeClean(page, 'the invitation form');
    await page.locator('#role').selectOption('member-state');
    await page.getByLabel('Country (ISO 3166 alpha-2)').fill('fr');
    await page.getByLabel('Acting through').selectOption('national-commission');
    await page.getByRole('button', { name: 'Create the invitation' }).click();
    expect(await page.locator('#invitation-link').inputValue()).toMatch(/\/sign-in#invitation=[\w-]+$/);
    await expectAxeClean(page, 'an invitation made');
  });
});

describe('the hearing requests page (/demo/hearings.html)', () => {
  test('signed out it says who answers; signed in as the Secretariat: a request waiting, then accepted with a slot', async () => {
    const page = await demo.open(PAGES['hearings.html']!);
    await page.locator('#who', { hasText: 'Sign in as the Secretariat' }).waitFor();
    await expectAxeClean(page, 'signed out');

    // One person who is the Secretariat and an NGO's editor, so the page can make a request to answer.
    const expiresAt = new Date(NOW.getTime() + 3_600_000);
    const { secret } = await demo.server.storage.invitations.create(
      { roles: [{ role: 'secretariat' }, { role: 'ngo-editor', organization: 'demo-lanternfish-literacy-network' }], displayName: 'Hearings page test', createdBy: null, expiresAt },
      NOW
    );
    await page.evaluate(`(async () => {
      const { client, SIGNED_IN_HINT } = await import('/demo/write-path.js');
      await client.session.acceptInvitation({ secret: ${JSON.stringify(secret)}, displayName: 'Hearings Secretariat', email: 'hearings-secretariat@example.org', password: 'correct horse battery staple' });
      localStorage.setItem(SIGNED_IN_HINT, '1');
      await client.hearings.request({ session: 'demo-ngp-next', agendaItem: '1', organization: 'demo-lanternfish-literacy-network', statement: 'We would speak on literacy by radio.', language: 'en' });
    })()`);
    await page.reload();
    const request = page.locator('#requests li', { hasText: 'We would speak on literacy by radio.' });
    await request.waitFor();
    await expectAxeClean(page, 'a request waiting');
    await request.getByRole('button', { name: 'Accept' }).click();
    await page.locator('#decision-result', { hasText: 'Accepted: Lanternfish Literacy Network is heard on' }).waitFor();
    await page.locator('#decided td', { hasText: 'accepted' }).waitFor();
    expect(await page.locator('#requests-empty').isVisible()).toBe(true);
    await expectAxeClean(page, 'the request accepted');
  });
});

describe('the role pages of the dialogue (ngo, sector, field office, Member State, Committee, tracker)', () => {
  // Signed in, every state of these pages is walked by dialogue-walk.test.ts; here axe checks what a visitor first sees.
  test.each(['ngo.html', 'sector.html', 'field-office.html', 'member-state.html', 'committee.html', 'tracker.html'])('%s, signed out', async (file) => {
    const page = await demo.open(PAGES[file]!);
    if (file === 'tracker.html') await page.locator('ngo-recommendation-tracker [part]').first().waitFor();
    else await page.locator('#signed-out:not([hidden])').waitFor();
    await expectAxeClean(page, 'signed out');
  });
});

describe('the newsletter page (/demo/newsletter.html)', () => {
  test('the archive of the sample issue and the sign-up form, then an issue opened', async () => {
    const page = await demo.open(PAGES['newsletter.html']!);
    await page.locator('ngo-newsletter-archive [part="open"]').first().waitFor();
    await page.locator('ngo-newsletter-signup [part="submit"]').waitFor();
    await expectAxeClean(page, 'archive and sign-up');
    await page.locator('ngo-newsletter-archive [part="open"]').first().click();
    await page.locator('ngo-newsletter-archive [part="issue"]').waitFor();
    await expectAxeClean(page, 'an issue opened', 'ngo-newsletter-archive');
  });
});

describe('the forum page (/demo/forum.html)', () => {
  test('signed out: the themes and phases read-only; signed in as a Member State: a theme proposed and supported, a phase registered, French', async () => {
    const page = await demo.open(PAGES['forum.html']!);
    await page.locator('ngo-forum-themes [part="no-registrations"]').waitFor();
    await page.locator('#signed-out:not([hidden])').waitFor();
    expect(await page.locator('#register-section').isHidden()).toBe(true);
    await expectAxeClean(page, 'signed out');

    const expiresAt = new Date(NOW.getTime() + 3_600_000);
    const { secret } = await demo.server.storage.invitations.create(
      { roles: [{ role: 'member-state', country: 'KE', via: 'delegation' }], displayName: 'Forum page test', createdBy: null, expiresAt },
      NOW
    );
    await page.evaluate(`(async () => {
      const { client, SIGNED_IN_HINT } = await import('/demo/write-path.js');
      await client.session.acceptInvitation({ secret: ${JSON.stringify(
        secret
      )}, displayName: 'Delegation of Kenya', email: 'kenya-forum@example.org', password: 'correct horse battery staple' });
      localStorage.setItem(SIGNED_IN_HINT, '1');
    })()`);
    await page.reload();
    await page.locator('#register-section:not([hidden])').waitFor();
    await page.locator('ngo-forum-themes [part="base"]').waitFor();
    await expectAxeClean(page, 'signed in as a Member State');

    await page.locator('ngo-forum-themes #theme-title').fill('Coastal languages online');
    await page.locator('ngo-forum-themes [part="save"]').click();
    await page.locator('ngo-forum-themes [part~="standing"] [part="theme-title"]', { hasText: 'Coastal languages online' }).waitFor();
    await page.locator('ngo-forum-themes [part="support"]').first().click();
    await page.locator('ngo-forum-themes [part="counts"]', { hasText: 'Member States: 1, NGOs: 0' }).waitFor();
    await expectAxeClean(page, 'a theme proposed and supported', 'ngo-forum-themes');

    await page.locator('#phase').selectOption('financing');
    await page.locator('#role').selectOption('funder');
    await page.locator('#register button[type="submit"]').click();
    await page.locator('ngo-forum-themes [part="registration"][data-country="KE"]', { hasText: 'Kenya: Funder' }).waitFor();
    expect(await page.locator('#register-status').textContent()).toBe('Registered: Financing, Funder.');
    await expectAxeClean(page, 'a phase registered');

    await page.selectOption('#language', 'fr');
    await page.locator('ngo-forum-themes [part="phase-name"]', { hasText: 'Financement' }).waitFor();
    await expectAxeClean(page, 'in French');
  });
});

test('nothing went wrong in the pages: no script errors, console errors or failed requests', () => {
  expect(demo.problems).toEqual([]);
});
