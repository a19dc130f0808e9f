import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import * as z from 'zod/mini';
import { PROBLEM_TYPES, ValidationError, parseOrThrow } from '@ngo-liaison/core';
import { problemResponse } from './problem-response.js';

/** Account bodies are a few fields: 16 KiB is far above any real one and bounds what a request can make the server parse. */
export const ACCOUNT_BODY_LIMIT = 16 * 1024;

/** 413 problem for a body over `maxSize` bytes (whether announced by Content-Length or streamed). */
export function limitBody(maxSize = ACCOUNT_BODY_LIMIT): MiddlewareHandler {
  return bodyLimit({
    maxSize,
    onError: (c) => problemResponse(c, { type: PROBLEM_TYPES.tooLarge, title: 'Request body too large', status: 413, detail: `The body must be at most ${maxSize} bytes` }),
  });
}

/**
 * The request's JSON body checked against `schema` (strict objects: an unknown field is a 400
 * naming it). Not JSON, or not `application/json` → a 400 that says so.
 */
export async function jsonBody<T extends z.ZodMiniType>(c: Context, schema: T): Promise<z.output<T>> {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/([\w.+-]+\+)?json\s*(;|$)/i.test(type)) {
    throw new ValidationError([{ path: 'body', message: `must be sent as application/json (got ${type ? `"${type.slice(0, 60)}"` : 'no Content-Type'})`, code: 'invalid-format' }]);
  }
  let value: unknown;
  try {
    value = JSON.parse(await c.req.text());
  } catch {
    throw new ValidationError([{ path: 'body', message: 'is not valid JSON', code: 'invalid-format' }]);
  }
  return parseOrThrow(schema, value);
}
