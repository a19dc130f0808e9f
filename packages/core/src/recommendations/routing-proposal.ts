import { addresseeKey, type Addressee } from '../inbox/addressee.js';
import { themeVocabulary, type ThemeVocabulary } from '../matching/themes.js';
import type { Coverage } from '../programmes/field-office-coverage.js';
import { SECTOR_CODES } from '../schemas/codes.js';
import type { Programme } from '../schemas/programme.js';
import type { ProposedAddressee, RecommendationSubject, RoutingReason } from './recommendation.js';

export interface RoutingData {
  programmes: readonly Programme[];
  coverage: Coverage;
  /** Matching's view of the vocabulary (default: the curated one). */
  themes?: ThemeVocabulary | undefined;
}

const sameReason = (a: RoutingReason, b: RoutingReason) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Who a recommendation concerns (paragraph 11 of the working-group paper: recommendations reach
 * the Member States and sectors concerned by their themes), with the reasons, using the same
 * concepts as the matching:
 * - a sector it names (named-sector), a sector whose work holds one of its themes
 *   (theme-of-sector), the lead sector of a programme sharing one of its themes (programme-theme);
 * - the Member State of each country it names (named-country);
 * - the most specific field office covering each country it names (covers-country).
 * One entry per addressee, reasons merged; sectors in UNESCO's order (ED, SC, SHS, CLT, CI),
 * then Member States and field offices in the order of the countries named.
 * The Committee confirms or edits this before recording the recommendation.
 */
export function proposeAddressees(subject: Pick<RecommendationSubject, 'themes' | 'sectors' | 'countries'>, data: RoutingData): ProposedAddressee[] {
  const themes = data.themes ?? themeVocabulary();
  const proposals = new Map<string, ProposedAddressee>();
  const add = (addressee: Addressee, reason: RoutingReason) => {
    const key = addresseeKey(addressee);
    const entry = proposals.get(key) ?? proposals.set(key, { addressee, reasons: [] }).get(key)!;
    if (!entry.reasons.some((r) => sameReason(r, reason))) entry.reasons.push(reason);
  };

  for (const sector of subject.sectors) add({ kind: 'sector', sector }, { code: 'named-sector' });
  for (const theme of subject.themes) {
    for (const sector of themes.sectorsOf(themes.keyOf(theme))) add({ kind: 'sector', sector }, { code: 'theme-of-sector', theme });
  }
  for (const theme of subject.themes) {
    const key = themes.keyOf(theme);
    for (const programme of data.programmes) {
      if (programme.themes.some((own) => themes.keyOf(own) === key)) add({ kind: 'sector', sector: programme.sector }, { code: 'programme-theme', theme, programme: programme.id });
    }
  }
  for (const country of subject.countries) add({ kind: 'member-state', country }, { code: 'named-country', country });
  for (const country of subject.countries) {
    const office = data.coverage.officesCovering(country)[0];
    if (office) add({ kind: 'field-office', fieldOffice: office.code }, { code: 'covers-country', country });
  }

  const rank = (entry: ProposedAddressee) => {
    const { addressee } = entry;
    return addressee.kind === 'sector' ? (SECTOR_CODES as readonly string[]).indexOf(addressee.sector) : addressee.kind === 'member-state' ? 100 : 200;
  };
  // A stable sort: Member States and offices keep the order of the countries named.
  return [...proposals.values()].sort((a, b) => rank(a) - rank(b));
}
