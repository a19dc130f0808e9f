/**
 * PostgreSQL text cannot hold U+0000 (SQLite's can): no stored id or key has one, and asking
 * PostgreSQL for one is an error ("invalid byte sequence"), not a miss. Lookups of such a value
 * answer "not found" without asking.
 */
export const holdsNul = (...texts: readonly (string | undefined)[]): boolean => texts.some((text) => text?.includes('\u0000'));
