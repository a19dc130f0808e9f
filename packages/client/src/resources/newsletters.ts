import {
  NewsletterArchive,
  NewsletterDraft,
  NewsletterDraftInput,
  NewsletterIssue,
  NewsletterSendResult,
  NewsletterSubscriptionAccepted,
  NewsletterSubscriptionInput,
  PATHS,
  buildPath,
  type Language,
  type NewsletterSummary,
} from '@ngo-liaison/core';
import { relativePath } from '../transport.js';
import type { WriteTransport } from '../write-transport.js';
import { appendFilter } from './list-params.js';
import { assertValidBody } from './write-body.js';
import { idempotentCreation, type CreateOptions } from './write-options.js';

export interface NewsletterReadOptions {
  /** One of the six languages (the server's default: English). */
  lang?: Language;
  signal?: AbortSignal;
}

/** The monthly newsletter (paragraph 6 of the working-group paper): its archive, sign-up, and the Secretariat's draft and sending. */
export interface NewslettersResource {
  /** The archive: every composed issue, newest first, in `lang`. */
  list(options?: NewsletterReadOptions): Promise<NewsletterSummary[]>;
  /** One issue (`yyyy-mm`) with its sections, e-mail HTML and plain text; NotFoundError (404) when it was never composed. */
  get(month: string, options?: NewsletterReadOptions): Promise<NewsletterIssue>;
  /**
   * Double opt-in: the server mails a confirmation link. The answer is always `{ state: 'pending' }`,
   * whether or not the address was known. Without `topics`, every topic. Invalid bodies throw a
   * ValidationError naming the field before anything is sent.
   */
  subscribe(input: NewsletterSubscriptionInput, options?: CreateOptions): Promise<NewsletterSubscriptionAccepted>;
  /** A month's draft with every candidate item (Secretariat), and its version for `updateDraft`. */
  draft(month: string, options?: { signal?: AbortSignal }): Promise<{ draft: NewsletterDraft; version: string | undefined }>;
  /** Chooses and orders the items and writes the introduction (Secretariat); a stale `ifMatch` throws ConflictError (412). */
  updateDraft(month: string, draft: NewsletterDraftInput, options: { ifMatch?: string; signal?: AbortSignal }): Promise<NewsletterDraft>;
  /** Sends the month's issue (Secretariat); sending again never mails an address twice. */
  send(month: string, options?: { signal?: AbortSignal }): Promise<NewsletterSendResult>;
}

/** A version as an entity tag: the client accepts the ETag as the server sent it or bare. */
const asEntityTag = (version: string): string => (/^(W\/)?"|^\*$/.test(version.trim()) ? version.trim() : `"${version.trim()}"`);

const langParams = (lang: Language | undefined): URLSearchParams => {
  const searchParams = new URLSearchParams();
  appendFilter(searchParams, 'lang', lang);
  return searchParams;
};

export function newslettersResource(transport: WriteTransport): NewslettersResource {
  return {
    async list({ lang, signal } = {}) {
      return (await transport.get(relativePath(PATHS.listNewsletters), NewsletterArchive, { searchParams: langParams(lang), signal })).items;
    },
    get(month, { lang, signal } = {}) {
      return transport.get(relativePath(buildPath(PATHS.getNewsletter, { month })), NewsletterIssue, { searchParams: langParams(lang), signal });
    },
    async subscribe(input, options = {}) {
      const path = relativePath(PATHS.subscribeNewsletter);
      assertValidBody(transport, path, NewsletterSubscriptionInput, input);
      return (await transport.send(path, NewsletterSubscriptionAccepted, { method: 'post', json: input, ...idempotentCreation(options) })).data;
    },
    async draft(month, { signal } = {}) {
      const { data, headers } = await transport.send(relativePath(buildPath(PATHS.getNewsletterDraft, { month })), NewsletterDraft, { method: 'get', signal });
      return { draft: data, version: headers.get('etag') ?? undefined };
    },
    async updateDraft(month, draft, { ifMatch, signal }) {
      const path = relativePath(buildPath(PATHS.putNewsletterDraft, { month }));
      assertValidBody(transport, path, NewsletterDraftInput, draft);
      const headers: Record<string, string> = ifMatch === undefined ? {} : { 'if-match': asEntityTag(ifMatch) };
      return (await transport.send(path, NewsletterDraft, { method: 'put', json: draft, headers, signal })).data;
    },
    async send(month, { signal } = {}) {
      return (await transport.send(relativePath(buildPath(PATHS.sendNewsletter, { month })), NewsletterSendResult, { method: 'post', signal })).data;
    },
  };
}
