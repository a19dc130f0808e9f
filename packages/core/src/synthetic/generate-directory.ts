import { COUNTRIES } from '../reference/countries.js';
import { SDG_NUMBERS } from '../search/facets.js';
import type { LocalizedText } from '../schemas/localized-text.js';
import {
  ORGANIZATION_SCOPES,
  type Organization,
  type PartnershipEntry,
} from '../schemas/organization.js';
import { SECTOR_CODES, type SectorCode } from '../schemas/sector.js';
import { ACTIVITIES, BODIES, EPITHETS, INTERESTS, SENTENCES, TOWNS } from './words.js';
import { seededRandom } from './seeded-random.js';

/** Directory sizes used by the benchmarks and scale tests. */
export const SYNTHETIC_SIZES = { '1k': 1_000, '10k': 10_000, '100k': 100_000 } as const;

export interface SyntheticDirectoryOptions {
  /** Number of organisations. */
  size: number;
  /** Same seed, same directory (default 1). */
  seed?: number;
  /** Share of records that also carry Arabic, Chinese and Russian names (default 0.2). */
  multilingualShare?: number;
  /** "As of" date of the records (default 2026-11-26). */
  asOf?: string;
}


const capitalise = (word: string) => word.charAt(0).toLocaleUpperCase('fr') + word.slice(1);

/**
 * A seeded directory of wholly fictional organisations for benchmarks and scale tests
 * (ids `syn-000001`…, example.org websites, `fictional: true`), with English, French and
 * Spanish names, and Arabic, Chinese and Russian names on a share of them; 25–40-word
 * descriptions; facets spread over sectors, SDGs, countries, languages and statuses.
 * Not part of any widget bundle: import it from `@ngo-liaison/core/synthetic`.
 */
export function generateSyntheticDirectory({
  size,
  seed = 1,
  multilingualShare = 0.2,
  asOf = '2026-11-26',
}: SyntheticDirectoryOptions): Organization[] {
  if (!Number.isInteger(size) || size < 0) throw new RangeError(`size must be a whole number, got ${size}`);
  const rand = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const some = <T>(list: readonly T[], min: number, max: number): T[] => {
    const count = min + Math.floor(rand() * (max - min + 1));
    const chosen = new Set<T>();
    while (chosen.size < Math.min(count, list.length)) chosen.add(pick(list));
    return [...chosen];
  };
  const codes = COUNTRIES.map((c) => c.code);
  const width = Math.max(6, String(size).length);
  const organizations: Organization[] = [];

  for (let i = 1; i <= size; i++) {
    const id = `syn-${String(i).padStart(width, '0')}`;
    const epithet = pick(EPITHETS);
    const activity = pick(ACTIVITIES);
    const body = pick(BODIES);
    const kind = body[0] === 'Foundation' ? 'foundation' : 'ngo';
    const name: LocalizedText = {
      en: `${epithet[0]} ${activity[0]} ${body[0]}`,
      es: `${body[2]} ${activity[2]} ${epithet[2]}`,
      fr: `${body[1]} ${activity[1]} ${capitalise(epithet[1])}`,
    };
    if (rand() < multilingualShare) {
      name.ar = `${body[3]} ${epithet[3]} ${activity[3]}`;
      name.ru = `${body[4]} ${activity[4]} «${epithet[4]}»`;
      name.zh = `${epithet[5]}${activity[5]}${body[5]}`;
    }
    const acronym = name.en
      .split(' ')
      .map((word) => word[0])
      .join('');
    const fill = (text: string) => text.replace('{a}', activity[0].toLowerCase()).replace('{e}', epithet[0]);
    const fillFr = (text: string) => text.replace('{a}', activity[1].replace(/^(de la|du|des|de|d'|d’|pour l’|pour la|pour le)\s?/, '')).replace('{e}', capitalise(epithet[1]));
    const sentences = some(SENTENCES, 3, 4);
    const hq = pick(codes);
    const sectors = some(SECTOR_CODES, 1, 2) as SectorCode[];
    const founded = 1900 + Math.floor(rand() * 120);
    const org: Organization = {
      id,
      kind,
      name,
      acronym: { en: acronym },
      ...(rand() < 0.1 ? { formerNames: [{ en: `${pick(EPITHETS)[0]} ${activity[0]} ${pick(BODIES)[0]}` }] } : {}),
      scope: pick(ORGANIZATION_SCOPES),
      headquarters: { city: pick(TOWNS), country: hq },
      founded,
      website: `https://${id}.example.org/`,
      description: { en: sentences.map((s) => fill(s[0])).join(' '), fr: sentences.map((s) => fillFr(s[1])).join(' ') },
      sectors,
      sdgs: some(SDG_NUMBERS, 1, 4).map(Number).sort((a, b) => a - b),
      countriesOfPresence: some(codes, 0, 12).sort(),
      workingLanguages: some(['en', 'fr', 'es', 'ar', 'ru', 'zh', 'pt', 'sw', 'de'], 1, 3),
      fieldsOfInterest: some(INTERESTS, 2, 4),
      partnership: history(kind, founded, rand),
      contacts: [],
      identifiers: rand() < 0.3 ? [{ scheme: 'UIA', value: String(9_900_000_000 + i) }] : [],
      provenance: { sourceUrls: [], asOf, verified: false, fictional: true, note: 'Synthetic record for benchmarks and scale tests.' },
    };
    // Associate status is for international and regional NGOs only (2011 Directives).
    if (org.scope === 'national' || org.scope === 'local') org.partnership = org.partnership.filter((entry) => entry.category !== 'associate');
    organizations.push(org);
  }
  return organizations;
}

/**
 * A plausible dated history that follows the Directives: a relation under the earlier
 * Directives before 2012 (1960 categories before 1995, 1995 ones after), consultative from
 * the reclassification or from admission, associate in eight-year terms for some.
 */
function history(kind: 'ngo' | 'foundation', founded: number, rand: () => number): PartnershipEntry[] {
  const start = Math.max(founded + 2, 1960) + Math.floor(rand() * 30);
  const from = Math.min(start, 2025);
  if (kind === 'foundation') return [{ category: 'official-relations', from, decidedBy: 'DG', evidence: [] }];
  const roll = rand();
  if (roll < 0.1) return [];
  if (roll < 0.2) return [{ ...(rand() < 0.5 ? { from } : {}), evidence: [] }];
  const entries: PartnershipEntry[] = [];
  let consultativeFrom = from;
  if (from < 2012) {
    entries.push({ category: from < 1995 ? 'category-b' : 'formal-consultative', from, evidence: [] });
    consultativeFrom = 2012;
  }
  entries.push({ category: 'consultative', from: consultativeFrom, decidedBy: 'DG', evidence: [] });
  if (roll < 0.8 || consultativeFrom > 2016) return entries;
  for (let year = consultativeFrom + 2 + Math.floor(rand() * 6); year <= 2026; year += 8) {
    entries.push({ category: 'associate', from: year, to: year + 8, decidedBy: 'EB', decisionRef: `${100 + (year % 100)} EX/NGP (synthetic)`, evidence: [] });
  }
  return entries;
}
