/*
 * The closed lists of the governing-body session model, without zod: browser code (labels,
 * the event detail) imports these without carrying the schema library.
 */

/**
 * The bodies the NGO–Member State dialogue happens in: UNESCO's two governing bodies and the
 * Executive Board's Committee on Non-Governmental Partners (NGP), which meets during the
 * Board's sessions (203 EX/Decision 12; unesco-domain.md §4).
 */
export const SESSION_BODIES = ['general-conference', 'executive-board', 'ngp-committee'] as const;
export type SessionBody = (typeof SESSION_BODIES)[number];
