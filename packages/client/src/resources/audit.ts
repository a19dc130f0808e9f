import { AuditPage, PATHS, type AuditAction, type AuditEntry } from '@ngo-liaison/core';
import { PagedList } from '../paged-list.js';
import { relativePath, type Transport } from '../transport.js';
import { appendFilter, appendPaging } from './list-params.js';

export interface ListAuditParams {
  /** Person id. */
  actor?: string;
  action?: AuditAction;
  /** organization, revision, decision, token, invitation, person. */
  entityType?: string;
  entityId?: string;
  /** ISO instant (or a Date), inclusive. */
  since?: string | Date;
  /** ISO instant (or a Date), exclusive. */
  until?: string | Date;
  limit?: number;
  cursor?: string;
  signal?: AbortSignal;
}

/** The audit log of accepted writes (Secretariat). */
export interface AuditResource {
  /** Newest first. */
  list(params?: ListAuditParams): PagedList<AuditEntry>;
}

const instant = (value: string | Date | undefined) => (value instanceof Date ? value.toISOString() : value);

export function auditResource(transport: Transport): AuditResource {
  return {
    list({ actor, action, entityType, entityId, since, until, limit, cursor, signal }: ListAuditParams = {}) {
      const fetchPage = (pageCursor: string | undefined) => {
        const searchParams = new URLSearchParams();
        appendFilter(searchParams, 'actor', actor);
        appendFilter(searchParams, 'action', action);
        appendFilter(searchParams, 'entityType', entityType);
        appendFilter(searchParams, 'entityId', entityId);
        appendFilter(searchParams, 'since', instant(since));
        appendFilter(searchParams, 'until', instant(until));
        appendPaging(searchParams, limit, pageCursor);
        return transport.get(relativePath(PATHS.listAudit), AuditPage, { searchParams, signal });
      };
      return new PagedList(fetchPage, cursor);
    },
  };
}
