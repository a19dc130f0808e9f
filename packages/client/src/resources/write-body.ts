import type * as z from 'zod/mini';
import { invalidRequestProblem, issuesOf, safeParse, type FieldIssue } from '@ngo-liaison/core';
import { ValidationError } from '../http-errors.js';
import type { Transport } from '../transport.js';

/*
 * Write bodies are checked with the core schema the server checks them with, before anything
 * is sent. In a module of its own, away from the transport: widgets that only read do not
 * bundle it.
 */

/** A ValidationError (not `sent`) naming each field and its code. */
export function refusedBody(transport: Transport, path: string, issues: FieldIssue[]): ValidationError {
  return new ValidationError(transport.url(path), 400, invalidRequestProblem(issues), undefined, false);
}

/** Throws that error when `body` fails `schema`. The body goes as the caller wrote it (a merge patch's nulls), not as zod re-shaped it. */
export function assertValidBody(transport: Transport, path: string, schema: z.ZodMiniType, body: unknown): void {
  const parsed = safeParse(schema, body);
  if (!parsed.success) throw refusedBody(transport, path, issuesOf(parsed.error));
}
