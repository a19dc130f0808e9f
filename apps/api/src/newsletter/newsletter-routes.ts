import { randomUUID } from 'node:crypto';
import type { Context, Hono } from 'hono';
import {
  auditEntry,
  forbiddenProblem,
  invalidRequestProblem,
  isLanguage,
  isSecretariat,
  issuesOf,
  LANGUAGES,
  NEWSLETTER_SECTIONS,
  newsletterConfirmationMail,
  NewsletterDraftInput,
  NewsletterMonth,
  NewsletterSubscriptionInput,
  newsletterSummaryOf,
  notFoundProblem,
  operations,
  PROBLEM_TYPES,
  refuse,
  safeParse,
  conflictProblem,
  NEWSLETTER_PAGE_STRINGS,
  type NewsletterPageStrings,
  toLanguage,
  type Language,
  type NewsletterDraft,
  type Person,
} from '@ngo-liaison/core';
import { verifyLink, signLink } from '../access/signed-link.js';
import { principalOf } from '../access/principal-of.js';
import { mailLinkUrl } from '../mail/link-url.js';
import { commitWrite } from '../http/commit-write.js';
import { problemResponse } from '../http/problem-response.js';
import { routePath } from '../http/route-path.js';
import { signedInWrite } from '../http/signed-in-write.js';
import { limitWriteBody } from '../http/write-body.js';
import { anonymousRefusal, refusalResponse, writeAnswer } from '../http/write-response.js';
import type { Storage } from '../storage/storage.js';
import { ensureSampleIssue } from './newsletter-issues.js';
import { newsletterPage, type NewsletterPage } from './newsletter-pages.js';
import { sendNewsletterMonth } from './send-newsletter.js';
import { CONFIRM_PAGE, CONFIRM_PURPOSE, inLanguage, UNSUBSCRIBE_PAGE, UNSUBSCRIBE_PURPOSE, unsubscribeUrl } from './unsubscribe-url.js';
import { readNewsletterSources } from './read-newsletter-sources.js';

export interface NewsletterRouteOptions {
  now: () => Date;
  linkSecret: string;
  /** Base of the links in mails; the request's origin when unset. */
  publicUrl?: string | undefined;
  /** How long a sign-up waits for its confirmation before it is purged (default 48 hours). */
  confirmationWindowMs?: number;
  /** Confirmation mails to one address per window (default 3). */
  maxConfirmationsPerAddress?: number;
}

export { CONFIRM_PAGE, UNSUBSCRIBE_PAGE, unsubscribeUrl };

function languageOf(c: Context): Language | Response {
  const lang = c.req.query('lang') ?? 'en';
  if (!isLanguage(lang)) return problemResponse(c, invalidRequestProblem([{ path: 'lang', message: `must be one of ${LANGUAGES.join(', ')}`, code: 'invalid-value' }]));
  return lang;
}

function monthOf(c: Context): string | Response {
  const month = c.req.param('month') ?? '';
  const parsed = safeParse(NewsletterMonth, month);
  if (!parsed.success) return problemResponse(c, invalidRequestProblem(issuesOf(parsed.error, 'month')));
  return month;
}

function secretariatOnly(c: Context): Person | Response {
  const principal = principalOf(c);
  const anonymous = anonymousRefusal(c, principal);
  if (anonymous) return anonymous;
  if (!isSecretariat(principal)) return refusalResponse(c, refuse(forbiddenProblem('Only the Secretariat prepares and sends the newsletter')));
  return principal as Person;
}

const secretariatGrant = (person: Person) => person.roles.find((grant) => grant.role === 'secretariat')!;

/**
 * The monthly newsletter: the public archive and issues, double opt-in sign-ups, the
 * Secretariat's draft and send, and the pages its mails link to (confirm, one-click unsubscribe).
 */
