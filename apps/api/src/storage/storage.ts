import { sql, type Kysely } from 'kysely';
import { OrganizationRepository } from './organization-repository.js';
import { EventRepository } from './event-repository.js';
import { ProgrammeRepository } from './programme-repository.js';
import { FieldOfficeRepository } from './field-office-repository.js';
import { CommitteeRepository } from './committee-repository.js';
import { SessionRepository } from './session-repository.js';
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
  /** Liaison Committee mandates and sectors' expert designations. */
  committee: CommitteeRepository;
  /** Governing-body sessions (General Conference, Executive Board, NGP Committee). */
  sessions: SessionRepository;
  /** Reads from every table; throws an error naming the table that fails. */
  ping(): Promise<void>;
}

/** The tables the routes read: health fails when any of them cannot be read. */
const TABLES = ['organizations', 'events', 'programmes', 'actions', 'focal_points', 'liaison_committee_mandates', 'expert_designations', 'sessions'] as const;

/**
 * One row of each table: a dropped table, a damaged root page or an unreadable file shows
 * here. `select 1` alone touches no table and answered ok while routes answered 500.
 */
async function readEveryTable(db: Kysely<Database>): Promise<void> {
  for (const table of TABLES) {
    try {
      await sql`select 1 from ${sql.table(table)} limit 1`.execute(db);
    } catch (error) {
      throw new Error(`table ${table}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
  }
}

export interface StorageOptions {
  /** "Today" (YYYY-MM-DD) at the moment of a request: the directory's region and group facets follow UNESCO membership. */
  today?: () => string;
}

export function createStorage(db: Kysely<Database>, { today }: StorageOptions = {}): Storage {
  const organizations = new OrganizationRepository(db, today ? { today } : {});
  const events = new EventRepository(db, regionIndex(COUNTRIES));
  const programmes = new ProgrammeRepository(db);
  const fieldOffices = new FieldOfficeRepository();
  const committee = new CommitteeRepository(db);
  const sessions = new SessionRepository(db);
  return { kind: 'sqlite', organizations, events, programmes, fieldOffices, committee, sessions, ping: () => readEveryTable(db) };
}
