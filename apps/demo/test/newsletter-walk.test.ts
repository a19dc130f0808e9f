import { openStorage } from '@ngo-liaison/api';
import { describe, expect, test } from 'vitest';
import type { NodeProcess } from '../../api/test/node-process.js';
import { useSmtpSink, type SinkMessage } from '../../api/test/smtp-sink.js';
import { useTwoNodes, WALK_BACKENDS } from './two-nodes.js';
import { acceptInvitation, invite, walkPeople } from './walk-people.js';

/*
 * Issue 15's "done when" for the monthly newsletter, walked as its readers and the Secretariat
 * do it: two `node dist/main.js` processes on one fresh database (SQLite, and PostgreSQL when
 * LIAISON_TEST_POSTGRES_URL is set) mailing through a real SMTP server on loopback, Debian's
 * Chromium on the demo's newsletter page.
 *  - A French reader signs up in <ngo-newsletter-signup> on one node, an Arabic reader on the
 *    other; each confirms from the mailed link's page (a GET shows it, its button confirms).
 *  - The Secretariat sends the month's issue through the client on its signed-in page.
 *  - Each reader gets the issue once, in their language (Arabic right to left); the archive
 *    element lists it and opens it in French.
 *  - The French reader unsubscribes from the mail's link in the browser, the Arabic reader's mail
 *    program uses the one-click List-Unsubscribe POST; neither is subscribed after.
 */

const PUBLIC_URL = 'https://liaison.example';
const READERS = { fr: 'lectrice.walk@example.net', ar: 'qari.walk@example.net' } as const;
const sink = useSmtpSink();

/** A link a mail gives (on PUBLIC_URL), opened on `node`. */
const onNode = (node: NodeProcess, link: string) => {
  const url = new URL(link);
  return `${node.url}${url.pathname}${url.search}`;
};

async function mailTo(address: string, matches: (mail: SinkMessage) => boolean): Promise<SinkMessage> {
  await expect.poll(() => sink.messagesTo(address).some(matches), { timeout: 15_000, message: `a mail to ${address}` }).toBe(true);
  return sink.messagesTo(address).find(matches)!;
}

describe.each(WALK_BACKENDS)('on %s, across two nodes', (backend) => {
  const stage = useTwoNodes(backend, () => ({ SMTP_URL: sink.url, MAIL_POLL_MS: '50', PUBLIC_URL, LIAISON_SECRET: 'newsletter-walk-secret-0123456789' }));

  test('readers sign up in French and Arabic, confirm, get the issue once in their language, and unsubscribe', async () => {
    const { database, first, second } = stage;
    const month = new Date().toISOString().slice(0, 7);
    const { problems, open } = walkPeople(stage);

    // Each reader signs up on the newsletter page, in their language, on a node of their own.
    const pages = { fr: await open(), ar: await open() };
    for (const [language, node] of [['fr', first], ['ar', second]] as const) {
      const page = pages[language];
      await page.goto(`${node.url}/demo/newsletter.html?lang=${language}`);
      const signup = page.locator('ngo-newsletter-signup');
      await signup.locator('#email').fill(READERS[language]);
      await signup.locator('#language').selectOption(language);
      await signup.locator('[part="submit"]').click();
      await expect.poll(() => signup.locator('[part="message"]').textContent()).toMatch(/\S/);

      // The confirmation mail's link opens a page in the reader's language; its button confirms.
      const confirmation = await mailTo(READERS[language], (mail) => /\/newsletter\/confirm\?/.test(mail.text));
      const link = /https:\/\/liaison\.example\/newsletter\/confirm\?[^\s>]+/.exec(confirmation.text)![0];
      await page.goto(onNode(node === first ? second : first, link));
      expect(await page.locator('html').getAttribute('lang')).toBe(language);
      expect(await page.locator('html').getAttribute('dir')).toBe(language === 'ar' ? 'rtl' : 'ltr');
      await page.getByRole('button').click();
      await page.getByRole('heading', { name: language === 'fr' ? 'Abonnement confirmé' : 'تم تأكيد الاشتراك' }).waitFor();
    }

    // The Secretariat sends the month's issue through the client on its signed-in page.
    const secretariat = await open();
    await acceptInvitation(secretariat, await invite(database.env, first, ['--role', 'secretariat']), 'Walk Secretariat');
    await secretariat.goto(`${first.url}/demo/people.html`);
    // The page's client holds the session's CSRF token once the page has read who is signed in.
    await secretariat.locator('#who', { hasText: '(Secretariat)' }).waitFor();
    // A string, not a function: the test runner would rewrite a function's import() for Node.
    const sent = (await secretariat.evaluate(`(async () => {
      const { client } = await import('/demo/write-path.js');
      return client.newsletters.send(${JSON.stringify(month)});
    })()`)) as { enqueued: number };
    expect(sent.enqueued).toBeGreaterThanOrEqual(2);

    // Each reader gets it once, in their language.
    const isIssue = (mail: SinkMessage) => mail.headers.has('list-unsubscribe');
    const fr = await mailTo(READERS.fr, isIssue);
    const ar = await mailTo(READERS.ar, isIssue);
    expect(fr.html).toContain('<html lang="fr" dir="ltr">');
    expect(ar.html).toContain('<html lang="ar" dir="rtl">');
    await new Promise((resolve) => setTimeout(resolve, 500)); // both nodes' mail loops have run again
    for (const address of Object.values(READERS)) expect(sink.messagesTo(address).filter(isIssue)).toHaveLength(1);

    // The archive lists the month and opens it in French.
    await pages.fr.goto(`${second.url}/demo/newsletter.html?lang=fr`);
    const archive = pages.fr.locator('ngo-newsletter-archive');
    await archive.locator(`[data-month="${month}"]`).click();
    await archive.locator('[part="back"]').waitFor();
    await expect.poll(() => archive.locator(`[lang="fr"]`).count()).toBeGreaterThan(0);

    // The French reader unsubscribes from the mail's link: a page, then its button.
    const frUnsubscribe = /<(https:[^>]+)>/.exec(fr.headers.get('list-unsubscribe')!)![1]!;
    await pages.fr.goto(onNode(first, frUnsubscribe));
    await pages.fr.getByRole('button', { name: 'Se désabonner' }).click();
    await pages.fr.getByRole('heading', { name: 'Désabonnement effectué' }).waitFor();

    // The Arabic reader's mail program posts the one-click unsubscribe (RFC 8058).
    expect(ar.headers.get('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    const arUnsubscribe = /<(https:[^>]+)>/.exec(ar.headers.get('list-unsubscribe')!)![1]!;
    const oneClick = await fetch(onNode(second, arUnsubscribe), {
      method: 'POST',
      body: 'List-Unsubscribe=One-Click',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(oneClick.status).toBe(200);

    const storage = await openStorage(database.location);
    try {
      for (const address of Object.values(READERS)) expect((await storage.newsletter.subscriber(address))?.state).toBe('unsubscribed');
    } finally {
      await storage.close();
    }
    expect(problems).toEqual([]);
  });
});
