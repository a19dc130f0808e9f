import { sql, type Kysely } from 'kysely';
import { decodeCursor, encodeCursor, eraseContactFromJson, type AuditEntry } from '@ngo-liaison/core';
import { jsonStringPattern } from './json-like.js';
import type { Database } from './schema.js';

const LIST = 'audit';

export interface AuditQuery {
  actor?: string | undefined;
  action?: string | undefined;
  entityType?: string | undefined;
  entityId?: string | undefined;
  /** ISO instants: since inclusive, until exclusive. */
  since?: string | undefined;
  until?: string | undefined;
  limit: number;
  cursor?: string | undefined;
}

/**
 * The audit log (migration 0009): appended in the transaction of the write it records, read
 * by the Secretariat newest first with filters and keyset paging.
 */
export class AuditRepository {
  readonly #db: Kysely<Database>;

  constructor(db: Kysely<Database>) {
    this.#db = db;
  }

  async append(db: Kysely<Database>, entry: AuditEntry): Promise<void> {
    await db
      .insertInto('audit_log')
      .values({
        id: entry.id,
        at: entry.at,
        actor_id: entry.actor.personId,
        role: entry.role,
        action: entry.action,
        entity_type: entry.entity.type,
        entity_id: entry.entity.id,
        data: JSON.stringify(entry),
      })
      .execute();
  }

  async list(query: AuditQuery): Promise<{ items: AuditEntry[]; nextCursor: string | null }> {
    let select = this.#db.selectFrom('audit_log').select(['seq', 'data']);
    if (query.actor !== undefined) select = select.where('actor_id', '=', query.actor);
    if (query.action !== undefined) select = select.where('action', '=', query.action);
    if (query.entityType !== undefined) select = select.where('entity_type', '=', query.entityType);
    if (query.entityId !== undefined) select = select.where('entity_id', '=', query.entityId);
    if (query.since !== undefined) select = select.where('at', '>=', query.since);
    if (query.until !== undefined) select = select.where('at', '<', query.until);
    if (query.cursor !== undefined) select = select.where('seq', '<', Number(decodeCursor(query.cursor, LIST, 1)[0]));
    const rows = await select.orderBy('seq', 'desc').limit(query.limit + 1).execute();
    const page = rows.slice(0, query.limit);
    return {
      items: page.map((row) => JSON.parse(row.data) as AuditEntry),
      nextCursor: rows.length > query.limit ? encodeCursor(LIST, [Number(page.at(-1)!.seq)]) : null,
    };
  }

  /** Rewrites every entry whose copies (before/after) hold a contact with `value`; resolves to how many. */
  async eraseContact(db: Kysely<Database>, value: string): Promise<number> {
    const rows = await db
      .selectFrom('audit_log')
      .select(['seq', 'data'])
      .where(sql<boolean>`data like ${jsonStringPattern(value)} escape '\\'`)
      .execute();
    let erased = 0;
    for (const row of rows) {
      const data = JSON.stringify(eraseContactFromJson(JSON.parse(row.data) as AuditEntry, value));
      if (data === row.data) continue;
      await db.updateTable('audit_log').set({ data }).where('seq', '=', row.seq).execute();
      erased++;
    }
    return erased;
  }
}
