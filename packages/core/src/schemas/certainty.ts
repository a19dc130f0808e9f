import * as z from 'zod/mini';

/**
 * How sure the reference data is of a value: `verified` (a cited source states it),
 * `inferred` (worked out from sources), `unverified` (general knowledge, to be checked).
 * Values that are not verified are kept and shown as such, never silently guessed.
 */
export const Certainty = z.enum(['verified', 'inferred', 'unverified']);
export type Certainty = z.infer<typeof Certainty>;
