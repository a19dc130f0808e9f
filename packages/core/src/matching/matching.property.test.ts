import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FIELD_OFFICES } from '../reference/field-offices.js';
import type { Action } from '../schemas/action.js';
import { PARTNERSHIP_CATEGORIES, type Organization } from '../schemas/organization.js';
import { MATCH_CRITERIA, type MatchCriterion, type Programme } from '../schemas/programme.js';
import { SECTOR_CODES } from '../schemas/sector.js';
import { createMatcher } from './matcher.js';
import { rescore, type Weights } from './weights.js';

/*
 * Properties of the engine on random organisations, programmes, actions and weights drawn
 * from small pools (so overlaps are frequent): the fast kernel agrees with the reference
 * implementation, scores are monotone in matching facts, weights are normalised, and the
 * ranking depends on nothing but the inputs.
 */

const COUNTRIES = ['SN', 'GH', 'NG', 'CI', 'FR', 'KE', 'UG', 'JO', 'LB', 'IN', 'NP', 'FJ', 'WS', 'CL', 'JM', 'CN', 'JP', 'PT'];
/** Concept ids of the vocabulary, with broader/narrower pairs (reading ⊂ literacy, crafts ⊂ intangible-heritage ⊂ heritage). */
const TAGS = ['literacy', 'reading', 'adult-learning', 'education', 'museums', 'heritage', 'crafts', 'intangible-heritage', 'youth', 'peace', 'water', 'ocean-science', 'journalism', 'archives', 'libraries', 'dance', 'music'];
const LANGS = ['en', 'fr', 'es', 'ar', 'ru', 'zh', 'pt'];
const OFFICES = FIELD_OFFICES.map((o) => o.code);

const orgFacts = fc.record({
  sectors: fc.subarray([...SECTOR_CODES]),
  fieldsOfInterest: fc.subarray(TAGS, { maxLength: 5 }),
  sdgs: fc.option(fc.uniqueArray(fc.integer({ min: 1, max: 17 }), { maxLength: 5 }), { nil: undefined }),
  countriesOfPresence: fc.option(fc.subarray(COUNTRIES, { maxLength: 4 }), { nil: undefined }),
  hq: fc.option(fc.constantFrom(...COUNTRIES), { nil: undefined }),
  workingLanguages: fc.option(fc.subarray(LANGS, { maxLength: 3 }), { nil: undefined }),
  category: fc.option(fc.constantFrom(...PARTNERSHIP_CATEGORIES), { nil: undefined }),
  attested: fc.boolean(),
  state: fc.option(fc.constantFrom('active', 'pending', 'suspended', 'terminated' as const), { nil: undefined }),
});
type OrgFacts = typeof orgFacts extends fc.Arbitrary<infer T> ? T : never;

function organization(id: string, f: OrgFacts): Organization {
  return {
    id,
    kind: 'ngo',
    name: { en: id, fr: id },
    sectors: f.sectors,
    fieldsOfInterest: f.fieldsOfInterest,
    ...(f.sdgs ? { sdgs: f.sdgs } : {}),
    ...(f.countriesOfPresence ? { countriesOfPresence: f.countriesOfPresence } : {}),
    ...(f.hq ? { headquarters: { country: f.hq } } : {}),
    ...(f.workingLanguages ? { workingLanguages: f.workingLanguages } : {}),
    partnership: f.attested ? [{ ...(f.category ? { category: f.category } : {}), ...(f.state ? { state: f.state } : {}), evidence: [] }] : [],
    contacts: [],
    identifiers: [],
    provenance: { sourceUrls: [], asOf: '2026-01-01', verified: false, fictional: true },
  };
}

// Realistic weights: no subnormal doubles, whose scaling underflows to zero.
const weight = fc.oneof(fc.constant(0), fc.double({ min: 1e-3, max: 10, noNaN: true }), fc.integer({ min: 0, max: 10 }));
const criteria = fc.uniqueArray(fc.record({ criterion: fc.constantFrom(...MATCH_CRITERIA), weight }), { selector: (c) => c.criterion, maxLength: 7 });

