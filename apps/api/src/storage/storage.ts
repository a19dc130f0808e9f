import { sql, type Kysely } from 'kysely';
import { OrganizationRepository } from './organization-repository.js';
import { EventRepository } from './event-repository.js';
import { ProgrammeRepository } from './programme-repository.js';
import { FieldOfficeRepository } from './field-office-repository.js';
import { CommitteeRepository } from './committee-repository.js';
import { SessionRepository } from './session-repository.js';
import { AccountRepository } from '../access/account-repository.js';
import { OrganizationRevisionRepository } from './organization-revision-repository.js';
import { PartnershipDecisionRepository } from './partnership-decision-repository.js';
import { AuditRepository } from './audit-repository.js';
import { IdempotencyRepository } from './idempotency-repository.js';
import { ActionSubmissionRepository } from './action-submission-repository.js';
import { InboxRepository } from './inbox-repository.js';
import { FeedbackRepository } from './feedback-repository.js';
import { RecommendationRepository } from './recommendation-repository.js';
import { OutboxRepository } from '../mail/outbox-repository.js';
import { HearingRepository } from '../hearings/hearing-repository.js';
import { MailPreferencesRepository } from '../mail/mail-preferences-repository.js';
import { NewsletterRepository } from '../newsletter/newsletter-repository.js';
import { ConsultationRepository } from '../consultations/consultation-repository.js';
import { MeetingRepository } from '../meetings/meeting-repository.js';
import { ForumThemeRepository } from '../forum-themes/forum-theme-repository.js';
import { InvitationRepository } from '../access/invitation-repository.js';
import { WebSessionRepository } from '../access/web-session-repository.js';
import { regionIndex } from '@ngo-liaison/core';
import { COUNTRIES } from '@ngo-liaison/core/reference';
import { ChangeFeed, type ChangeFeedOptions } from './change-feed.js';
import type { DatabaseKind } from './database-kind.js';
import { openDatabase, type DatabaseLocation } from './database.js';
import type { Database } from './schema.js';

/** Every repository over one database: what route modules receive. */
export interface Storage {
  kind: DatabaseKind;
  /** For messages: the file, or the URL without its password. */
  label: string;
  /** This start created the schema: an empty database. */
  created: boolean;
  db: Kysely<Database>;
  /** What other nodes and the command line write reaches this node through it. */
  changes: ChangeFeed;
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
  /** People, their roles and their bearer tokens (read from the database on every request). */
  accounts: AccountRepository;
  /** Editors' proposed profile changes (pending, published, returned). */
  revisions: OrganizationRevisionRepository;
  /** Partnership decisions, the public history of each organisation. */
  decisions: PartnershipDecisionRepository;
  /** Every accepted write, appended in its transaction. */
  audit: AuditRepository;
  /** First answers to creations, per credential and Idempotency-Key. */
  idempotency: IdempotencyRepository;
  /** Actions on the ground as submitted (pending, published, returned). */
  actionSubmissions: ActionSubmissionRepository;
  /** What is delivered to each addressee, and each person's read marks. */
  inbox: InboxRepository;
  /** NGOs' feedback to sectors (never public). */
  feedback: FeedbackRepository;
  /** Recommendations of events' outputs, their addressees and follow-ups. */
  recommendations: RecommendationRepository;
  /** Mail waiting to be sent, each attempt, and the addresses not mailed any more. */
  outbox: OutboxRepository;
  newsletter: NewsletterRepository;
  /** Collective consultations and their responses. */
  consultations: ConsultationRepository;
  meetings: MeetingRepository;
  /** Cookie sessions of Liaison's own pages (read from the database on every request). */
  webSessions: WebSessionRepository;
  /** One-time invitations the Secretariat hands out. */
  invitations: InvitationRepository;
  /** What each person wants mailed: inbox notices, a digest, the language. */
  mailPreferences: MailPreferencesRepository;
  /** NGO hearing requests on NGP agenda items, and the accepted ones of each session. */
  hearings: HearingRepository;
  /** Forum themes, their supports, each event's chosen theme, and Member States' phase registrations. */
  forumThemes: ForumThemeRepository;
  /** Reads from every table; throws an error naming the table that fails. */
  ping(): Promise<void>;
  /** Stops the change feed and closes the database (the pool, on PostgreSQL). */
  close(): Promise<void>;
}

/** The tables the routes read: health fails when any of them cannot be read. */
const TABLES = [
  'organizations',
  'events',
  'programmes',
  'actions',
  'focal_points',
  'liaison_committee_mandates',
  'expert_designations',
  'sessions',
  'action_submissions',
  'inbox_items',
  'feedback',
  'recommendations',
  'hearings',
  'forum_themes',
] as const;

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

export interface StorageOptions extends ChangeFeedOptions {
  /** "Today" (YYYY-MM-DD) at the moment of a request: the directory's region and group facets follow UNESCO membership. */
  today?: () => string;
  /** Told when an idle PostgreSQL connection breaks (the server restarted). */
  onPoolError?: (error: Error) => void;
}

/**
 * Opens (creating and migrating if needed) the database at `location` and the repositories
 * over it. The change feed is not polling yet: the server starts it once seeding is done.
 */
export async function openStorage(location: DatabaseLocation, { today, pollMs, onStatus, onPoolError }: StorageOptions = {}): Promise<Storage> {
  const { db, kind, label, created } = await openDatabase(location, onPoolError ? { onPoolError } : {});
  let changes: ChangeFeed;
  try {
    changes = await ChangeFeed.open(db, kind, { ...(pollMs ? { pollMs } : {}), ...(onStatus ? { onStatus } : {}) });
  } catch (error) {
    await db.destroy();
    throw error;
  }
  const accounts = new AccountRepository(db);
  return {
    kind,
    label,
    created,
    db,
    changes,
    organizations: new OrganizationRepository(db, changes, today ? { today } : {}),
    events: new EventRepository(db, changes, regionIndex(COUNTRIES)),
    programmes: new ProgrammeRepository(db, changes),
    fieldOffices: new FieldOfficeRepository(),
    committee: new CommitteeRepository(db, changes),
    sessions: new SessionRepository(db, changes),
    accounts,
    revisions: new OrganizationRevisionRepository(db),
    decisions: new PartnershipDecisionRepository(db),
    audit: new AuditRepository(db),
    idempotency: new IdempotencyRepository(db),
    actionSubmissions: new ActionSubmissionRepository(db),
    inbox: new InboxRepository(db),
    feedback: new FeedbackRepository(db),
    recommendations: new RecommendationRepository(db),
    outbox: new OutboxRepository(db),
    newsletter: new NewsletterRepository(db),
    consultations: new ConsultationRepository(db),
    meetings: new MeetingRepository(db),
    webSessions: new WebSessionRepository(db, accounts),
    invitations: new InvitationRepository(db, accounts),
    mailPreferences: new MailPreferencesRepository(db),
    hearings: new HearingRepository(db),
    forumThemes: new ForumThemeRepository(db, kind),
    ping: () => readEveryTable(db),
    async close() {
      changes.stop();
      await db.destroy();
    },
  };
}
