import * as z from 'zod/mini';
import { en } from 'zod/locales';
import type { FieldIssue } from '@ngo-liaison/core';

/*
 * Response bodies checked against core's schemas, with zod's English messages: core's safeParse
 * and formatPath, restated in a few lines. Why not import them: in the CDN bundles they sit in a
 * chunk of their own (shared with lazy chunks the first load does not reach), and that one more
 * file costs the directory ~220 B gzipped for ~300 B of code. A response has no field for a
 * person to correct, so issues carry no FIELD_ERROR_CODES (nor the input zod reports for them).
 */
const { localeError } = en();

export function parseResponse<T extends z.ZodMiniType>(schema: T, value: unknown): z.core.util.SafeParseResult<z.output<T>> {
  return z.safeParse(schema, value, { error: localeError });
}

/** The issues of a failed parse, each path as core's formatPath writes it (`items[3].name.fr`). */
export function responseIssues(error: z.core.$ZodError): FieldIssue[] {
  return error.issues.map(({ path, message }) => ({
    path: path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '') || '(root)',
    message,
  }));
}
