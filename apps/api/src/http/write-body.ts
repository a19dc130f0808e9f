import type { Context } from 'hono';
import { PROBLEM_TYPES, invalidRequestProblem } from '@ngo-liaison/core';
import { limitBody } from './json-body.js';
import { problemResponse } from './problem-response.js';

/**
 * Largest write body: a profile with descriptions in six languages at their 2,000-character
 * bound, thirty contacts and every list at its limit stays well under it.
 */
export const WRITE_BODY_LIMIT = 256 * 1024;

/** 413 problem above WRITE_BODY_LIMIT (Hono's bodyLimit: announced or streamed). */
export const limitWriteBody = () => limitBody(WRITE_BODY_LIMIT);

const JSON_TYPE = /^application\/json\s*(;|$)/i;
const MERGE_PATCH_TYPE = /^application\/merge-patch\+json\s*(;|$)/i;

export interface WriteBody {
  value: unknown;
  /** The bytes as sent (an Idempotency-Key's request hash covers them). */
  text: string;
}

/**
 * The JSON body of a write: `application/json`, or also `application/merge-patch+json` for a
 * PATCH (RFC 7396). Another media type is a 415; text that is not JSON a 400 naming the body.
 */
export async function readWriteBody(c: Context, { mergePatch = false } = {}): Promise<WriteBody | Response> {
  const type = c.req.header('content-type') ?? '';
  if (!JSON_TYPE.test(type) && !(mergePatch && MERGE_PATCH_TYPE.test(type))) {
    const accepted = mergePatch ? 'application/merge-patch+json or application/json' : 'application/json';
    c.header('accept-patch', mergePatch ? 'application/merge-patch+json, application/json' : undefined);
    return problemResponse(c, {
      type: PROBLEM_TYPES.invalidRequest,
      title: 'Unsupported media type',
      status: 415,
      detail: `Send the body as ${accepted} (got ${type ? `"${type.slice(0, 60)}"` : 'no Content-Type'})`,
    });
  }
  const text = await c.req.text();
  try {
    return { value: JSON.parse(text) as unknown, text };
  } catch {
    return problemResponse(c, invalidRequestProblem([{ path: 'body', message: 'is not valid JSON', code: 'invalid-format' }]));
  }
}
