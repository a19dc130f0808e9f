import type { RequestHandler } from 'msw';
import type { Organization } from '@ngo-liaison/core';
import { SAMPLE_ORGANIZATIONS } from '@ngo-liaison/core/sample-data';
import { organizationHandlers } from './organizations.js';

export interface HandlerOptions {
  /**
   * URL of the API's `/v1` that the handlers answer for. The default matches `/v1` on any
   * origin, which suits tests and Storybook.
   */
  baseUrl?: string;
  /** The organisations to serve (default: the sample data set). */
  organizations?: readonly Organization[];
  /** Milliseconds to wait before answering, to show loading states. */
  delay?: number;
}

/**
 * msw request handlers that behave like the reference server (same pages, cursors and
 * problem+json errors), backed by in-memory data. For your tests and for Storybook.
 */
export function createHandlers({ baseUrl = '*/v1', organizations = SAMPLE_ORGANIZATIONS, delay = 0 }: HandlerOptions = {}): RequestHandler[] {
  const base = baseUrl.replace(/\/$/, '');
  return [...organizationHandlers(base, organizations, delay)];
}

export { problemResponse } from './responses.js';
