import { validateDataset, type FieldIssue, type Organization } from '@ngo-liaison/core';
import { COUNTRIES, SECTORS } from '@ngo-liaison/core/reference';
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
