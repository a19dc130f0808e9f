import * as z from 'zod/mini';

/** One problem with one field: `path` uses dots and [index] ("items[3].name.fr"). */
export const FieldIssue = z.object({
  path: z.string(),
  message: z.string(),
  /** Stable reason (FIELD_ERROR_CODES in core): what elements translate. */
  code: z.optional(z.string()),
});
export type FieldIssue = z.infer<typeof FieldIssue>;

/** RFC 9457 problem details: the one error shape of every API route. */
export const Problem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.int(),
  detail: z.optional(z.string()),
  instance: z.optional(z.string()),
  errors: z.optional(z.array(FieldIssue)),
  /** 412 and 409 on writes: the record's current version (its ETag) … */
  currentVersion: z.optional(z.string()),
  /** … and the record as it now stands, so a client can show it beside what its user typed. */
  current: z.optional(z.unknown()),
});
export type Problem = z.infer<typeof Problem>;
