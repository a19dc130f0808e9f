/**
 * Collective consultations (migration 0014): each consultation as JSON, and one response per
 * consultation and respondent (the unique pair makes a second answer an update, never a copy).
 */
export interface ConsultationsTable {
  id: string;
  /** The owning sector's code, or 'secretariat'. */
  owner: string;
  opens_at: string;
  closes_at: string;
  data: string;
  created_at: string;
}

export interface ConsultationResponsesTable {
  consultation_id: string;
  /** core's respondentKey: "organization:icom", "member-state:FR". */
  respondent_key: string;
  data: string;
  updated_at: string;
}

export interface ConsultationTables {
  consultations: ConsultationsTable;
  consultation_responses: ConsultationResponsesTable;
}
