/*
 * Member States register their participation in each phase of a forum (paragraphs 9–12):
 * one registration per state, phase and event; registering again edits the role.
 */
export const FORUM_PHASES = ['preparation', 'financing', 'conduct', 'evaluation', 'follow-up'] as const;
export type ForumPhase = (typeof FORUM_PHASES)[number];

export const FORUM_PHASE_ROLES = ['co-organiser', 'funder', 'speaker', 'participant'] as const;
export type ForumPhaseRole = (typeof FORUM_PHASE_ROLES)[number];

export interface PhaseRegistration {
  event: string;
  country: string;
  phase: ForumPhase;
  role: ForumPhaseRole;
  registeredAt: string;
  updatedAt: string;
}

function sameSlot(a: Pick<PhaseRegistration, 'event' | 'country' | 'phase'>, b: Pick<PhaseRegistration, 'event' | 'country' | 'phase'>): boolean {
  return a.event === b.event && a.country.toUpperCase() === b.country.toUpperCase() && a.phase === b.phase;
}

/** Registers, or edits the role of the existing registration (never a duplicate). */
export function registerPhase(
  registrations: readonly PhaseRegistration[],
  entry: { event: string; country: string; phase: ForumPhase; role: ForumPhaseRole },
  now: Date,
): PhaseRegistration[] {
  const at = now.toISOString();
  const existing = registrations.find((r) => sameSlot(r, entry));
  if (existing) return registrations.map((r) => (r === existing ? { ...r, role: entry.role, updatedAt: at } : r));
  return [...registrations, { ...entry, country: entry.country.toUpperCase(), registeredAt: at, updatedAt: at }];
}

/** Withdraws a registration; undefined when there was none (the API answers 404). */
export function withdrawPhase(
  registrations: readonly PhaseRegistration[],
  slot: { event: string; country: string; phase: ForumPhase },
): PhaseRegistration[] | undefined {
  const rest = registrations.filter((r) => !sameSlot(r, slot));
  return rest.length === registrations.length ? undefined : rest;
}

/** Public listing order: phase in lifecycle order, then country code. */
export function orderRegistrations(registrations: readonly PhaseRegistration[]): PhaseRegistration[] {
  return [...registrations].sort(
    (a, b) => FORUM_PHASES.indexOf(a.phase) - FORUM_PHASES.indexOf(b.phase) || a.country.localeCompare(b.country),
  );
}
