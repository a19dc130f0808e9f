import type { Kysely } from 'kysely';
import {
  countryGroupingOn,
  conceptDictionary,
  createOrganizationIndex,
  membershipKey,
  organizationSortKey,
  utcDay,
  type Country,
  type Organization,
  type OrganizationIndex,
  type OrganizationQuery,
  type OrganizationSearchResult,
  type VersionedOrganization,
  vocabulary,
} from '@ngo-liaison/core';
import { COUNTRIES } from '@ngo-liaison/core/reference';
import type { ChangeFeed } from './change-feed.js';
import { DataSnapshot } from './data-snapshot.js';
import type { Database } from './schema.js';
import type { IndexUpdateListener } from '../observability/metrics.js';

/**
 * Storage of organisations; the same code runs on SQLite and PostgreSQL.
 *
 * Search runs on core's in-memory index, built from the table on first use and brought up to
 * date whenever the change feed reports a write (this node's, another node's, the command
 * line's). That is the browser's index, so the API and a widget searching a JSON
 * export answer alike; FTS5 or tsvector cannot (no typo tolerance, other tokenisation and
 * ranking). Measured with apps/api/bench/search-store.mjs (10k synthetic organisations,
 * 2-core box): load and index in ~1.3 s; as-you-type p95 ~2 ms with facets, against
 * ~24 ms for FTS5 on a normalised column without facets or typo tolerance.
 */
/**
 * The index and its revision: the table's last change in the log, and which countries are not
 * members on the day it was built for (the region and group facets follow membership, so the
 * ETags do).
 */
export interface OrganizationSnapshot {
  index: OrganizationIndex;
  revision: string;
  /** Each organisation's version (migration 0009), as its ETag carries it. */
  versions: Map<string, string>;
}

type CountryRecord = Pick<Country, 'code' | 'membership' | 'region' | 'electoralGroup'>;

/** Changed records past which the index is rebuilt rather than updated record by record (a bulk import). */
const INCREMENTAL_LIMIT = 2_000;

export interface OrganizationRepositoryOptions {
  /** Country reference data for the region and group facets (default: core's COUNTRIES). */
  countries?: readonly CountryRecord[];
  /** "Today" (YYYY-MM-DD), read when a request comes in: membership has dates (default: the UTC day of the system clock). */
  today?: () => string;
}

export class OrganizationRepository {
  readonly #db: Kysely<Database>;
  readonly #feed: ChangeFeed;
  readonly #countries: readonly CountryRecord[];
  readonly #today: () => string;
  readonly #index: DataSnapshot<OrganizationSnapshot>;
  readonly #indexListeners = new Set<IndexUpdateListener>();
  /** The day the index is built for, and its membership key (see membershipKey in core). */
  #day: string;
  #membership: string | undefined;

