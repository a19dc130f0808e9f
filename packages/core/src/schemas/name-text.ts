import * as z from 'zod/mini';
import { LocalizedText } from './localized-text.js';

// In a module of its own: a schema built at module level stays in every bundle that imports
// its module, and the event widgets import localized-text.ts but name no organisation.

/**
 * A proper name, in the languages its sources give it: at least one, none required (the
 * Agence universitaire de la Francophonie has a French name and no sourced English one).
 */
export const NameText = z.partial(LocalizedText).check(
  z.refine((name) => Object.values(name).some((value) => value !== undefined), 'needs a name in at least one language'),
);
export type NameText = z.infer<typeof NameText>;
