import type { Generated } from 'kysely';

/** Tables as Kysely sees them. Records are stored whole as JSON; indexed keys sit beside. */
export interface OrganizationsTable {
  id: string;
  /** organizationSortKey(org)[0] from core: the list order. */
  sort_name: string;
  data: string;
  created_at: Generated<string>;
}

/** Events: the record as JSON plus the columns every filter of GET /v1/events reads. */
export interface EventsTable {
  id: string;
  /** eventSortKey(event)[0] from core: ISO start instant, the list order. */
  sort_start: string;
  all_day: number;
  /** Timed events: ISO instants (fixed width, so they compare as text). */
  start_utc: string | null;
  end_utc: string | null;
  /** All-day events: first and last day (inclusive). */
  start_date: string | null;
  end_date: string | null;
  kind: string;
  status: string;
  /** `,ED,SC,` lists, searched with LIKE '%,ED,%'. */
  sectors: string;
  countries: string;
  regions: string;
  sequence: number;
  updated_at: string;
  /** The governing-body session the event is part of (its `sessionId`). */
  session_id: string | null;
  data: string;
}

/** Governing-body sessions: the record as JSON, with its body, first and last day and parent. */
export interface SessionsTable {
  id: string;
  body: string;
  start_date: string | null;
  end_date: string | null;
  parent_id: string | null;
  data: string;
  created_at: Generated<string>;
}

/** Programmes: the record as JSON, with its list order and sector. */
export interface ProgrammesTable {
  id: string;
  /** normalizeText(title.en): the list order. */
  sort_title: string;
  sector: string;
  data: string;
  created_at: Generated<string>;
}

/** On-the-ground actions: the record as JSON, with the keys filters will read in SQL. */
export interface ActionsTable {
  id: string;
  /** organization | field-office */
  actor_kind: string;
  /** The organisation id or the field-office code. */
  actor_id: string;
  programme_id: string;
  start_date: string;
  end_date: string | null;
  data: string;
  created_at: Generated<string>;
}

/** Focal points: the record as JSON, with what the role answers for. */
export interface FocalPointsTable {
  id: string;
  /** sector | field-office | programme */
  scope_kind: string;
  scope_value: string;
  data: string;
  created_at: Generated<string>;
}

/** Liaison Committee mandates: the record as JSON, with the list order. */
export interface LiaisonCommitteeMandatesTable {
  id: string;
  /** term.start (a year, month or day): the list order, latest first. */
  term_start: string;
  data: string;
  created_at: Generated<string>;
}

/** Sectors' expert designations: the record as JSON, with the keys a sector's list reads. */
export interface ExpertDesignationsTable {
  id: string;
  sector: string;
  organization_id: string;
  designated_on: string;
  data: string;
  created_at: Generated<string>;
}

/** One row per row written to a logged table (migration 0007): what the nodes' change feeds read. */
export interface ChangeLogTable {
  seq: Generated<number>;
  table_name: string;
  record_id: string;
  changed_at: Generated<string>;
}

export interface Database {
  organizations: OrganizationsTable;
  events: EventsTable;
  programmes: ProgrammesTable;
  actions: ActionsTable;
  focal_points: FocalPointsTable;
  liaison_committee_mandates: LiaisonCommitteeMandatesTable;
  expert_designations: ExpertDesignationsTable;
  sessions: SessionsTable;
  change_log: ChangeLogTable;
}
