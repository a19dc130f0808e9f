import type { Principal } from '../access/principal.js';
import type { RoleGrant } from '../access/roles.js';
import type { ActionSubmission } from '../action-writes/action-submission.js';
import type { ActionWriteContext } from '../action-writes/action-decisions.js';
import type { FeedbackContext } from '../feedback/feedback-decisions.js';
import type { FeedbackInput } from '../feedback/feedback.js';
import { testContext } from '../organization-writes/test-writes.js';
import { createCoverage } from '../programmes/field-office-coverage.js';
import { SAMPLE_PROGRAMMES } from '../programmes/sample/index.js';
import type { RecommendationContext } from '../recommendations/recommendation-decisions.js';
import { COUNTRIES, FIELD_OFFICES } from '../reference/index.js';

/** Fixtures for the write path's part 2 tests (kept out of the package by tsup.config.ts). */

export const COVERAGE = createCoverage({ countries: COUNTRIES, fieldOffices: FIELD_OFFICES });
export const PROGRAMMES = SAMPLE_PROGRAMMES;
/** ED; Senegal, Ghana, Nigeria, Côte d'Ivoire; offices abuja, dakar. */
export const LITERACY = PROGRAMMES.find((p) => p.id === 'demo-coastal-literacy-initiative')!;
/** SHS; Kenya, Uganda, Tanzania, Rwanda; office nairobi. */
export const PEACE = PROGRAMMES.find((p) => p.id === 'demo-youth-peace-assemblies')!;

/** A signed-in person holding `roles` (its id names them, so audit entries are easy to check). */
export const someone = (...roles: RoleGrant[]): Principal => ({
  kind: 'person',
  personId: `p-${roles.map((r) => Object.values(r).join('-')).join('+') || 'none'}`,
  displayName: 'Test Person',
  roles,
  credential: { kind: 'token', id: 'tok-1' },
});

export const SECRETARIAT = someone({ role: 'secretariat' });
export const COMMITTEE = someone({ role: 'liaison-committee' });
export const ED = someone({ role: 'sector', sector: 'ED' });
export const CLT = someone({ role: 'sector', sector: 'CLT' });
export const ABUJA = someone({ role: 'field-office', fieldOffice: 'abuja' });
export const NAIROBI = someone({ role: 'field-office', fieldOffice: 'nairobi' });
export const KENYA = someone({ role: 'member-state', country: 'KE', via: 'delegation' });
export const NIGERIA = someone({ role: 'member-state', country: 'NG', via: 'national-commission' });
export const NGO = 'demo-lanternfish-literacy-network';
export const NGO_EDITOR = someone({ role: 'ngo-editor', organization: NGO });
export const ICOM_EDITOR = someone({ role: 'ngo-editor', organization: 'icom' });

export function actionContext(organization: ActionWriteContext['organization'] = { id: NGO, fictional: true }): ActionWriteContext {
  return { ...testContext(), programmes: PROGRAMMES, coverage: COVERAGE, organization };
}

/** No actor organisation stored: a field office's action, or an unknown organisation. */
export const officeContext = (): ActionWriteContext => ({ ...actionContext(), organization: undefined });

export function feedbackContext(organizationExists = true): FeedbackContext {
  return { ...testContext(), programmes: PROGRAMMES, coverage: COVERAGE, organizationExists };
}

export function recommendationContext(events: readonly string[] = ['icngo-2024']): RecommendationContext {
  return { ...testContext(), programmes: PROGRAMMES, coverage: COVERAGE, eventExists: (id) => events.includes(id) };
}

/** An NGO's reading circles in Nigeria and Ghana, within the literacy programme. */
export const READING_CIRCLES: ActionSubmission = {
  actor: { kind: 'organization', organization: NGO },
  programme: LITERACY.id,
  title: { en: 'Reading circles', fr: 'Cercles de lecture' },
  countries: ['NG', 'GH'],
  period: { start: '2026-01-10', end: '2026-06-30' },
  outcomes: [{ en: '40 circles meet weekly' }],
  links: ['https://example.org/reading-circles'],
};

export const LITERACY_FEEDBACK: FeedbackInput = {
  organization: NGO,
  programme: LITERACY.id,
  country: 'NG',
  fieldOffice: 'abuja',
  subject: 'Reading materials arrive late',
  text: 'The primers reached the circles two months after the start.',
  language: 'en',
};

/** The status of a refusal, or the outcome's kind. */
export const statusOf = (outcome: object): number | string =>
  'problem' in outcome ? (outcome.problem as { status: number }).status : 'kind' in outcome ? String(outcome.kind) : 'record';
