/*
 * @ngo-liaison/core/matching: the matching engine. A separate entry point because it
 * carries reference data (countries, field offices, the vocabulary) that widgets which
 * only display match results should not bundle.
 */
import { COUNTRIES } from '../reference/countries.js';
import { FIELD_OFFICES } from '../reference/field-offices.js';
import { createCoverage, type Coverage } from '../programmes/field-office-coverage.js';

export { createMatcher, summarizeOrganization, summarizeProgramme } from './matcher.js';
export type { Matcher, MatcherData, RankOptions, ExpertOptions } from './matcher.js';
export { MatchIndex, type CompiledProgramme } from './match-index.js';
export { explainMatch, type Explained, type ExplainContext } from './explain.js';
export { profileOrganization, profileProgramme, geoLevel } from './profiles.js';
export type { OrganizationProfile, ProgrammeProfile, ActionSummary } from './profiles.js';
export * from './fits.js';
export { createThemeVocabulary, themeVocabulary, type ThemeVocabulary } from './themes.js';
export { createReasonNames, reasonText, type ReasonNames, type ReasonParams } from './reason-text.js';
export { REASON_MESSAGES, SDG_LABEL, type ReasonCode } from './reason-messages.js';
export { expertProgramme, EXPERT_THRESHOLD } from './experts.js';
export { selectPage, decodeRankCursor, type Selection, type Selected } from './select.js';
export { programmeWeightsProblem, organizationWeightsProblem } from './weights-problem.js';

let coverage: Coverage | undefined;

/** Field-office coverage built from core's reference countries and offices (created once). */
export function defaultCoverage(): Coverage {
  return (coverage ??= createCoverage({ countries: COUNTRIES, fieldOffices: FIELD_OFFICES }));
}
