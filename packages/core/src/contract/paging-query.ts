import { DEFAULT_LIMIT, MAX_LIMIT } from '../query/list-query.js';
import type { QueryParameter } from './operations.js';

/** `limit` and `cursor`, shared by every list operation. */
export const pagingQuery = {
  limit: {
    description: `Page size, 1–${MAX_LIMIT} (default ${DEFAULT_LIMIT}).`,
    schema: { type: 'integer', minimum: 1, maximum: MAX_LIMIT, default: DEFAULT_LIMIT },
  },
  cursor: {
    description: "Opaque cursor from the previous page's `nextCursor`.",
    schema: { type: 'string' },
  },
} satisfies Record<string, QueryParameter>;
