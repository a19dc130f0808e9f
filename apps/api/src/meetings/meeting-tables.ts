/**
 * NGO ↔ National Commission meetings (migration 0016). The meeting itself is core's Meeting
 * as JSON (the state machine owns its shape); the two party columns let "my meetings" be one
 * indexed query. Calendar feed secrets are stored only as hashes (like access/secrets.ts).
 */
export interface MeetingsTable {
  id: string;
  requester_person_id: string;
  counterpart_person_id: string;
  status: string;
  /** core's Meeting as JSON. */
  meeting: string;
  /** The If-Match version. */
  version: number;
  created_at: string;
  updated_at: string;
}

/** One private calendar feed per person: the SHA-256 of its secret; revoked rows are deleted. */
export interface CalendarFeedsTable {
  person_id: string;
  secret_hash: string;
  created_at: string;
}

export interface MeetingTables {
  meetings: MeetingsTable;
  calendar_feeds: CalendarFeedsTable;
}
