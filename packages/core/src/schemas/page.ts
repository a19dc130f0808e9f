import * as z from 'zod/mini';

/** A page of a list: `nextCursor` is null on the last page. */
export function pageOf<T extends z.ZodMiniType>(item: T) {
  return z.object({
    items: z.array(item),
    nextCursor: z.nullable(z.string()),
    total: z.optional(z.int().check(z.gte(0))),
  });
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
  total?: number | undefined;
}