export function newsletterRoutes(app: Hono, storage: Storage, options: NewsletterRouteOptions): void {
  const { now, linkSecret } = options;
  const windowMs = options.confirmationWindowMs ?? 48 * 3600 * 1000;
  const maxPerAddress = options.maxConfirmationsPerAddress ?? 3;
  const baseOf = (c: Context) => options.publicUrl ?? new URL(c.req.url).origin;

  app.get(routePath(operations.listNewsletters.path), async (c) => {
    const language = languageOf(c);
    if (language instanceof Response) return language;
    await ensureSampleIssue(storage, now());
    const issues = await storage.newsletter.issues(language);
    return c.json({ items: issues.map(newsletterSummaryOf) });
  });

  app.get(routePath(operations.getNewsletter.path), async (c) => {
    const month = monthOf(c);
    if (month instanceof Response) return month;
    const language = languageOf(c);
    if (language instanceof Response) return language;
    await ensureSampleIssue(storage, now());
    const issue = await storage.newsletter.issue(month, language);
    if (issue === undefined) return problemResponse(c, notFoundProblem(`No newsletter issue for ${month}`));
    return c.json(issue);
  });

  app.post(routePath(operations.subscribeNewsletter.path), limitWriteBody(), async (c) => {
    const type = c.req.header('content-type') ?? '';
    if (!/^application\/json\b/i.test(type)) {
      return problemResponse(c, { type: PROBLEM_TYPES.invalidRequest, title: 'Unsupported media type', status: 415, detail: 'Send the body as application/json' });
    }
    let value: unknown;
    try {
      value = JSON.parse(await c.req.text());
    } catch {
      return problemResponse(c, invalidRequestProblem([{ path: 'body', message: 'is not valid JSON', code: 'invalid-format' }]));
    }
    const parsed = safeParse(NewsletterSubscriptionInput, value);
    if (!parsed.success) return problemResponse(c, invalidRequestProblem(issuesOf(parsed.error)));
    const at = now();
    const address = parsed.data.email.toLowerCase();
    const topics = parsed.data.topics ?? [...NEWSLETTER_SECTIONS];
    await storage.newsletter.purgeUnconfirmed(new Date(at.getTime() - windowMs).toISOString());
    const token = signLink(linkSecret, { purpose: CONFIRM_PURPOSE, subject: address, exp: Math.floor((at.getTime() + windowMs) / 1000), nonce: randomUUID() });
    const mail = newsletterConfirmationMail(address, parsed.data.language, inLanguage(mailLinkUrl(baseOf(c), CONFIRM_PAGE, token), parsed.data.language), at);
    const limited = await storage.db.transaction().execute(async (trx) => {
      const existing = await storage.newsletter.subscriber(address, trx);
      // A confirmed subscriber is left as is: whoever knows an address must not change its choices.
      if (existing?.state === 'confirmed') return false;
      const recent = await storage.newsletter.confirmationsSince(address, new Date(at.getTime() - windowMs).toISOString(), trx);
      if (recent >= maxPerAddress) return true;
      await storage.newsletter.signUp(trx, address, parsed.data.language, topics, at.toISOString());
      await storage.outbox.enqueue([mail], at, trx);
      return false;
    });
    if (limited) {
      c.header('retry-after', String(Math.ceil(windowMs / 1000)));
      return problemResponse(c, { type: PROBLEM_TYPES.rateLimited, title: 'Too many requests', status: 429, detail: 'Too many sign-ups for this address: wait for the confirmation mail already sent' });
    }
    return writeAnswer(c, { state: 'pending' }, 202);
  });

  app.get(routePath(operations.getNewsletterDraft.path), async (c) => {
    const person = secretariatOnly(c);
    if (person instanceof Response) return person;
    const month = monthOf(c);
    if (month instanceof Response) return month;
    return c.json(await draftOf(month), 200, { 'cache-control': 'no-store' });
  });

  async function draftOf(month: string): Promise<NewsletterDraft> {
    const stored = await storage.newsletter.draft(month);
    const sources = await readNewsletterSources(storage.db, month, 'en');
    const candidates = NEWSLETTER_SECTIONS.flatMap((section) => {
      const items = sources[section] ?? [];
      return items.length === 0 ? [] : [{ section, heading: section, items: [...items] }];
    });
    const sentAt = await storage.newsletter.sentAt(month);
    return {
      month,
      items: stored?.items ?? candidates.flatMap((s) => s.items.map((item) => ({ section: s.section, id: item.id }))),
      introduction: stored?.introduction ?? {},
      candidates,
      ...(stored ? { updatedAt: stored.updatedAt } : {}),
      ...(sentAt ? { sentAt } : {}),
    };
  }

  app.put(routePath(operations.putNewsletterDraft.path), limitWriteBody(), async (c) => {
    const person = secretariatOnly(c);
    if (person instanceof Response) return person;
    const month = monthOf(c);
    if (month instanceof Response) return month;
    const write = await signedInWrite(c);
    if (write instanceof Response) return write;
    const parsed = safeParse(NewsletterDraftInput, write.body.value);
    if (!parsed.success) return problemResponse(c, invalidRequestProblem(issuesOf(parsed.error)));
    const at = now();
    const outcome = await commitWrite(storage, async (db) => {
      if ((await storage.newsletter.sentAt(month, db)) !== undefined) return refuse(conflictProblem(`The newsletter of ${month} was sent: its draft is closed`));
      await storage.newsletter.saveDraft(db, month, parsed.data, at.toISOString());
      await storage.audit.append(db, auditEntry(person, secretariatGrant(person), 'newsletter.draft', { type: 'newsletter', id: month }, { now: at, newId: randomUUID }, { after: parsed.data }));
      return true;
    });
    if (outcome !== true) return refusalResponse(c, outcome);
    return writeAnswer(c, await draftOf(month), 200);
  });

  app.post(routePath(operations.sendNewsletter.path), async (c) => {
    const person = secretariatOnly(c);
    if (person instanceof Response) return person;
    const month = monthOf(c);
    if (month instanceof Response) return month;
    const at = now();
    const base = baseOf(c);
    const outcome = await commitWrite(storage, async (db) => {
      const result = await sendNewsletterMonth(db, storage, { month, at, base, linkSecret });
      await storage.audit.append(db, auditEntry(person, secretariatGrant(person), 'newsletter.send', { type: 'newsletter', id: month }, { now: at, newId: randomUUID }, { note: `${result.recipients} recipients, ${result.enqueued} enqueued` }));
      return result;
    });
    if ('problem' in outcome) return refusalResponse(c, outcome);
    return writeAnswer(c, outcome, 200);
  });

  // The pages mails link to: GET shows a button, POST (from it, or a one-click client) acts.
  const tokenOf = async (c: Context): Promise<string> => {
    const fromQuery = c.req.query('token');
    if (fromQuery) return fromQuery;
    if (c.req.method === 'POST' && /form-urlencoded/i.test(c.req.header('content-type') ?? '')) {
      const form = await c.req.parseBody();
      return typeof form.token === 'string' ? form.token : '';
    }
    return '';
  };
  // The page's language: the link's `lang` (the mail's language), else the subscriber's, else the browser's.
  const pageLanguage = async (c: Context, address?: string): Promise<Language> => {
    const fromLink = toLanguage(c.req.query('lang'));
    if (fromLink !== undefined) return fromLink;
    const subscriber = address === undefined ? undefined : await storage.newsletter.subscriber(address);
    if (subscriber !== undefined && isLanguage(subscriber.language)) return subscriber.language;
    return toLanguage(c.req.header('accept-language')) ?? 'en';
  };
  const page = (c: Context, language: Language, status: 200 | 400, build: (words: NewsletterPageStrings) => Omit<NewsletterPage, 'language'>) =>
    c.html(newsletterPage({ language, ...build(NEWSLETTER_PAGE_STRINGS[language]) }), status, { 'cache-control': 'no-store' });
  const invalidLink = async (c: Context, reason: string) =>
    page(c, await pageLanguage(c), 400, (w) => ({ title: w.invalidTitle, message: reason === 'expired' ? w.expired : w.invalid }));

  app.get(CONFIRM_PAGE, async (c) => {
    const verified = verifyLink(linkSecret, await tokenOf(c), CONFIRM_PURPOSE, now());
    if (!verified.ok) return invalidLink(c, verified.reason);
    const address = verified.payload.subject;
    return page(c, await pageLanguage(c, address), 200, (w) => ({ title: w.confirmTitle, message: w.confirmQuestion, address, button: w.confirmButton }));
  });

  app.post(CONFIRM_PAGE, async (c) => {
    const at = now();
    const verified = verifyLink(linkSecret, await tokenOf(c), CONFIRM_PURPOSE, at);
    if (!verified.ok) return invalidLink(c, verified.reason);
    const subscriber = await storage.newsletter.subscriber(verified.payload.subject);
    // Purged (never confirmed in time) or unsubscribed since: the link no longer acts.
    if (subscriber === undefined || subscriber.state === 'unsubscribed') return invalidLink(c, 'expired');
    if (subscriber.state === 'pending') await storage.newsletter.setState(storage.db, subscriber.address, 'confirmed', at.toISOString());
    return page(c, await pageLanguage(c, subscriber.address), 200, (w) => ({ title: w.confirmedTitle, message: w.confirmedMessage }));
  });

  app.get(UNSUBSCRIBE_PAGE, async (c) => {
    const verified = verifyLink(linkSecret, await tokenOf(c), UNSUBSCRIBE_PURPOSE, now());
    if (!verified.ok) return invalidLink(c, verified.reason);
    const address = verified.payload.subject;
    return page(c, await pageLanguage(c, address), 200, (w) => ({ title: w.unsubscribeTitle, message: w.unsubscribeQuestion, address, button: w.unsubscribeButton }));
  });

  // RFC 8058: a mail client POSTs "List-Unsubscribe=One-Click" to the URL of the List-Unsubscribe header.
  app.post(UNSUBSCRIBE_PAGE, async (c) => {
    const at = now();
    const verified = verifyLink(linkSecret, await tokenOf(c), UNSUBSCRIBE_PURPOSE, at);
    if (!verified.ok) return invalidLink(c, verified.reason);
    const address = verified.payload.subject;
    const language = await pageLanguage(c, address);
    await storage.db.transaction().execute(async (trx) => {
      const existing = await storage.newsletter.subscriber(address, trx);
      if (existing === undefined) {
        // A partner's contact: remember the choice so the next send skips the address.
        await trx.insertInto('newsletter_subscribers').values({ address, language, topics: '[]', state: 'unsubscribed', created_at: at.toISOString(), confirmed_at: null, updated_at: at.toISOString() }).execute();
      } else {
        await storage.newsletter.setState(trx, address, 'unsubscribed', at.toISOString());
      }
    });
    return page(c, language, 200, (w) => ({ title: w.unsubscribedTitle, message: w.unsubscribedMessage }));
  });
}
