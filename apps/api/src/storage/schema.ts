import type { Generated } from 'kysely';
import type { MailTables } from '../mail/mail-tables.js';
import type { HearingTables } from '../hearings/hearing-tables.js';
import type { NewsletterTables } from '../newsletter/newsletter-tables.js';
import type { ConsultationTables } from '../consultations/consultation-tables.js';
import type { MeetingTables } from '../meetings/meeting-tables.js';
import type { ForumThemeTables } from '../forum-themes/forum-theme-tables.js';

/** Tables as Kysely sees them. Records are stored whole as JSON; indexed keys sit beside. */
export interface OrganizationsTable {
  id: string;
  /** organizationSortKey(org)[0] from core: the list order. */
  sort_name: string;
  data: string;
  created_at: Generated<string>;
  /** Bumped by every published change (migration 0009): the ETag carries it, If-Match is checked against it. */
  version: Generated<number>;
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

/** A person with an account (migration 0008). A program account has neither e-mail nor password. */
export interface PeopleTable {
  id: string;
  display_name: string;
  email: string | null;
  /** scrypt, see access/passwords.ts. */
  password_hash: string | null;
  created_at: Generated<string>;
  disabled_at: string | null;
}

/** One role a person holds: the RoleGrant as JSON, unique per person by roleKey(). */
export interface RoleGrantsTable {
  person_id: string;
  role_key: string;
  grant: string;
}

/** Personal bearer tokens: only the SHA-256 of the token is kept. */
export interface AccessTokensTable {
  id: string;
  person_id: string;
  token_hash: string;
  label: string;
  created_at: string;
  expires_at: string;
  /** Written at most once a minute per token. */
  last_used_at: string | null;
  revoked_at: string | null;
  /** The person who revoked it (the holder or the Secretariat). */
  revoked_by: string | null;
}

/** Cookie sessions of Liaison's own pages: the session id and its CSRF token as SHA-256. */
export interface WebSessionsTable {
  id: string;
  person_id: string;
  session_hash: string;
  csrf_hash: string;
  created_at: string;
  expires_at: string;
  ended_at: string | null;
}

/** One-time invitations: the secret travels in a link's fragment, only its SHA-256 is kept. */
export interface InvitationsTable {
  id: string;
  secret_hash: string;
  email: string | null;
  display_name: string | null;
  /** RoleGrant[] as JSON. */
  roles: string;
  created_by: string | null;
  created_at: string;
  expires_at: string;
  accepted_at: string | null;
  /** The person the acceptance created. */
  person_id: string | null;
}

/** Requests per bucket (a token) per minute, shared by every node. */
export interface RateLimitWindowsTable {
  bucket: string;
  window_start: string;
  count: number;
}

/** Editors' proposed changes (migration 0009): the OrganizationRevision as JSON, with its keys. */
export interface OrganizationRevisionsTable {
  seq: Generated<number>;
  id: string;
  organization_id: string;
  /** pending | published | returned */
  state: string;
  submitted_at: string;
  data: string;
}

/** Recorded partnership decisions (migration 0009): the PartnershipDecision as JSON. */
export interface PartnershipDecisionsTable {
  seq: Generated<number>;
  id: string;
  organization_id: string;
  /** The decision's date (YYYY-MM-DD). */
  decided_on: string;
  data: string;
}

/** Every accepted write (migration 0009): the AuditEntry as JSON, with the keys its filters read. */
export interface AuditLogTable {
  seq: Generated<number>;
  id: string;
  /** ISO instant (fixed width: compares as text). */
  at: string;
  actor_id: string;
  role: string;
  action: string;
  entity_type: string;
  entity_id: string;
  data: string;
}

/** The first answer to a creation, per credential and Idempotency-Key (migration 0009), kept 24 hours. */
export interface IdempotencyKeysTable {
  credential_id: string;
  key: string;
  /** SHA-256 of method, path and body: the same key with another request is a 422. */
  request_hash: string;
  status: number;
  body: string;
  location: string | null;
  created_at: string;
}

/** Actions as submitted (migration 0010): the SubmittedAction as JSON, with the keys its lists read. */
export interface ActionSubmissionsTable {
  seq: Generated<number>;
  /** The submission's id, also the action's id once published. */
  id: string;
  /** pending | published | returned */
  state: string;
  programme_id: string;
  /** organization | field-office */
  actor_kind: string;
  actor_id: string;
  submitted_at: string;
  data: string;
}

/** What is delivered to an addressee (migration 0010): the InboxItem as JSON, in delivery order. */
export interface InboxItemsTable {
  seq: Generated<number>;
  id: string;
  /** addresseeKey(): "sector:CLT", "field-office:nairobi", "member-state:KE", "organization:icom", "liaison-committee". */
  addressee: string;
  kind: string;
  /** 1: also in the addressee's public Atom feed. */
  public: number;
  at: string;
  subject_type: string;
  subject_id: string;
  data: string;
}

/** Which person marked which inbox item read (migration 0010). */
export interface InboxReadsTable {
  person_id: string;
  item_id: string;
}

/** NGOs' feedback to sectors (migration 0010): the Feedback as JSON, with the keys its lists read. */
export interface FeedbackTable {
  seq: Generated<number>;
  id: string;
  sector: string;
  programme_id: string;
  organization_id: string;
  country: string | null;
  field_office: string | null;
  /** sent | acknowledged | answered */
  state: string;
  sent_at: string;
  data: string;
}

/** Recommendations and their follow-ups (migration 0010): the Recommendation as JSON. */
export interface RecommendationsTable {
  seq: Generated<number>;
  id: string;
  event_id: string;
  recorded_at: string;
  data: string;
}

/** Every table; each later feature keeps its tables' types beside its code and joins them here. */
export interface Database extends MailTables, NewsletterTables, ConsultationTables, HearingTables, MeetingTables, ForumThemeTables {
  organizations: OrganizationsTable;
  events: EventsTable;
  programmes: ProgrammesTable;
  actions: ActionsTable;
  focal_points: FocalPointsTable;
  liaison_committee_mandates: LiaisonCommitteeMandatesTable;
  expert_designations: ExpertDesignationsTable;
  sessions: SessionsTable;
  change_log: ChangeLogTable;
  people: PeopleTable;
  role_grants: RoleGrantsTable;
  access_tokens: AccessTokensTable;
  web_sessions: WebSessionsTable;
  invitations: InvitationsTable;
  rate_limit_windows: RateLimitWindowsTable;
  organization_revisions: OrganizationRevisionsTable;
  partnership_decisions: PartnershipDecisionsTable;
  audit_log: AuditLogTable;
  idempotency_keys: IdempotencyKeysTable;
  action_submissions: ActionSubmissionsTable;
  inbox_items: InboxItemsTable;
  inbox_reads: InboxReadsTable;
  feedback: FeedbackTable;
  recommendations: RecommendationsTable;
}