const programmeFacts = fc.record({
  sector: fc.constantFrom(...SECTOR_CODES),
  themes: fc.subarray(TAGS, { maxLength: 6 }),
  sdgs: fc.uniqueArray(fc.integer({ min: 1, max: 17 }), { maxLength: 5 }),
  countries: fc.subarray(COUNTRIES, { maxLength: 5 }),
  fieldOffices: fc.subarray(OFFICES, { maxLength: 2 }),
  workingLanguages: fc.subarray(LANGS, { maxLength: 3 }),
  criteria,
});
type ProgrammeFacts = typeof programmeFacts extends fc.Arbitrary<infer T> ? T : never;

function programme(id: string, f: ProgrammeFacts): Programme {
  return { id, title: { en: id, fr: id }, ...f, provenance: { sourceUrls: [], asOf: '2026-01-01', verified: false, fictional: true } };
}

const actionFacts = fc.record({ org: fc.nat(), programme: fc.nat(), countries: fc.subarray(COUNTRIES, { minLength: 1, maxLength: 2 }) });

const world = fc
  .record({
    orgs: fc.array(orgFacts, { minLength: 1, maxLength: 12 }),
    programmes: fc.array(programmeFacts, { minLength: 1, maxLength: 4 }),
    actions: fc.array(actionFacts, { maxLength: 10 }),
  })
  .map(({ orgs, programmes, actions }) => {
    const organizations = orgs.map((f, i) => organization(`org-${String(i).padStart(2, '0')}`, f));
    const progs = programmes.map((f, i) => programme(`prog-${i}`, f));
    const acts: Action[] = actions.map((a, i) => ({
      id: `action-${i}`,
      actor: { kind: 'organization', organization: organizations[a.org % organizations.length]!.id },
      programme: progs[a.programme % progs.length]!.id,
      title: { en: 'a', fr: 'a' },
      countries: a.countries,
      period: { start: '2025-01-01' },
      outcomes: [],
      sdgs: [],
      provenance: { sourceUrls: [], asOf: '2026-01-01', verified: false, fictional: true },
    }));
    return { organizations, programmes: progs, actions: acts };
  });

const override = fc.option(fc.dictionary(fc.constantFrom(...MATCH_CRITERIA), weight, { maxKeys: 7 }), { nil: undefined }) as fc.Arbitrary<Partial<Weights> | undefined>;

const scoreOf = (organizations: Organization[], p: Programme, actions: Action[], orgId: string, weights?: Partial<Weights>) =>
  createMatcher({ organizations, programmes: [p], actions }).explain(p.id, orgId, weights).score;

