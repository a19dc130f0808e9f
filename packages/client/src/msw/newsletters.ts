import { http, HttpResponse, type RequestHandler } from 'msw';
import {
  NewsletterDraftInput,
  NewsletterMonth,
  NewsletterSubscriptionInput,
  forbiddenProblem,
  isLanguage,
  isSecretariat,
  newsletterSummaryOf,
  notFoundProblem,
  operations,
  parseOrThrow,
  preconditionFailedProblem,
  type Language,
  type NewsletterDraft,
  type NewsletterIssue,
} from '@ngo-liaison/core';
import { guarded } from './guard.js';
import { mswPattern } from './responses.js';
import { anonymousRefusal, jsonBody, principalOr, refusal, type WriteDeps } from './write-adapter.js';

export interface NewsletterHandlerData {
  /** Composed issues, every language of each month (default: a fictional issue of the previous month). */
  issues: readonly NewsletterIssue[];
}

/** The language a request asks for (`?lang=`, English by default); a 400 naming `lang` for any other. */
function languageOf(request: Request): Language {
  const lang = new URL(request.url).searchParams.get('lang') ?? 'en';
  if (!isLanguage(lang)) parseOrThrow(NewsletterMonth, undefined, 'lang', 'lang must be one of the six languages');
  return lang as Language;
}

/**
 * The newsletter's archive, issues, sign-up and the Secretariat's draft and sending, in memory.
 * Sign-ups are only recorded (no mail leaves a mock); sending counts the confirmed subscribers it
 * would reach, which in a mock is nobody.
 */
export function newsletterHandlers(base: string, deps: WriteDeps, data: NewsletterHandlerData, delay: number): RequestHandler[] {
  const issues = [...data.issues];
  const drafts = new Map<string, NewsletterDraft>();
  const versions = new Map<string, number>();
  const subscriptions: { email: string; language: Language }[] = [];
  const monthOf = (params: Record<string, unknown>) => parseOrThrow(NewsletterMonth, String(params.month), 'month');
  const secretariat = (request: Request): Response | undefined => {
    const principal = principalOr(request, deps);
    if (principal instanceof Response) return principal;
    const anonymous = anonymousRefusal(principal);
    if (anonymous) return anonymous;
    return isSecretariat(principal) ? undefined : refusal(forbiddenProblem('Only the Secretariat prepares and sends the newsletter'));
  };
  const draftOf = (month: string): NewsletterDraft =>
    drafts.get(month) ?? {
      month,
      items: [],
      introduction: {},
      candidates: issues.filter((i) => i.month === month && i.language === 'en').flatMap((i) => i.sections),
    };
  const etag = (month: string) => `"${versions.get(month) ?? 0}"`;

  return [
    http.get(mswPattern(base, operations.listNewsletters.path), ({ request }) =>
      guarded(delay, () => {
        const language = languageOf(request);
        const items = issues
          .filter((i) => i.language === language)
          .sort((a, b) => b.month.localeCompare(a.month))
          .map(newsletterSummaryOf);
        return HttpResponse.json({ items });
      }),
    ),
    http.get(mswPattern(base, operations.getNewsletter.path), ({ request, params }) =>
      guarded(delay, () => {
        const month = monthOf(params);
        const language = languageOf(request);
        const issue = issues.find((i) => i.month === month && i.language === language);
        return issue ? HttpResponse.json(issue) : refusal(notFoundProblem(`No newsletter issue for ${month}`));
      }),
    ),
    http.post(mswPattern(base, operations.subscribeNewsletter.path), ({ request }) =>
      guarded(delay, async () => {
        const body = await jsonBody(request);
        if (body instanceof Response) return body;
        const input = parseOrThrow(NewsletterSubscriptionInput, body.value);
        subscriptions.push({ email: input.email, language: input.language });
        return HttpResponse.json({ state: 'pending' }, { status: 202 });
      }),
    ),
    http.get(mswPattern(base, operations.getNewsletterDraft.path), ({ request, params }) =>
      guarded(delay, () => {
        const denied = secretariat(request);
        if (denied) return denied;
        const month = monthOf(params);
        return HttpResponse.json(draftOf(month), { headers: { etag: etag(month) } });
      }),
    ),
    http.put(mswPattern(base, operations.putNewsletterDraft.path), ({ request, params }) =>
      guarded(delay, async () => {
        const denied = secretariat(request);
        if (denied) return denied;
        const month = monthOf(params);
        const ifMatch = request.headers.get('if-match');
        if (ifMatch !== null && ifMatch !== '*' && ifMatch !== etag(month)) {
          return refusal(preconditionFailedProblem({ version: etag(month), record: draftOf(month) }));
        }
        const body = await jsonBody(request);
        if (body instanceof Response) return body;
        const input = parseOrThrow(NewsletterDraftInput, body.value);
        const draft: NewsletterDraft = { ...draftOf(month), items: input.items, introduction: input.introduction, updatedAt: deps.now().toISOString() };
        drafts.set(month, draft);
        versions.set(month, (versions.get(month) ?? 0) + 1);
        return HttpResponse.json(draft, { headers: { etag: etag(month) } });
      }),
    ),
    http.post(mswPattern(base, operations.sendNewsletter.path), ({ request, params }) =>
      guarded(delay, () => {
        const denied = secretariat(request);
        if (denied) return denied;
        const month = monthOf(params);
        if (!issues.some((i) => i.month === month)) return refusal(notFoundProblem(`No newsletter issue for ${month}`));
        const sentAt = deps.now().toISOString();
        for (const [index, issue] of issues.entries()) if (issue.month === month && !issue.sentAt) issues[index] = { ...issue, sentAt };
        return HttpResponse.json({ month, recipients: 0, enqueued: 0 });
      }),
    ),
  ];
}
