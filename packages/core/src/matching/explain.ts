import { MATCH_CRITERIA, type MatchCriterion } from '../schemas/programme.js';
import type { CriterionScore, MatchReason } from '../schemas/match.js';
import type { Coverage } from '../programmes/field-office-coverage.js';
import {
  geographyFit,
  languageFit,
  overlapFit,
  partnershipFit,
  sectorFit,
  themeFit,
  toScoreUnits,
  trackRecordFit,
  SCORE_SCALE,
} from './fits.js';
import { geoLevel, type OrganizationProfile, type ProgrammeProfile } from './profiles.js';
import type { ReasonCode } from './reason-messages.js';
import { reasonText, type ReasonNames, type ReasonParams } from './reason-text.js';
import type { ThemeVocabulary } from './themes.js';
import type { Weights } from './weights.js';

/*
 * The reference implementation of the matching engine: plain code over profiles, one
 * organisation and one programme at a time, which also writes the reasons. The fast kernel
 * (match-index.ts) must give the very same score; a property test holds them together.
 */

export interface ExplainContext {
  coverage: Coverage;
  vocabulary: ThemeVocabulary;
  names: ReasonNames;
}

type Polarity = MatchReason['polarity'];
interface RawReason {
  code: ReasonCode;
  polarity: Polarity;
  params: ReasonParams;
}
interface CriterionOutcome {
  fit: number;
  reasons: RawReason[];
}

const reason = (code: ReasonCode, polarity: Polarity, params: ReasonParams = {}): RawReason => ({ code, polarity, params });

function sector(p: ProgrammeProfile, o: OrganizationProfile, ctx: ExplainContext): CriterionOutcome {
  const lists = o.sectors.has(p.sector);
  const viaThemes = o.themeSectors.has(p.sector);
  const fit = sectorFit(lists, viaThemes);
  if (lists) return { fit, reasons: [reason('sector.match', 'positive', { sector: p.sector })] };
  if (viaThemes) {
    const themes = o.themeTags.filter((_, i) => ctx.vocabulary.sectorsOf(o.themeKeys[i]!).includes(p.sector));
    return { fit, reasons: [reason('sector.related', 'positive', { sector: p.sector, themes })] };
  }
  if (o.sectors.size > 0) return { fit, reasons: [reason('sector.other', 'negative', { sector: p.sector, sectors: [...o.sectors] })] };
  return { fit, reasons: [reason('sector.no-data', 'negative')] };
}

function themes(p: ProgrammeProfile, o: OrganizationProfile, ctx: ExplainContext): CriterionOutcome {
  if (!p.applies.themes) return { fit: 0, reasons: [reason('themes.not-applicable', 'neutral')] };
  const orgKeys = new Set(o.themeKeys);
  const matched: string[] = [];
  const relatedThemes: string[] = [];
  const relatedOrgTags = new Set<string>();
  p.themeKeys.forEach((key, j) => {
    if (orgKeys.has(key)) {
      matched.push(p.themeTags[j]!);
      return;
    }
    const near = ctx.vocabulary.related(key).filter((k) => orgKeys.has(k));
    if (near.length) {
      relatedThemes.push(p.themeTags[j]!);
      for (const k of near) relatedOrgTags.add(o.themeTags[o.themeKeys.indexOf(k)]!);
    }
  });
  const fit = themeFit(matched.length, relatedThemes.length, p.themeKeys.length);
  const reasons: RawReason[] = [];
  if (matched.length) reasons.push(reason('themes.match', 'positive', { themes: matched, count: matched.length, total: p.themeKeys.length }));
  if (relatedThemes.length) reasons.push(reason('themes.related', 'positive', { themes: relatedThemes, fields: [...relatedOrgTags] }));
  if (!reasons.length) {
    reasons.push(o.themeKeys.length ? reason('themes.none', 'negative', { themes: p.themeTags }) : reason('themes.no-data', 'negative'));
  }
  return { fit, reasons };
}

function sdgs(p: ProgrammeProfile, o: OrganizationProfile): CriterionOutcome {
  if (!p.applies.sdgs) return { fit: 0, reasons: [reason('sdgs.not-applicable', 'neutral')] };
  const matched = p.sdgs.filter((n) => o.sdgs.has(n));
  const fit = overlapFit(matched.length, p.sdgs.length);
  if (matched.length) return { fit, reasons: [reason('sdgs.match', 'positive', { sdgs: matched, count: matched.length, total: p.sdgs.length })] };
  if (o.sdgs.size === 0) return { fit, reasons: [reason('sdgs.no-data', 'negative')] };
  return { fit, reasons: [reason('sdgs.none', 'negative', { sdgs: p.sdgs })] };
}

