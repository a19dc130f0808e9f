import { SECTORS } from '../reference/sectors.js';
import type { Programme } from '../schemas/programme.js';
import type { SectorCode } from '../schemas/sector.js';
import type { ThemeVocabulary } from './themes.js';

/** Default minimum score for a sector's expert list. */
export const EXPERT_THRESHOLD = 0.5;

/**
 * A sector's expert list is a ranking against a pseudo-programme: the sector, every concept
 * of the vocabulary that belongs to it, and no countries, SDGs or languages. Listing the
 * sector alone scores 0.4, below the threshold: an expert also shows fields in the sector
 * (or a track record of actions in it).
 */
export function expertProgramme(sector: SectorCode, vocabulary: ThemeVocabulary): Programme {
  const name = SECTORS.find((s) => s.code === sector)?.name ?? { en: sector, fr: sector };
  return {
    // Not a valid slug on purpose: no real programme or action can share it.
    id: `@experts-${sector}`,
    sector,
    title: { en: `Experts: ${name.en}`, fr: `Experts : ${name.fr}` },
    sdgs: [],
    themes: vocabulary.sectorKeys(sector).map((key) => vocabulary.concept(key)!.id),
    countries: [],
    fieldOffices: [],
    workingLanguages: [],
    criteria: [
      { criterion: 'sector', weight: 0.4 },
      { criterion: 'themes', weight: 0.4 },
      { criterion: 'track-record', weight: 0.2 },
    ],
    provenance: { sourceUrls: [], asOf: '2026-11-26', verified: false, fictional: false },
  };
}
