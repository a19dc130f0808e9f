import * as z from 'zod/mini';
import { SECTOR_CODES } from './codes.js';
import { CompleteLocalizedText } from './localized-text.js';

export { SECTOR_CODES };
export const SectorCode = z.enum(SECTOR_CODES);
export type SectorCode = z.infer<typeof SectorCode>;

export const Sector = z.object({
  code: SectorCode,
  name: CompleteLocalizedText,
  /** Where the English and French names come from. */
  sourceUrl: z.url(),
  /** Languages whose name a source confirms; the others are our translations, to be checked. */
  verifiedLanguages: z.array(z.enum(['ar', 'en', 'es', 'fr', 'ru', 'zh'])),
});
export type Sector = z.infer<typeof Sector>;