function geography(p: ProgrammeProfile, o: OrganizationProfile, ctx: ExplainContext): CriterionOutcome {
  if (!p.applies.geography) return { fit: 0, reasons: [reason('geography.not-applicable', 'neutral')] };
  let best = 0;
  const byLevel: string[][] = [[], [], [], []];
  for (const country of o.countries) {
    const level = geoLevel(p, country);
    if (level > best) best = level;
    byLevel[level]!.push(country);
  }
  const present = byLevel[3]!;
  const fit = geographyFit(best, present.length, p.countries.length);
  const reasons: RawReason[] = [];
  if (best === 3) {
    reasons.push(reason('geography.present', 'positive', { countries: present, count: present.length, total: p.countries.length }));
  } else if (best === 2) {
    const countries = byLevel[2]!;
    const office =
      p.offices.find((code) => countries.some((c) => ctx.coverage.countriesCoveredBy(code).includes(c))) ?? p.offices[0] ?? '';
    reasons.push(reason('geography.field-office', 'positive', { countries, office }));
  } else if (best === 1) {
    const countries = byLevel[1]!;
    reasons.push(reason('geography.region', 'positive', { countries, region: ctx.coverage.regionOf(countries[0]!) ?? '' }));
  } else if (o.countries.length === 0) {
    reasons.push(reason('geography.no-data', 'negative'));
  } else {
    reasons.push(reason('geography.none', 'negative', { regions: p.regions }));
  }
  const presence = o.organization.countriesOfPresence ?? [];
  if (presence.length === 0 && o.headquartersOnly) {
    reasons.push(reason('geography.headquarters', 'neutral', { country: o.headquartersOnly }));
  }
  return { fit, reasons };
}

function languages(p: ProgrammeProfile, o: OrganizationProfile): CriterionOutcome {
  if (!p.applies.languages) return { fit: 0, reasons: [reason('languages.not-applicable', 'neutral')] };
  const shared = p.languages.filter((l) => o.languages.includes(l));
  const fit = languageFit(shared.length);
  if (shared.length) return { fit, reasons: [reason('languages.match', 'positive', { languages: shared })] };
  if (o.languages.length === 0) return { fit, reasons: [reason('languages.no-data', 'negative', { languages: p.languages })] };
  return { fit, reasons: [reason('languages.none', 'negative', { languages: p.languages })] };
}

/** The category and the evidence never change the fit (see partnershipFit); the reason only says what is known. */
function partnership(o: OrganizationProfile): CriterionOutcome {
  const fit = partnershipFit(o.standing, o.state);
  if (o.state === 'suspended' || o.state === 'terminated') return { fit, reasons: [reason('partnership.inactive', 'negative', { state: o.state })] };
  if (o.state === 'pending') return { fit, reasons: [reason('partnership.pending', 'neutral')] };
  if (o.standing === 'not-attested') return { fit, reasons: [reason('partnership.not-attested', 'neutral')] };
  if (!o.category) return { fit, reasons: [reason('partnership.not-stated', 'neutral')] };
  return { fit, reasons: [reason(`partnership.${o.category}`, 'neutral', { status: o.category })] };
}

function trackRecord(p: ProgrammeProfile, o: OrganizationProfile): CriterionOutcome {
  let inProgramme = 0;
  let inSector = 0;
  let inCountries = 0;
  const countries = new Set<string>();
  for (const action of o.actions) {
    if (action.programme === p.programme.id) inProgramme++;
    if (action.sector === p.sector) inSector++;
    const here = action.countries.filter((c) => p.countrySet.has(c));
    if (here.length) {
      inCountries++;
      for (const c of here) countries.add(c);
    }
  }
  const fit = trackRecordFit(inProgramme, inSector, inCountries);
  const reasons: RawReason[] = [];
  if (inProgramme) reasons.push(reason('track-record.programme', 'positive', { count: inProgramme }));
  if (inSector) reasons.push(reason('track-record.sector', 'positive', { sector: p.sector, count: inSector }));
  if (inCountries) reasons.push(reason('track-record.countries', 'positive', { countries: [...countries].sort() }));
  if (!reasons.length) {
    reasons.push(o.actions.length ? reason('track-record.elsewhere', 'neutral', { count: o.actions.length }) : reason('track-record.none', 'neutral'));
  }
  return { fit, reasons };
}

export interface Explained {
  /** Score in millionths (integer): what rankings compare. */
  units: number;
  score: number;
  criteria: CriterionScore[];
  /** Only when asked for (writing six-language text costs more than scoring). */
  reasons: MatchReason[];
}

const round6 = (x: number) => Math.round(x * SCORE_SCALE) / SCORE_SCALE;

/**
 * Scores one organisation against one programme with normalised weights (see
 * normalizeWeights), and explains each criterion when `withReasons` is set.
 */
export function explainMatch(
  p: ProgrammeProfile,
  o: OrganizationProfile,
  weights: Weights,
  ctx: ExplainContext,
  withReasons = true,
): Explained {
  const outcomes: Record<MatchCriterion, CriterionOutcome> = {
    sector: sector(p, o, ctx),
    themes: themes(p, o, ctx),
    sdgs: sdgs(p, o),
    geography: geography(p, o, ctx),
    languages: languages(p, o),
    partnership: partnership(o),
    'track-record': trackRecord(p, o),
  };
  let score = 0;
  const criteria: CriterionScore[] = [];
  // Summed in MATCH_CRITERIA order, exactly as the fast kernel sums.
  for (const criterion of MATCH_CRITERIA) {
    const fit = p.applies[criterion] ? outcomes[criterion].fit : 0;
    const weight = weights[criterion];
    score += weight * fit;
    criteria.push({
      criterion,
      weight: round6(weight),
      fit: p.applies[criterion] ? round6(fit) : null,
      contribution: round6(weight * fit),
    });
  }
  const units = toScoreUnits(score);
  const reasons: MatchReason[] = [];
  if (withReasons) {
    for (const criterion of MATCH_CRITERIA) {
      for (const raw of outcomes[criterion].reasons) {
        reasons.push({ criterion, code: raw.code, polarity: raw.polarity, params: raw.params, text: reasonText(raw.code, raw.params, ctx.names) });
      }
    }
  }
  return { units, score: units / SCORE_SCALE, criteria, reasons };
}
