import * as z from 'zod/mini';
import { CompleteLocalizedText } from './localized-text.js';

/** A Sustainable Development Goal with its official short title in the six UN languages. */
export const Sdg = z.object({
  number: z.int().check(z.gte(1), z.lte(17)),
  title: CompleteLocalizedText,
  /** The UN page listing the goals (one per language where known). */
  sourceUrl: z.url(),
  /** Languages whose title was checked against a UN page; the others await that check. */
  verifiedLanguages: z.array(z.enum(['ar', 'en', 'es', 'fr', 'ru', 'zh'])),
});
export type Sdg = z.infer<typeof Sdg>;
