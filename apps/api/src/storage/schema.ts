import type { Generated } from 'kysely';

/** Tables as Kysely sees them. Records are stored whole as JSON; indexed keys sit beside. */
export interface OrganizationsTable {
  id: string;
  /** organizationSortKey(org)[0] from core: the list order. */
  sort_name: string;
  data: string;
  created_at: Generated<string>;
}

export interface Database {
  organizations: OrganizationsTable;
}
