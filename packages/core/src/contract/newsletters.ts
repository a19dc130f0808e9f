import {
  NewsletterArchive,
  NewsletterDraft,
  NewsletterDraftInput,
  NewsletterIssue,
  NewsletterMonth,
  NewsletterSendResult,
  NewsletterSubscriptionAccepted,
  NewsletterSubscriptionInput,
} from '../newsletter/newsletter.js';
import { LANGUAGES } from '../i18n/languages.js';
import type { Operation } from './operations.js';
import { PATHS } from './paths.js';

export const newsletterOperations = {
  listNewsletters: {
    method: 'get',
    path: PATHS.listNewsletters,
    summary: 'The newsletter archive',
    description: 'Every composed issue, newest first, in the language asked for (English by default).',
    tags: ['newsletter'],
    query: { lang: { description: 'One of the six languages.', schema: { type: 'string', enum: [...LANGUAGES] } } },
    response: NewsletterArchive,
    errors: [400, 429],
  },
  getNewsletter: {
    method: 'get',
    path: PATHS.getNewsletter,
    summary: 'One issue of the newsletter: JSON with its HTML and text',
    tags: ['newsletter'],
    pathParams: { month: NewsletterMonth },
    query: { lang: { description: 'One of the six languages (English by default).', schema: { type: 'string', enum: [...LANGUAGES] } } },
    response: NewsletterIssue,
    errors: [400, 404, 429],
  },
  subscribeNewsletter: {
    method: 'post',
    path: PATHS.subscribeNewsletter,
    summary: 'Subscribe to the newsletter (double opt-in)',
    description: 'Mails a confirmation link; the subscription starts when it is confirmed. The answer is the same whether or not the address was known. Bounded per address and per client.',
    tags: ['newsletter', 'writes'],
    requestBody: { schema: NewsletterSubscriptionInput },
    responses: { 202: { description: 'A confirmation link was mailed', schema: NewsletterSubscriptionAccepted } },
    errors: [400, 413, 415, 422, 429],
  },
  getNewsletterDraft: {
    method: 'get',
    path: PATHS.getNewsletterDraft,
    summary: "A month's draft with its candidate items (Secretariat)",
    tags: ['newsletter'],
    security: 'signed-in',
    pathParams: { month: NewsletterMonth },
    response: NewsletterDraft,
    errors: [400, 401, 403, 429],
  },
  putNewsletterDraft: {
    method: 'put',
    path: PATHS.putNewsletterDraft,
    summary: 'Choose and order the items, write the introduction (Secretariat)',
    tags: ['newsletter', 'writes'],
    security: 'signed-in',
    pathParams: { month: NewsletterMonth },
    requestBody: { schema: NewsletterDraftInput },
    response: NewsletterDraft,
    errors: [400, 401, 403, 409, 413, 415, 422, 429],
  },
  sendNewsletter: {
    method: 'post',
    path: PATHS.sendNewsletter,
    summary: "Send a month's issue (Secretariat)",
    description: "To each partner's designated contact and every confirmed subscriber, one mail per address; sending again never mails an address twice.",
    tags: ['newsletter', 'writes'],
    security: 'signed-in',
    pathParams: { month: NewsletterMonth },
    response: NewsletterSendResult,
    errors: [400, 401, 403, 404, 409, 429],
  },
} as const satisfies Record<string, Operation>;

