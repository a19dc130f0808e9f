import * as z from 'zod/mini';
import { en } from 'zod/locales';

// zod/mini ships no messages ("Invalid input" everywhere). Passing the English locale per
// parse, rather than with a global z.config() call, survives tree-shaking (core is
// side-effect free) and never changes zod's settings for the host page.
const { localeError } = en();

/**
 * `z.safeParse` with readable English messages. `reportInput` puts the offending value on each
 * issue: without it fieldIssueCode cannot tell a missing value (`required`) from a wrong one
 * (`invalid-type`), and every type error read as "required".
 */
export function safeParse<T extends z.ZodMiniType>(schema: T, value: unknown): z.core.util.SafeParseResult<z.output<T>> {
  return z.safeParse(schema, value, { error: localeError, reportInput: true });
}
