import { COUNTRIES } from '../reference/countries.js';
import { FIELD_OFFICES } from '../reference/field-offices.js';
import { SECTORS } from '../reference/sectors.js';
import type { Action } from '../schemas/action.js';
import type { ExpertProposalPage, OrganizationMatch, OrganizationMatchPage, OrganizationSummary, ProgrammeMatch, ProgrammeMatchPage, ProgrammeSummary } from '../schemas/match.js';
import type { Organization } from '../schemas/organization.js';
import type { Programme } from '../schemas/programme.js';
import type { Sector, SectorCode } from '../schemas/sector.js';
import { createCoverage, type Coverage } from '../programmes/field-office-coverage.js';
import { explainMatch, type ExplainContext } from './explain.js';
import { SCORE_SCALE } from './fits.js';
import { MatchIndex, type CompiledProgramme } from './match-index.js';
import { profileOrganization, profileProgramme, type ProgrammeProfile } from './profiles.js';
import { createReasonNames } from './reason-text.js';
import { selectPage } from './select.js';
import { expertProgramme, EXPERT_THRESHOLD } from './experts.js';
import { themeVocabulary, type ThemeVocabulary } from './themes.js';
import { normalizeWeights, withWeights, type Weights } from './weights.js';

export interface MatcherData {
  organizations: readonly Organization[];
  programmes: readonly Programme[];
  actions?: readonly Action[];
  /** Countries and field offices (default: core's reference data). */
  coverage?: Coverage;
  vocabulary?: ThemeVocabulary;
  sectors?: readonly Sector[];
}

export interface RankOptions {
  /** Page size (default 20). */
  limit?: number;
  /** `nextCursor` of the previous page. */
  cursor?: string | undefined;
  /** Weights overriding the programme's own (any non-negative scale). */
  weights?: Partial<Weights> | undefined;
}

export interface ExpertOptions {
  /** Minimum score, 0–1 (default EXPERT_THRESHOLD). */
  threshold?: number;
  limit?: number;
  cursor?: string | undefined;
}

export interface Matcher {
  readonly coverage: Coverage;
  organization(id: string): Organization | undefined;
  programme(id: string): Programme | undefined;
  /** Programme → ranked organisations. Throws RangeError for an unknown programme. */
  rankOrganizations(programmeId: string, options?: RankOptions): OrganizationMatchPage;
  /** Organisation → ranked programmes. Throws RangeError for an unknown organisation. */
  rankProgrammes(organizationId: string, options?: RankOptions): ProgrammeMatchPage;
  /**
   * The computed proposal of a sector's experts: organisations above a threshold, each
   * explained. A proposal beside the sector's own designations, never one of them.
   */
  proposeExperts(sector: SectorCode, options?: ExpertOptions): ExpertProposalPage;
  /** One organisation against one programme, explained. */
  explain(programmeId: string, organizationId: string, weights?: Partial<Weights>): OrganizationMatch;
  /**
   * Whether any criterion that applies to the programme keeps a positive weight once
   * `weights` override its own (false: every score would be 0; the API answers 400).
   */
  weighsSomething(programmeId: string, weights?: Partial<Weights>): boolean;
  /** Every programme × organisation score (row = programme), in [0, 1]. */
  scoreMatrix(): { programmes: string[]; organizations: string[]; scores: Float32Array };
}

export function summarizeOrganization(org: Organization): OrganizationSummary {
  const hq = org.headquarters;
  return {
    id: org.id,
    kind: org.kind,
    name: org.name,
    ...(org.acronym ? { acronym: org.acronym } : {}),
    sectors: org.sectors,
    ...(hq && (hq.city || hq.country) ? { headquarters: { ...(hq.city ? { city: hq.city } : {}), ...(hq.country ? { country: hq.country } : {}) } } : {}),
    fictional: org.provenance.fictional,
  };
}

