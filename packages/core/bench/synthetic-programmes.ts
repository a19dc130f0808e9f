import { FIELD_OFFICES } from '../src/reference/field-offices.js';
import type { Action } from '../src/schemas/action.js';
import type { Organization } from '../src/schemas/organization.js';
import { MATCH_CRITERIA, type Programme } from '../src/schemas/programme.js';
import { SECTOR_CODES } from '../src/schemas/sector.js';
import { INTERESTS } from '../src/synthetic/words.js';
import { seededRandom } from '../src/synthetic/seeded-random.js';

/*
 * Seeded synthetic programmes and actions for the matching benchmark (bench only: nothing
 * here reaches a package entry point or a widget bundle). Organisations come from
 * generateSyntheticDirectory; these programmes draw on the same themes and countries, so
 * overlaps are as frequent as in real data.
 */


const PROVENANCE = { sourceUrls: [], asOf: '2026-11-26', verified: false, fictional: true } as const;
// A few themes in other languages, as programme officers write them.
const THEMES = [...INTERESTS, 'alphabétisation', 'patrimoine', 'تعليم الكبار', 'наследие', '海洋科学', 'puppetry'];
const LANGUAGES = ['en', 'fr', 'es', 'ar', 'ru', 'zh', 'pt'];
const OFFICES = FIELD_OFFICES.filter((o) => o.coverage.length > 1).map((o) => o.code);

export function generateProgrammes(count: number, countries: readonly string[], seed = 7): Programme[] {
  const rand = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const some = <T>(list: readonly T[], min: number, max: number): T[] => {
    const n = min + Math.floor(rand() * (max - min + 1));
    const chosen = new Set<T>();
    while (chosen.size < Math.min(n, list.length)) chosen.add(pick(list));
    return [...chosen];
  };
  return Array.from({ length: count }, (_, i): Programme => {
    const viaOffices = rand() < 0.3;
    return {
      id: `syn-programme-${String(i + 1).padStart(5, '0')}`,
      sector: pick(SECTOR_CODES),
      title: { en: `Synthetic programme ${i + 1}`, fr: `Programme synthétique ${i + 1}` },
      sdgs: some(Array.from({ length: 17 }, (_, k) => k + 1), 0, 4),
      themes: some(THEMES, 1, 6),
      countries: viaOffices ? [] : some(countries, 0, 10),
      fieldOffices: viaOffices ? some(OFFICES, 1, 2) : [],
      workingLanguages: some(LANGUAGES, 0, 3),
      criteria: rand() < 0.5 ? [] : some(MATCH_CRITERIA, 2, 7).map((criterion) => ({ criterion, weight: 1 + Math.floor(rand() * 5) })),
      provenance: PROVENANCE,
    };
  });
}

/** About one action for every three organisations, in random programmes and countries. */
export function generateActions(organizations: readonly Organization[], programmes: readonly Programme[], countries: readonly string[], seed = 11): Action[] {
  const rand = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const actions: Action[] = [];
  for (const org of organizations) {
    if (rand() > 0.2) continue;
    const n = 1 + Math.floor(rand() * 3);
    for (let k = 0; k < n; k++) {
      actions.push({
        id: `${org.id}-action-${k}`,
        actor: { kind: 'organization', organization: org.id },
        programme: pick(programmes).id,
        title: { en: 'Synthetic action', fr: 'Action synthétique' },
        countries: [pick(countries)],
        period: { start: '2025-01-01' },
        outcomes: [],
        sdgs: [],
        provenance: PROVENANCE,
      });
    }
  }
  return actions;
}
