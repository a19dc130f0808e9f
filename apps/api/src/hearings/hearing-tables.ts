import type { Generated } from 'kysely';

/**
 * NGO hearing requests (migration 0015), the Hearing as JSON with the keys lists filter on.
 * `seq` orders them (keyset paging, newest first); `slot_start` orders a session's programme.
 */
export interface HearingsTable {
  seq: Generated<number>;
  id: string;
  session_id: string;
  organization_id: string;
  /** requested | accepted | declined | withdrawn */
  state: string;
  /** The accepted slot's start (ISO instant), else null. */
  slot_start: string | null;
  requested_at: string;
  data: string;
}

export interface HearingTables {
  hearings: HearingsTable;
}