describe('matching engine properties', () => {
  it('the fast kernel gives exactly the reference score for every pair', () => {
    fc.assert(
      fc.property(world, ({ organizations, programmes, actions }) => {
        const m = createMatcher({ organizations, programmes, actions });
        const matrix = m.scoreMatrix();
        programmes.forEach((p, j) => {
          organizations.forEach((o, i) => {
            const reference = m.explain(p.id, o.id).score;
            expect(Math.round(matrix.scores[j * organizations.length + i]! * 1e6)).toBe(Math.round(reference * 1e6));
          });
        });
      }),
      { numRuns: 150 },
    );
  });

  it('gives the same score whatever is known of the partnership: category, evidence, or none attested', () => {
    const evidence = [
      [],
      [{ source: 'unesco-decision', url: 'https://example.org/decision', asOf: '2026-12-03' }],
      [{ source: 'organization', url: 'https://example.org/about', asOf: '2026-12-03', quote: 'official partner' }],
    ] as const;
    fc.assert(
      fc.property(world, ({ organizations, programmes, actions }) => {
        const [first, ...others] = organizations;
        if (!first || !programmes[0]) return;
        const variants: Organization['partnership'][] = [
          [],
          ...evidence.map((e) => [{ evidence: [...e] }]),
          ...evidence.map((e) => [{ category: 'associate' as const, evidence: [...e] }]),
          [{ category: 'consultative', evidence: [] }],
          [{ category: 'formal-associate', from: 2002, evidence: [] }],
        ];
        const scores = variants.map((partnership) =>
          scoreOf([{ ...first, partnership, provenance: { ...first.provenance, fictional: false } }, ...others], programmes[0]!, actions, first.id),
        );
        expect(new Set(scores.map((s) => Math.round(s * 1e6))).size).toBe(1);
      }),
      { numRuns: 60 },
    );
  });

  it('scores stay in [0, 1], never NaN, and contributions add up to the score', () => {
    fc.assert(
      fc.property(world, override, ({ organizations, programmes, actions }, weights) => {
        const m = createMatcher({ organizations, programmes, actions });
        for (const p of programmes) {
          for (const item of m.rankOrganizations(p.id, { limit: 100, weights }).items) {
            expect(Number.isFinite(item.score)).toBe(true);
            expect(item.score).toBeGreaterThanOrEqual(0);
            expect(item.score).toBeLessThanOrEqual(1);
            const sum = item.criteria.reduce((s, c) => s + c.contribution, 0);
            expect(Math.abs(sum - item.score)).toBeLessThan(1e-5);
            expect(item.reasons.length).toBeGreaterThan(0);
          }
        }
      }),
      { numRuns: 100 },
    );
  });

  it('adding a matching SDG never lowers a score', () => {
    fc.assert(
      fc.property(world, override, fc.nat(), fc.nat(), ({ organizations, programmes, actions }, weights, oi, pi) => {
        const p = programmes[pi % programmes.length]!;
        fc.pre(p.sdgs.length > 0);
        const org = organizations[oi % organizations.length]!;
        const sdg = p.sdgs[oi % p.sdgs.length]!;
        const richer = { ...org, sdgs: [...new Set([...(org.sdgs ?? []), sdg])] };
        const others = organizations.filter((o) => o !== org);
        expect(scoreOf([...others, richer], p, actions, org.id, weights)).toBeGreaterThanOrEqual(scoreOf(organizations, p, actions, org.id, weights));
      }),
      { numRuns: 200 },
    );
  });

  it('adding a country of the programme (or any country) never lowers a score', () => {
    fc.assert(
      fc.property(world, override, fc.nat(), fc.nat(), fc.constantFrom(...COUNTRIES), ({ organizations, programmes, actions }, weights, oi, pi, anyCountry) => {
        const p = programmes[pi % programmes.length]!;
        const org = organizations[oi % organizations.length]!;
        const before = scoreOf(organizations, p, actions, org.id, weights);
        const others = organizations.filter((o) => o !== org);
        const withCountry = (c: string) => ({ ...org, countriesOfPresence: [...new Set([...(org.countriesOfPresence ?? []), c])] });
        for (const c of [...p.countries, anyCountry]) {
          expect(scoreOf([...others, withCountry(c)], p, actions, org.id, weights)).toBeGreaterThanOrEqual(before);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('normalises weights: they sum to 1 over the criteria that apply, and scaling them changes nothing', () => {
    fc.assert(
      fc.property(world, fc.dictionary(fc.constantFrom(...MATCH_CRITERIA), weight, { minKeys: 7, maxKeys: 7 }), fc.constantFrom(0.25, 2, 64), fc.double({ min: 0.01, max: 50, noNaN: true }), ({ organizations, programmes, actions }, full, k, anyK) => {
        const m = createMatcher({ organizations, programmes, actions });
        const w = full as Weights;
        const scaled = (f: number) => Object.fromEntries(MATCH_CRITERIA.map((c) => [c, w[c] * f])) as Weights;
        for (const p of programmes) {
          const page = m.rankOrganizations(p.id, { limit: 100, weights: w });
          const sum = MATCH_CRITERIA.reduce((s, c) => s + page.weights[c], 0);
          expect(sum === 0 || Math.abs(sum - 1) < 1e-9).toBe(true);
          // Powers of two scale exactly in binary: identical scores. Any other factor: within one millionth.
          expect(m.rankOrganizations(p.id, { limit: 100, weights: scaled(k) }).items.map((i) => [i.organization.id, i.score])).toEqual(page.items.map((i) => [i.organization.id, i.score]));
          const other = m.rankOrganizations(p.id, { limit: 100, weights: scaled(anyK) }).items;
          const byId = new Map(page.items.map((i) => [i.organization.id, i.score]));
          for (const item of other) expect(Math.abs(item.score - byId.get(item.organization.id)!)).toBeLessThanOrEqual(1e-6);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('gives the same ranking for the same inputs, whatever their order', () => {
    fc.assert(
      fc.property(world, override, fc.nat(), ({ organizations, programmes, actions }, weights, seed) => {
        const shuffled = [...organizations].sort((a, b) => ((a.id.charCodeAt(5) * 31 + seed) % 7) - ((b.id.charCodeAt(5) * 31 + seed) % 7));
        const a = createMatcher({ organizations, programmes, actions });
        const b = createMatcher({ organizations: shuffled, programmes: [...programmes].reverse(), actions: [...actions].reverse() });
        for (const p of programmes) {
          const ranked = (m: typeof a) => m.rankOrganizations(p.id, { limit: 100, weights }).items.map((i) => `${i.rank}:${i.organization.id}:${i.score}`);
          expect(ranked(b)).toEqual(ranked(a));
          expect(ranked(a)).toEqual(ranked(a));
        }
        for (const o of organizations) {
          const ranked = (m: typeof a) => m.rankProgrammes(o.id, { weights }).items.map((i) => `${i.rank}:${i.programme.id}:${i.score}`);
          expect(ranked(b)).toEqual(ranked(a));
        }
      }),
      { numRuns: 100 },
    );
  });

  it('ranks by score, then by id, and pages through the same ranking', () => {
    fc.assert(
      fc.property(world, fc.integer({ min: 1, max: 5 }), ({ organizations, programmes, actions }, limit) => {
        const m = createMatcher({ organizations, programmes, actions });
        for (const p of programmes) {
          const all = m.rankOrganizations(p.id, { limit: 100 }).items;
          for (let i = 1; i < all.length; i++) {
            const [x, y] = [all[i - 1]!, all[i]!];
            expect(x.score > y.score || (x.score === y.score && x.organization.id < y.organization.id)).toBe(true);
          }
          const paged: string[] = [];
          let cursor: string | undefined;
          do {
            const page = m.rankOrganizations(p.id, { limit, cursor });
            paged.push(...page.items.map((i) => `${i.rank}:${i.organization.id}`));
            cursor = page.nextCursor ?? undefined;
          } while (cursor);
          expect(paged).toEqual(all.map((i) => `${i.rank}:${i.organization.id}`));
        }
      }),
      { numRuns: 100 },
    );
  });

  it('lets a browser re-rank from the published fits (rescore agrees with the engine)', () => {
    fc.assert(
      fc.property(world, override, override, ({ organizations, programmes, actions }, first, second) => {
        const m = createMatcher({ organizations, programmes, actions });
        for (const p of programmes) {
          const base = m.rankOrganizations(p.id, { limit: 100, weights: first });
          const target = m.rankOrganizations(p.id, { limit: 100, weights: second });
          const byId = new Map(target.items.map((i) => [i.organization.id, i.score]));
          const weights = Object.fromEntries(MATCH_CRITERIA.map((c) => [c, target.weights[c]])) as Weights;
          for (const item of base.items) {
            const fits = Object.fromEntries(item.criteria.map((c) => [c.criterion, c.fit])) as Record<MatchCriterion, number | null>;
            expect(Math.abs(rescore(fits, weights) - byId.get(item.organization.id)!)).toBeLessThan(1e-5);
          }
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe('matching engine, less common shapes', () => {
  it('agrees with the reference when there are more languages than a bit mask holds', () => {
    const codes = Array.from({ length: 40 }, (_, i) => `l${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`);
    fc.assert(
      fc.property(fc.array(fc.subarray(codes, { maxLength: 4 }), { minLength: 1, maxLength: 10 }), fc.subarray(codes, { minLength: 1, maxLength: 3 }), (orgLangs, progLangs) => {
        const organizations = orgLangs.map((langs, i) => organization(`org-${i}`, { sectors: [], fieldsOfInterest: [], sdgs: undefined, countriesOfPresence: undefined, hq: undefined, workingLanguages: langs, category: 'consultative', attested: true, state: undefined }));
        // Every code appears somewhere, so the index has 40 languages.
        organizations.push(organization('org-all', { sectors: [], fieldsOfInterest: [], sdgs: undefined, countriesOfPresence: undefined, hq: undefined, workingLanguages: codes, category: 'consultative', attested: true, state: undefined }));
        const p = programme('prog-x', { sector: 'ED', themes: [], sdgs: [], countries: [], fieldOffices: [], workingLanguages: progLangs, criteria: [] });
        const m = createMatcher({ organizations, programmes: [p] });
        const matrix = m.scoreMatrix();
        organizations.forEach((o, i) => expect(Math.round(matrix.scores[i]! * 1e6)).toBe(Math.round(m.explain('prog-x', o.id).score * 1e6)));
      }),
      { numRuns: 50 },
    );
  });
});
