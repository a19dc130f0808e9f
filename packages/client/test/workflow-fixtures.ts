import type { ActionSubmission, FeedbackInput, RecommendationSubject, RoleGrant } from '@ngo-liaison/core';
import type { MockPerson } from '../src/msw/index.js';

/*
 * The people and bodies of the write path's part 2 tests (actions, inboxes, feedback,
 * recommendations), on the sample data: an NGO reports reading circles in Senegal within the
 * Education sector's coastal literacy programme; Dakar covers Senegal, Nairobi Kenya.
 */
export const NGO = 'demo-lanternfish-literacy-network';
export const OTHER_NGO = 'demo-saltmarsh-heritage-collective';
/** Led by ED; Senegal is one of its countries. */
export const PROGRAMME = 'demo-coastal-literacy-initiative';
export const EVENT = 'icngo-2018';

/** Each role the workflows need, as grants (the real-server tests invite people with them). */
export const WORKFLOW_ROLES = {
  editor: [{ role: 'ngo-editor', organization: NGO }],
  otherEditor: [{ role: 'ngo-editor', organization: OTHER_NGO }],
  sectorED: [{ role: 'sector', sector: 'ED' }],
  sectorCLT: [{ role: 'sector', sector: 'CLT' }],
  dakar: [{ role: 'field-office', fieldOffice: 'dakar' }],
  senegal: [{ role: 'member-state', country: 'SN', via: 'delegation' }],
  /** Senegal's National Commission: the same inbox as the delegation, its own read marks. */
  senegalCommission: [{ role: 'member-state', country: 'SN', via: 'national-commission' }],
  kenya: [{ role: 'member-state', country: 'KE', via: 'delegation' }],
  committee: [{ role: 'liaison-committee' }],
} satisfies Record<string, RoleGrant[]>;

export type WorkflowPerson = keyof typeof WORKFLOW_ROLES | 'secretariat';

/** The same people for the msw handlers, each with a bearer token `tok-<name>`. */
export const WORKFLOW_PEOPLE: MockPerson[] = [
  { token: 'tok-secretariat', displayName: 'Ama Secretariat', roles: [{ role: 'secretariat' }] },
  ...Object.entries(WORKFLOW_ROLES).map(([name, roles]) => ({ token: `tok-${name}`, displayName: `Test ${name}`, roles })),
];

/** An NGO's action in Senegal within the programme. */
export const submission = (overrides: Partial<ActionSubmission> = {}): ActionSubmission => ({
  actor: { kind: 'organization', organization: NGO },
  programme: PROGRAMME,
  title: { en: 'Reading circles in Thiès', fr: 'Cercles de lecture à Thiès' },
  countries: ['SN'],
  period: { start: '2026-01-10', end: '2026-06-30' },
  outcomes: [{ en: '8 circles opened (fictional figures).' }],
  links: ['https://lanternfish.example.org/thies'],
  ...overrides,
});

/** Dakar's own action in Senegal: published at once. */
export const officeSubmission = (overrides: Partial<ActionSubmission> = {}): ActionSubmission =>
  submission({ actor: { kind: 'field-office', fieldOffice: 'dakar' }, title: { fr: 'Atelier des bibliothécaires à Dakar' }, links: [], ...overrides });

export const feedbackInput = (overrides: Partial<FeedbackInput> = {}): FeedbackInput => ({
  organization: NGO,
  programme: PROGRAMME,
  country: 'SN',
  subject: 'Late delivery of reading kits',
  text: 'The kits promised for March arrived in June.',
  language: 'en',
  ...overrides,
});

/** A recommendation about literacy in Kenya: core proposes ED (its theme), Kenya and Nairobi. */
export const recommendationSubject = (overrides: Partial<RecommendationSubject> = {}): RecommendationSubject => ({
  event: EVENT,
  reference: 'Recommendation 4',
  text: { en: 'Support adult literacy circles run by NGOs.' },
  themes: ['literacy'],
  sectors: [],
  countries: ['KE'],
  ...overrides,
});
