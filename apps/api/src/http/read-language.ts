import type { Context } from 'hono';
import { LANGUAGES, invalidRequestProblem, type Language } from '@ngo-liaison/core';
import { problemResponse } from './problem-response.js';

/**
 * The `?lang=` of a document route (one event's calendar, an inbox's feed): one of the six
 * languages, English when absent; any other parameter is a 400 naming it.
 */
export function readLanguage(c: Context): Language | Response {
  const params = new URL(c.req.url).searchParams;
  for (const key of params.keys()) {
    if (key !== 'lang') return problemResponse(c, invalidRequestProblem([{ path: key, message: 'unknown query parameter; allowed: lang' }]));
  }
  const lang = params.get('lang') ?? 'en';
  if (!(LANGUAGES as readonly string[]).includes(lang) || params.getAll('lang').length > 1) {
    return problemResponse(c, invalidRequestProblem([{ path: 'lang', message: `must be one of ${LANGUAGES.join(', ')}` }]));
  }
  return lang as Language;
}
