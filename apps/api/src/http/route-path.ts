/** Hono paths use `:id`; the contract uses `{id}`. */
export const routePath = (contractPath: string) => contractPath.replace(/\{(\w+)\}/g, ':$1');
