import {
  Feedback,
  FeedbackAnswerInput,
  FeedbackInput,
  FeedbackPage,
  FeedbackSummary,
  PATHS,
  buildPath,
  type FeedbackState,
} from '@ngo-liaison/core';
import { PagedList } from '../paged-list.js';
import { relativePath } from '../transport.js';
import type { WriteTransport } from '../write-transport.js';
import { appendFilter, appendPaging } from './list-params.js';
import { assertValidBody } from './write-body.js';
import { idempotentCreation, type CreateOptions } from './write-options.js';

export interface FeedbackFilter {
  programme?: string;
  /** ISO alpha-2 code. */
  country?: string;
  /** Sector code (the Secretariat; others see their own sector's). */
  sector?: string;
}

export interface ListFeedbackParams extends FeedbackFilter {
  state?: FeedbackState;
  organization?: string;
  /** Page size, 1–100 (server default 20). */
  limit?: number;
  cursor?: string;
  signal?: AbortSignal;
}

/** NGOs' feedback to the sectors on how programmes are carried out (paragraph 6 of the working-group paper). */
export interface FeedbackResource {
  /** Sends feedback on a programme to its sector (the organisation's NGO editor). */
  send(input: FeedbackInput, options?: CreateOptions): Promise<Feedback>;
  /** Newest first: a sector sees its programmes', a field office what names it, an NGO editor its organisation's, the Secretariat all. */
  list(params?: ListFeedbackParams): PagedList<Feedback>;
  get(id: string, options?: { signal?: AbortSignal }): Promise<Feedback>;
  /** The programme's sector (or the Secretariat); ConflictError (409) unless it is still `sent`. */
  acknowledge(id: string, options?: { signal?: AbortSignal }): Promise<Feedback>;
  /** The programme's sector (or the Secretariat); the answer reaches the organisation's inbox. ConflictError (409) when already answered. */
  answer(id: string, answer: FeedbackAnswerInput, options?: { signal?: AbortSignal }): Promise<Feedback>;
  /** The feedback the caller may read, counted by programme then country. */
  summary(filter?: FeedbackFilter & { signal?: AbortSignal }): Promise<FeedbackSummary>;
}

function appendFeedbackFilter(searchParams: URLSearchParams, { programme, country, sector }: FeedbackFilter): void {
  appendFilter(searchParams, 'programme', programme);
  appendFilter(searchParams, 'country', country);
  appendFilter(searchParams, 'sector', sector);
}

export function feedbackResource(transport: WriteTransport): FeedbackResource {
  return {
    async send(input, options = {}) {
      const path = relativePath(PATHS.sendFeedback);
      assertValidBody(transport, path, FeedbackInput, input);
      return (await transport.send(path, Feedback, { method: 'post', json: input, ...idempotentCreation(options) })).data;
    },
    list({ state, organization, limit, cursor, signal, ...filter }: ListFeedbackParams = {}) {
      const fetchPage = (pageCursor: string | undefined) => {
        const searchParams = new URLSearchParams();
        appendFeedbackFilter(searchParams, filter);
        appendFilter(searchParams, 'state', state);
        appendFilter(searchParams, 'organization', organization);
        appendPaging(searchParams, limit, pageCursor);
        return transport.get(relativePath(PATHS.listFeedback), FeedbackPage, { searchParams, signal });
      };
      return new PagedList(fetchPage, cursor);
    },
    get(id, { signal } = {}) {
      return transport.get(relativePath(buildPath(PATHS.getFeedback, { id })), Feedback, { signal });
    },
    async acknowledge(id, { signal } = {}) {
      return (await transport.send(relativePath(buildPath(PATHS.acknowledgeFeedback, { id })), Feedback, { method: 'post', signal })).data;
    },
    async answer(id, answer, { signal } = {}) {
      const path = relativePath(buildPath(PATHS.answerFeedback, { id }));
      assertValidBody(transport, path, FeedbackAnswerInput, answer);
      return (await transport.send(path, Feedback, { method: 'post', json: answer, signal })).data;
    },
    summary({ signal, ...filter } = {}) {
      const searchParams = new URLSearchParams();
      appendFeedbackFilter(searchParams, filter);
      return transport.get(relativePath(PATHS.getFeedbackSummary), FeedbackSummary, { searchParams, signal });
    },
  };
}