  constructor(db: Kysely<Database>, feed: ChangeFeed, { countries = COUNTRIES, today = () => utcDay(new Date()) }: OrganizationRepositoryOptions = {}) {
    this.#db = db;
    this.#feed = feed;
    this.#countries = countries;
    this.#today = today;
    this.#day = today();
    this.#index = new DataSnapshot(
      feed,
      ['organizations'],
      () => this.#build(this.#day),
      (current, changed) => this.#update(current, changed.get('organizations'))
    );
  }

  /**
   * The search index of the current table and its revision, for `day` (default today): built
   * on first use; rebuilt when the data changed, or when a membership starts or ends between
   * the day it was built for and `day` (the region and group facets follow membership).
   */
  async snapshot(day: string = this.#today()): Promise<OrganizationSnapshot> {
    // The membership key walks every country: computed when the day changes, not per request.
    if (day !== this.#day || this.#membership === undefined) {
      const membership = membershipKey(this.#countries, day);
      if (membership !== this.#membership) this.#index.invalidate();
      this.#membership = membership;
      this.#day = day;
    }
    return this.#index.get();
  }

  /** Told of every index build ('full') and in-place update ('incremental') with its duration (metrics). */
  onIndexUpdate(listener: IndexUpdateListener): () => void {
    this.#indexListeners.add(listener);
    return () => this.#indexListeners.delete(listener);
  }

  #told(kind: 'full' | 'incremental', started: number): void {
    for (const listener of this.#indexListeners) listener(kind, (performance.now() - started) / 1000);
  }

  async index(): Promise<OrganizationIndex> {
    return (await this.snapshot()).index;
  }

  async #build(day: string): Promise<OrganizationSnapshot> {
    const started = performance.now();
    const revision = this.#feed.revision(['organizations']);
    const rows = await this.#db.selectFrom('organizations').select(['id', 'data', 'version']).orderBy('sort_name').orderBy('id').execute();
    const versions = new Map(rows.map((row) => [row.id, String(row.version)]));
    const index = createOrganizationIndex(
      rows.map((row) => JSON.parse(row.data) as Organization),
      // The vocabulary's words: queries find across languages, interest facets carry labels.
      { countries: countryGroupingOn(this.#countries, day), concepts: conceptDictionary(vocabulary()) }
    );
    this.#told('full', started);
    return { index, versions, revision: `${revision}.${membershipKey(this.#countries, day) || 'all'}` };
  }

  /**
   * Applies the records whose ids the change feed reported to the index in place (core's
   * OrganizationIndex#apply): milliseconds per record where a rebuild at 10,000 organisations
   * takes over a second. A bulk change (an import) is read whole instead (undefined).
   */
  async #update(current: OrganizationSnapshot, ids: ReadonlySet<string> | undefined): Promise<OrganizationSnapshot | undefined> {
    if (!ids) return current;
    if (ids.size > INCREMENTAL_LIMIT) return undefined;
    const started = performance.now();
    const revision = this.#feed.revision(['organizations']);
    const rows = await this.#db
      .selectFrom('organizations')
      .select(['id', 'data', 'version'])
      .where('id', 'in', [...ids])
      .execute();
    const found = new Set(rows.map((row) => row.id));
    for (const row of rows) current.versions.set(row.id, String(row.version));
    for (const id of ids) if (!found.has(id)) current.versions.delete(id);
    current.index.apply({
      upserted: rows.map((row) => JSON.parse(row.data) as Organization),
      removed: [...ids].filter((id) => !found.has(id)),
    });
    this.#told('incremental', started);
    return { index: current.index, versions: current.versions, revision: `${revision}.${membershipKey(this.#countries, this.#day) || 'all'}` };
  }

  /** A page of search results with facets. Throws InvalidCursorError (from core) on a foreign cursor. */
  async search(query: OrganizationQuery): Promise<OrganizationSearchResult> {
    return (await this.index()).search(query);
  }

  /** Every organisation matching `query`, in result order (exports). */
  async searchAll(query: OrganizationQuery): Promise<Organization[]> {
    return (await this.index()).searchAll(query);
  }

  /** A page in name order (the list without search parameters). */
  async list({ limit, cursor }: { limit: number; cursor?: string | undefined }): Promise<OrganizationSearchResult> {
    return this.search({ limit, ...(cursor ? { cursor } : {}) });
  }

  async get(id: string): Promise<Organization | undefined> {
    return (await this.index()).get(id);
  }

  async count(): Promise<number> {
    const row = await this.#db
      .selectFrom('organizations')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  /**
   * Organisation `id` and its version as stored now, read from the database (`db`: the write's
   * transaction), not the index: a write decides on what it will change.
   */
  async versioned(id: string, db: Kysely<Database> = this.#db): Promise<VersionedOrganization | undefined> {
    const row = await db.selectFrom('organizations').select(['data', 'version']).where('id', '=', id).executeTakeFirst();
    return row ? { organization: JSON.parse(row.data) as Organization, version: String(row.version) } : undefined;
  }

  /**
   * Writes a published change as `version`, only if the stored version is still `expected`
   * (another node may have published in between): resolves to whether it wrote.
   */
  async publish(db: Kysely<Database>, organization: Organization, version: string, expected: string): Promise<boolean> {
    const result = await db
      .updateTable('organizations')
      .set({ data: JSON.stringify(organization), sort_name: organizationSortKey(organization)[0], version: Number(version) })
      .where('id', '=', organization.id)
      .where('version', '=', Number(expected))
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  /** Inserts an admitted organisation at version 1 (the primary key refuses an id taken meanwhile). */
  async create(db: Kysely<Database>, organization: Organization): Promise<void> {
    await db
      .insertInto('organizations')
      .values({ id: organization.id, sort_name: organizationSortKey(organization)[0], data: JSON.stringify(organization) })
      .execute();
  }

  /** Inserts all or nothing: one transaction, so a failure leaves the table as it was. */
  async insertAll(organizations: readonly Organization[]): Promise<void> {
    await this.#db.transaction().execute(async (trx) => {
      for (const org of organizations) {
        await trx
          .insertInto('organizations')
          .values({ id: org.id, sort_name: organizationSortKey(org)[0], data: JSON.stringify(org) })
          .execute();
      }
    });
    await this.#feed.poll(); // served by this node as soon as the call returns
  }
}
