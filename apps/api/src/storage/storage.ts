import type { Kysely } from 'kysely';
import { OrganizationRepository } from './organization-repository.js';
import { EventRepository } from './event-repository.js';
import { ProgrammeRepository } from './programme-repository.js';
import { FieldOfficeRepository } from './field-office-repository.js';
import { regionIndex } from '@ngo-liaison/core';
import { COUNTRIES } from '@ngo-liaison/core/reference';
import type { Database } from './schema.js';

/** Every repository over one database: what route modules receive. */
export interface Storage {
  kind: 'sqlite';
  organizations: OrganizationRepository;
  events: EventRepository;
  /** Programmes, NGOs' actions and focal points. */
  programmes: ProgrammeRepository;
  /** Field offices and their coverage (reference data from core). */
  fieldOffices: FieldOfficeRepository;
  ping(): Promise<void>;
}

export function createStorage(db: Kysely<Database>): Storage {
  const organizations = new OrganizationRepository(db);
  const events = new EventRepository(db, regionIndex(COUNTRIES));
  const programmes = new ProgrammeRepository(db);
  const fieldOffices = new FieldOfficeRepository();
  return { kind: 'sqlite', organizations, events, programmes, fieldOffices, ping: () => organizations.ping() };
}