export function summarizeProgramme(programme: Programme): ProgrammeSummary {
  return { id: programme.id, sector: programme.sector, title: programme.title, fictional: programme.provenance.fictional };
}

const DEFAULT_LIMIT = 20;

/**
 * The matching engine over one data set. Pure and deterministic: the same data, programme
 * and weights always give the same ranking (score descending, then id ascending).
 */
export function createMatcher(data: MatcherData): Matcher {
  const coverage = data.coverage ?? createCoverage({ countries: COUNTRIES, fieldOffices: FIELD_OFFICES });
  const vocabulary = data.vocabulary ?? themeVocabulary();
  const ctx: ExplainContext = { coverage, vocabulary, names: createReasonNames(coverage, vocabulary, data.sectors ?? SECTORS) };
  const programmes = data.programmes;
  const programmeIndex = new Map(programmes.map((p, i) => [p.id, i]));
  const orgIndex = new Map(data.organizations.map((o, i) => [o.id, i]));
  const actionsByOrg = new Map<string, Action[]>();
  // A field office's actions are UNESCO's own: they make no organisation's track record.
  for (const action of data.actions ?? []) {
    if (action.actor.kind !== 'organization') continue;
    const id = action.actor.organization;
    (actionsByOrg.get(id) ?? actionsByOrg.set(id, []).get(id)!).push(action);
  }
  const sectorOf = (id: string) => programmes[programmeIndex.get(id) ?? -1]?.sector;

  const orgProfiles = data.organizations.map((o) => profileOrganization(o, actionsByOrg.get(o.id) ?? [], sectorOf, vocabulary));
  const index = new MatchIndex(orgProfiles, (id) => programmeIndex.get(id) ?? -1, vocabulary, coverage);
  const orgIds = orgProfiles.map((o) => o.organization.id);

  const programmeIds = programmes.map((p) => p.id);
  const sortedProgrammeIds = [...programmeIds].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const programmeRank = new Int32Array(programmes.length);
  programmeIds.forEach((id, i) => (programmeRank[i] = sortedProgrammeIds.indexOf(id)));

  const profiles = new Map<string, ProgrammeProfile>();
  const compiled = new Map<string, CompiledProgramme>();
  const profileOf = (programme: Programme, i: number) => {
    let profile = profiles.get(programme.id);
    if (!profile) profiles.set(programme.id, (profile = profileProgramme(programme, i, coverage, vocabulary)));
    return profile;
  };
  const compiledOf = (profile: ProgrammeProfile) => {
    let cp = compiled.get(profile.programme.id);
    if (!cp) compiled.set(profile.programme.id, (cp = index.compile(profile)));
    return cp;
  };
  const programmeProfile = (id: string) => {
    const i = programmeIndex.get(id);
    if (i === undefined) throw new RangeError(`unknown programme "${id}"`);
    return profileOf(programmes[i]!, i);
  };

  // One scratch buffer for scores: allocating 0.8 MB per ranking of 100k organisations costs GC pauses.
  const scratch = new Float64Array(index.size);
  const rankWith = (profile: ProgrammeProfile, weights: Weights, options: { list: string; limit: number; cursor?: string | undefined; minUnits?: number }) => {
    const units = scratch;
    index.scoreInto(compiledOf(profile), weights, units);
    const page = selectPage(units, orgIds, index.sortedIds, index.idRank, options);
    const items = page.items.map(({ index: i, rank }): OrganizationMatch => {
      const explained = explainMatch(profile, orgProfiles[i]!, weights, ctx);
      return { organization: summarizeOrganization(orgProfiles[i]!.organization), score: explained.score, rank, criteria: explained.criteria, reasons: explained.reasons };
    });
    return { items, nextCursor: page.nextCursor, total: page.total };
  };

  return {
    coverage,
    organization: (id) => data.organizations[orgIndex.get(id) ?? -1],
    programme: (id) => programmes[programmeIndex.get(id) ?? -1],

    rankOrganizations(programmeId, { limit = DEFAULT_LIMIT, cursor, weights } = {}) {
      const profile = programmeProfile(programmeId);
      const normal = normalizeWeights(withWeights(profile.baseWeights, weights), profile.applies);
      return { programme: summarizeProgramme(profile.programme), weights: normal, ...rankWith(profile, normal, { list: `programme-matches:${programmeId}`, limit, cursor }) };
    },

    rankProgrammes(organizationId, { limit = DEFAULT_LIMIT, cursor, weights } = {}) {
      const i = orgIndex.get(organizationId);
      if (i === undefined) throw new RangeError(`unknown organisation "${organizationId}"`);
      const org = orgProfiles[i]!;
      // One organisation against every programme: the reference path is fast enough here.
      const normalFor = programmes.map((p, j) => {
        const profile = profileOf(p, j);
        return normalizeWeights(withWeights(profile.baseWeights, weights), profile.applies);
      });
      const units = new Float64Array(programmes.length);
      programmes.forEach((p, j) => (units[j] = explainMatch(profileOf(p, j), org, normalFor[j]!, ctx, false).units));
      const page = selectPage(units, programmeIds, sortedProgrammeIds, programmeRank, { list: `organization-matches:${organizationId}`, limit, cursor });
      const items = page.items.map(({ index: j, rank }): ProgrammeMatch => {
        const explained = explainMatch(profileOf(programmes[j]!, j), org, normalFor[j]!, ctx);
        return { programme: summarizeProgramme(programmes[j]!), score: explained.score, rank, criteria: explained.criteria, reasons: explained.reasons };
      });
      return { organization: summarizeOrganization(org.organization), items, nextCursor: page.nextCursor, total: page.total };
    },

    proposeExperts(sector, { threshold = EXPERT_THRESHOLD, limit = DEFAULT_LIMIT, cursor } = {}) {
      const pseudo = expertProgramme(sector, vocabulary);
      const profile = profileOf(pseudo, -1);
      const normal = normalizeWeights(profile.baseWeights, profile.applies);
      const minUnits = Math.round(threshold * SCORE_SCALE);
      return { kind: 'computed-proposal', sector, threshold, weights: normal, ...rankWith(profile, normal, { list: `experts:${sector}`, limit, cursor, minUnits }) };
    },

    explain(programmeId, organizationId, weights) {
      const profile = programmeProfile(programmeId);
      const i = orgIndex.get(organizationId);
      if (i === undefined) throw new RangeError(`unknown organisation "${organizationId}"`);
      const normal = normalizeWeights(withWeights(profile.baseWeights, weights), profile.applies);
      const explained = explainMatch(profile, orgProfiles[i]!, normal, ctx);
      // Rank among all organisations: one pass of the kernel.
      const units = scratch;
      index.scoreInto(compiledOf(profile), normal, units);
      const key = (j: number) => units[j]! * 2 ** 24 - index.idRank[j]!;
      let rank = 1;
      for (let j = 0; j < units.length; j++) if (key(j) > key(i)) rank++;
      return { organization: summarizeOrganization(orgProfiles[i]!.organization), score: explained.score, rank, criteria: explained.criteria, reasons: explained.reasons };
    },

    weighsSomething(programmeId, weights) {
      const profile = programmeProfile(programmeId);
      const normal = normalizeWeights(withWeights(profile.baseWeights, weights), profile.applies);
      return Object.values(normal).some((w) => w > 0);
    },

    scoreMatrix() {
      const scores = new Float32Array(programmes.length * index.size);
      const row = new Float64Array(index.size);
      programmes.forEach((p, j) => {
        const profile = profileOf(p, j);
        index.scoreInto(compiledOf(profile), normalizeWeights(profile.baseWeights, profile.applies), row);
        for (let i = 0; i < row.length; i++) scores[j * index.size + i] = row[i]! / SCORE_SCALE;
      });
      return { programmes: [...programmeIds], organizations: [...orgIds], scores };
    },
  };
}
