/*
 * The closed lists of the event model, without zod: browser code (filters, labels) imports
 * these without carrying the schema library. forum-event.ts builds its enums from them.
 */

export const EVENT_KINDS = [
  'icngo',
  'ngo-forum',
  'ngp-session',
  'thematic-debate',
  'ngo-hearing',
  'collective-consultation',
  'gc-ngo-space',
  'natcom-meeting',
] as const;

export const EVENT_STATUSES = ['planned', 'confirmed', 'postponed', 'cancelled'] as const;

export const PARTICIPATION_ROLES = ['co-organizer', 'host', 'panel', 'observer'] as const;

/** The forum phases of the working-group paper (§11), in order. */
export const EVENT_PHASES = ['preparation', 'financing', 'conduct', 'evaluation', 'follow-up'] as const;

export const PHASE_STATUSES = ['not-started', 'in-progress', 'done', 'cancelled'] as const;

export const OUTPUT_KINDS = ['final-report', 'recommendations', 'declaration', 'resolution', 'other'] as const;

/**
 * Who organises. Beyond the Secretariat, the Liaison Committee, the Board, host NGOs and
 * National Commissions, the paper names the programme sectors and field offices (¶4–6), the
 * NGP Committee and the Chairperson of the ICNGO (¶8), and the Secretariat's unit in charge of
 * partnerships with civil society, its institutional focal point (¶4).
 */
export const ORGANIZER_ROLES = [
  'secretariat',
  'liaison-committee',
  'executive-board',
  'host-ngo',
  'national-commission',
  'programme-sector',
  'field-office',
  'ngp-committee',
  'icngo-chair',
  'civil-society-unit',
] as const;

/**
 * Through whom a Member State takes part: its Permanent Delegation to UNESCO, its National
 * Commission, or its seat on the NGP Committee (a committee of State representatives).
 */
export const PARTICIPATION_CHANNELS = ['permanent-delegation', 'national-commission', 'ngp-member'] as const;

export type EventKind = (typeof EVENT_KINDS)[number];
export type EventStatus = (typeof EVENT_STATUSES)[number];
export type ParticipationRole = (typeof PARTICIPATION_ROLES)[number];
export type EventPhaseName = (typeof EVENT_PHASES)[number];
export type PhaseStatus = (typeof PHASE_STATUSES)[number];
export type OutputKind = (typeof OUTPUT_KINDS)[number];
export type OrganizerRole = (typeof ORGANIZER_ROLES)[number];
export type ParticipationChannel = (typeof PARTICIPATION_CHANNELS)[number];
