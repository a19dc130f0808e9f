import type { Kysely } from 'kysely';
import { OrganizationRepository } from './organization-repository.js';
import type { Database } from './schema.js';

/** Every repository over one database: what route modules receive. */
export interface Storage {
  kind: 'sqlite';
  organizations: OrganizationRepository;
  ping(): Promise<void>;
}

export function createStorage(db: Kysely<Database>): Storage {
  const organizations = new OrganizationRepository(db);
  return { kind: 'sqlite', organizations, ping: () => organizations.ping() };
}
