import { validateDataset, validateEvents, validateExpertDesignations, validateMandates, validateSessions, type FieldIssue, type Organization } from '@ngo-liaison/core';
import { COUNTRIES, FIELD_OFFICES, SECTORS } from '@ngo-liaison/core/reference';
import { validateProgrammeData } from '@ngo-liaison/core';
import type { ProgrammeSeed } from './programme-repository.js';
import type { Storage } from './storage.js';

/** The seed data is invalid: each problem names the record and the field. */
export class SeedError extends Error {
  override readonly name = 'SeedError';
  constructor(readonly problems: FieldIssue[]) {
    super(`Seed data is invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${problems
      .map((p) => `  - ${p.path}: ${p.message}`)
      .join('\n')}`);
  }
}

/**
 * Loads the seed into an empty database. Everything is validated before the first write,
 * and the writes share one transaction, so a bad record never leaves a half-filled table.
 */
export async function seedIfEmpty(storage: Storage, organizations: readonly unknown[]): Promise<number> {
  const repo = storage.organizations;
  if ((await repo.count()) > 0) return 0;
  const report = validateDataset({ organizations, countries: COUNTRIES, sectors: SECTORS });
  if (!report.ok) throw new SeedError(report.problems);
  await repo.insertAll(organizations as Organization[]);
  return organizations.length;
}

/**
 * Writes the seed sessions (validated first, all of them, then one transaction) on every
 * start, before the events that name them: the fictional ones move with the month, as the
 * fictional events in them do.
 */
export async function seedSessions(storage: Storage, sessions: readonly unknown[]): Promise<{ inserted: number; updated: number; unchanged: number }> {
  const report = validateSessions(sessions);
  if (!report.ok) throw new SeedError(report.problems);
  return storage.sessions.upsertAll(report.sessions);
}

/**
 * Writes the seed events (validated first, all of them, then one transaction): missing
 * ones are inserted, changed ones revised (SEQUENCE + 1, so subscribed calendars update),
 * unchanged ones left alone. Runs on every start, so the fictional demo events, generated
 * for the current month, stay upcoming; organisations and sessions they name must already be stored.
 */
export async function seedEvents(
  storage: Storage,
  events: readonly unknown[],
  now: Date,
): Promise<{ inserted: number; updated: number; unchanged: number }> {
  const ids = new Set<string>();
  for (const record of events) {
    for (const organizer of (record as { organizers?: { organizationId?: unknown }[] } | null)?.organizers ?? []) {
      if (typeof organizer?.organizationId === 'string') ids.add(organizer.organizationId);
    }
  }
  const organizations: { id: string; provenance: { fictional: boolean } }[] = [];
  for (const id of ids) {
    const org = await storage.organizations.get(id);
    if (org) organizations.push(org);
  }
  const { sessions } = await storage.sessions.snapshot();
  const report = validateEvents(events, { countries: COUNTRIES, organizations, sessions, fieldOffices: FIELD_OFFICES });
  if (!report.ok) throw new SeedError(report.problems);
  return storage.events.upsertAll(report.events, now);
}

/** The stored organisations among `ids` (anything else, or unknown ids, left out: validation reports them). */
async function storedOrganizations(storage: Storage, ids: readonly unknown[]): Promise<{ id: string; provenance: { fictional: boolean } }[]> {
  const organizations: { id: string; provenance: { fictional: boolean } }[] = [];
  for (const id of new Set(ids)) {
    const org = typeof id === 'string' ? await storage.organizations.get(id) : undefined;
    if (org) organizations.push(org);
  }
  return organizations;
}

/** Programmes, actions and focal points to seed, as unchecked records. */
export interface ProgrammeSeedInput {
  programmes: readonly unknown[];
  actions: readonly unknown[];
  focalPoints: readonly unknown[];
}

/**
 * Seeds programmes, actions and focal points when there are no programmes yet (a new
 * database, or one created before they existed). Everything is validated first, against
 * the field offices, the countries and the stored organisations the actions name; then one
 * transaction writes all three tables.
 */
export async function seedProgrammes(storage: Storage, seed: ProgrammeSeedInput): Promise<number> {
  if ((await storage.programmes.count()) > 0) return 0;
  const organizations = await storedOrganizations(
    storage,
    seed.actions.map((action) => (action as { actor?: { organization?: unknown } } | null)?.actor?.organization),
  );
  const report = validateProgrammeData({ ...seed, fieldOffices: FIELD_OFFICES, organizations, countries: COUNTRIES.map((c) => c.code) });
  if (!report.ok) throw new SeedError(report.problems);
  await storage.programmes.insertAll(seed as ProgrammeSeed);
  return seed.programmes.length;
}

/** Liaison Committee mandates and expert designations to seed, as unchecked records. */
export interface CommitteeSeedInput {
  mandates: readonly unknown[];
  designations: readonly unknown[];
}

/**
 * Seeds the Liaison Committee's mandates and the sectors' expert designations when neither
 * table has a row yet (a new database, or one created before they existed). Both are validated
 * first, against the stored organisations they name and the countries; then one transaction
 * writes both tables.
 */
export async function seedCommittee(storage: Storage, seed: CommitteeSeedInput): Promise<number> {
  const { committee } = storage;
  if ((await committee.mandates.count()) > 0 || (await committee.designations.count()) > 0) return 0;
  const named = [
    ...seed.mandates.flatMap((m) => ((m as { members?: { organization?: unknown }[] } | null)?.members ?? []).map((member) => member?.organization)),
    ...seed.designations.map((d) => (d as { organization?: unknown } | null)?.organization),
  ];
  const organizations = await storedOrganizations(storage, named);
  const mandates = validateMandates({ mandates: seed.mandates, organizations, countries: COUNTRIES });
  const designations = validateExpertDesignations({ designations: seed.designations, organizations });
  const problems = [...mandates.problems, ...designations.problems];
  if (problems.length) throw new SeedError(problems);
  await committee.insertAll({ mandates: mandates.mandates, designations: designations.designations });
  return mandates.mandates.length + designations.designations.length;
}
